#include "store/precaution_repository.h"

#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace fc::store {

namespace {
constexpr const char* columns = "id, patient_id, version, kind, detail, noted_on, cleared_on, cleared_by";

Precaution from_row(SQLite::Statement& q)
{
    Precaution p;
    p.id = q.getColumn(0).getInt64();
    p.patient_id = q.getColumn(1).getInt64();
    p.version = q.getColumn(2).getInt64();
    p.kind = parse_precaution_kind(q.getColumn(3).getString()).value_or(PrecautionKind::Other);
    p.detail = q.getColumn(4).getString();
    p.noted_on = date_column(q.getColumn(5));
    p.cleared_on = optional_date_column(q.getColumn(6));
    p.cleared_by = q.getColumn(7).getString();
    return p;
}
} // namespace

std::int64_t PrecautionRepository::insert(const Precaution& p, std::int64_t recorded_by)
{
    SQLite::Statement s(db_, "INSERT INTO precautions (patient_id, kind, detail, noted_on, recorded_by, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const auto now = utc_now_iso();
    s.bind(1, p.patient_id);
    s.bind(2, std::string(to_string(p.kind)));
    s.bind(3, p.detail);
    s.bind(4, to_iso(p.noted_on));
    s.bind(5, recorded_by);
    s.bind(6, now);
    s.bind(7, now);
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<Precaution> PrecautionRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM precautions WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

std::vector<Precaution> PrecautionRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns +
                                 " FROM precautions WHERE patient_id = ? ORDER BY noted_on, id");
    q.bind(1, patient_id);
    std::vector<Precaution> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

bool PrecautionRepository::record_clearance(const Precaution& p, std::int64_t recorded_by)
{
    SQLite::Statement s(db_, "UPDATE precautions SET cleared_on = ?, cleared_by = ?, cleared_recorded_by = ?, "
                             "version = version + 1, updated_at = ? WHERE id = ? AND version = ?");
    bind_optional_date(s, 1, p.cleared_on);
    s.bind(2, p.cleared_by);
    s.bind(3, recorded_by);
    s.bind(4, utc_now_iso());
    s.bind(5, p.id);
    s.bind(6, p.version);
    return s.exec() == 1;
}

} // namespace fc::store
