#include "store/clinician_repository.h"

#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

namespace fc::store {

namespace {
constexpr const char* columns = "id, version, name, profession, registration, active";

Clinician from_row(SQLite::Statement& q)
{
    Clinician c;
    c.id = q.getColumn(0).getInt64();
    c.version = q.getColumn(1).getInt64();
    c.name = q.getColumn(2).getString();
    c.profession = q.getColumn(3).getString();
    c.registration = q.getColumn(4).getString();
    c.active = q.getColumn(5).getInt() != 0;
    return c;
}
} // namespace

std::int64_t ClinicianRepository::insert(const Clinician& c)
{
    SQLite::Statement s(db_, "INSERT INTO clinicians (name, profession, registration, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    const auto now = utc_now_iso();
    s.bind(1, c.name);
    s.bind(2, c.profession);
    s.bind(3, c.registration);
    s.bind(4, c.active ? 1 : 0);
    s.bind(5, now);
    s.bind(6, now);
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<Clinician> ClinicianRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM clinicians WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

std::vector<Clinician> ClinicianRepository::list(bool include_inactive)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM clinicians" +
                                 (include_inactive ? "" : " WHERE active = 1") + " ORDER BY name COLLATE NOCASE, id");
    std::vector<Clinician> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

bool ClinicianRepository::update(const Clinician& c)
{
    SQLite::Statement s(db_, "UPDATE clinicians SET name = ?, profession = ?, registration = ?, active = ?, "
                             "version = version + 1, updated_at = ? WHERE id = ? AND version = ?");
    s.bind(1, c.name);
    s.bind(2, c.profession);
    s.bind(3, c.registration);
    s.bind(4, c.active ? 1 : 0);
    s.bind(5, utc_now_iso());
    s.bind(6, c.id);
    s.bind(7, c.version);
    return s.exec() == 1;
}

} // namespace fc::store
