#include "store/dilator_set_repository.h"

#include "store/row_mapping.h"
#include "store/stored_values.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace fc::store {

namespace {
constexpr const char* columns = "id, version, name, material, sizes_mm, active, is_default";

DilatorSet from_row(SQLite::Statement& q)
{
    DilatorSet set;
    set.id = q.getColumn(0).getInt64();
    set.version = q.getColumn(1).getInt64();
    set.name = q.getColumn(2).getString();
    set.material = id_column(q.getColumn(3), parse_dilator_material);
    set.sizes_mm = numbers_column(q.getColumn(4));
    set.active = flag_column(q.getColumn(5));
    return set;
}
} // namespace

std::int64_t DilatorSetRepository::insert(const DilatorSet& set)
{
    // New sets are never the default; the seeded set is (migration 2).
    SQLite::Statement s(db_, "INSERT INTO dilator_sets (name, material, sizes_mm, active, is_default, created_at) "
                             "VALUES (?, ?, ?, ?, 0, ?)");
    s.bind(1, set.name);
    s.bind(2, std::string(to_string(set.material)));
    s.bind(3, join_numbers(set.sizes_mm));
    s.bind(4, set.active ? 1 : 0);
    s.bind(5, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<DilatorSet> DilatorSetRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM dilator_sets WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

DilatorCatalogue DilatorSetRepository::catalogue()
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM dilator_sets ORDER BY id");
    DilatorCatalogue out;
    while (q.executeStep()) {
        out.sets.push_back(from_row(q));
        if (flag_column(q.getColumn(6)))
            out.default_set_id = out.sets.back().id;
    }
    return out;
}

} // namespace fc::store
