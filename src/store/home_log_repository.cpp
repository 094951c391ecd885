#include "store/home_log_repository.h"

#include "store/row_mapping.h"
#include "store/stored_values.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace fc::store {

namespace {
constexpr const char* columns = "id, patient_id, version, date, dilator_mm, minutes, comfort, pain, bleeding, text";

HomeLogEntry from_row(SQLite::Statement& q)
{
    HomeLogEntry e;
    e.id = q.getColumn(0).getInt64();
    e.patient_id = q.getColumn(1).getInt64();
    e.version = q.getColumn(2).getInt64();
    e.date = date_column(q.getColumn(3));
    e.dilator_mm = optional_int_column(q.getColumn(4));
    e.minutes = optional_int_column(q.getColumn(5));
    e.comfort = optional_int_column(q.getColumn(6));
    e.pain = optional_int_column(q.getColumn(7));
    e.bleeding = flag_column(q.getColumn(8));
    e.text = q.getColumn(9).getString();
    return e;
}
} // namespace

std::int64_t HomeLogRepository::insert(const HomeLogEntry& entry, std::int64_t recorded_by)
{
    auto& s = prepared_("INSERT INTO home_log (patient_id, date, dilator_mm, minutes, comfort, pain, bleeding, text, "
                        "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, entry.patient_id);
    s.bind(2, to_iso(entry.date));
    bind_optional_int(s, 3, entry.dilator_mm);
    bind_optional_int(s, 4, entry.minutes);
    bind_optional_int(s, 5, entry.comfort);
    bind_optional_int(s, 6, entry.pain);
    s.bind(7, entry.bleeding ? 1 : 0);
    s.bind(8, entry.text);
    s.bind(9, recorded_by);
    s.bind(10, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<HomeLogEntry> HomeLogRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM home_log WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

std::vector<HomeLogEntry> HomeLogRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM home_log WHERE patient_id = ? ORDER BY date, id");
    q.bind(1, patient_id);
    std::vector<HomeLogEntry> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

} // namespace fc::store
