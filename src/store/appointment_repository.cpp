#include "store/appointment_repository.h"

#include "store/row_mapping.h"
#include "store/stored_values.h"

#include <SQLiteCpp/Statement.h>

namespace fc::store {

namespace {
// Every query reads appointments as `a` (joined to the patient and clinician for the diary's entries).
constexpr const char* columns = "a.id, a.patient_id, a.clinician_id, a.version, a.date, a.start, a.duration_min, a.type, "
                                "a.room, a.status, a.reason, a.note, a.series_id, a.session_note_id";
constexpr const char* order = " ORDER BY a.date, a.start, a.clinician_id, a.id";
constexpr const char* names = ", p.family_name, p.given_name, p.preferred_name, c.name FROM appointments a "
                              "JOIN patients p ON p.id = a.patient_id JOIN clinicians c ON c.id = a.clinician_id";

Appointment from_row(SQLite::Statement& q)
{
    Appointment a;
    int i = 0;
    a.id = q.getColumn(i++).getInt64();
    a.patient_id = q.getColumn(i++).getInt64();
    a.clinician_id = q.getColumn(i++).getInt64();
    a.version = q.getColumn(i++).getInt64();
    a.date = date_column(q.getColumn(i++));
    a.start = id_column(q.getColumn(i++), parse_time_of_day);
    a.duration_min = q.getColumn(i++).getInt();
    a.type = id_column(q.getColumn(i++), parse_appointment_type);
    a.room = q.getColumn(i++).getString();
    a.status = id_column(q.getColumn(i++), parse_appointment_status);
    a.reason = q.getColumn(i++).getString();
    a.note = q.getColumn(i++).getString();
    a.series_id = optional_id_column(q.getColumn(i++));
    a.session_note_id = optional_id_column(q.getColumn(i++));
    return a;
}

// Binds the fields every write sets, from index 1: patient, clinician, series, date, start,
// duration, type, room, status, reason, note, session note (12 values).
void bind_fields(SQLite::Statement& s, const Appointment& a)
{
    int i = 1;
    s.bind(i++, a.patient_id);
    s.bind(i++, a.clinician_id);
    bind_optional_id(s, i++, a.series_id);
    s.bind(i++, to_iso(a.date));
    s.bind(i++, to_iso(a.start));
    s.bind(i++, a.duration_min);
    s.bind(i++, std::string(to_string(a.type)));
    s.bind(i++, a.room);
    s.bind(i++, std::string(to_string(a.status)));
    s.bind(i++, a.reason);
    s.bind(i++, a.note);
    bind_optional_id(s, i++, a.session_note_id);
}
} // namespace

std::int64_t AppointmentRepository::insert_series(std::int64_t patient_id, std::int64_t clinician_id,
                                                  const std::string& booked_as, std::optional<std::int64_t> split_from,
                                                  std::int64_t by)
{
    SQLite::Statement s(db_, "INSERT INTO appointment_series (patient_id, clinician_id, booked_as, split_from, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, patient_id);
    s.bind(2, clinician_id);
    s.bind(3, booked_as);
    bind_optional_id(s, 4, split_from);
    s.bind(5, by);
    s.bind(6, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::int64_t AppointmentRepository::insert(const Appointment& a, std::int64_t by)
{
    auto& s = prepared_("INSERT INTO appointments (patient_id, clinician_id, series_id, date, start, duration_min, type, "
                       "room, status, reason, note, session_note_id, created_by, created_at, updated_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_fields(s, a);
    const auto now = utc_now_iso();
    s.bind(13, by);
    s.bind(14, now);
    s.bind(15, by);
    s.bind(16, now);
    s.exec();
    return db_.getLastInsertRowid();
}

bool AppointmentRepository::update(const Appointment& a, std::int64_t expected_version, std::int64_t by)
{
    auto& s = prepared_("UPDATE appointments SET patient_id = ?, clinician_id = ?, series_id = ?, date = ?, start = ?, "
                       "duration_min = ?, type = ?, room = ?, status = ?, reason = ?, note = ?, session_note_id = ?, "
                       "updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
    bind_fields(s, a);
    s.bind(13, by);
    s.bind(14, utc_now_iso());
    s.bind(15, a.id);
    s.bind(16, expected_version);
    return s.exec() == 1;
}

std::vector<Appointment> AppointmentRepository::query(const std::string& where,
                                                      const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM appointments a WHERE " + where + order);
    bind(q);
    std::vector<Appointment> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

std::vector<DiaryEntry> AppointmentRepository::entries(const std::string& where,
                                                       const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + names + " WHERE " + where + order);
    bind(q);
    std::vector<DiaryEntry> out;
    while (q.executeStep()) {
        DiaryEntry e{.appointment = from_row(q)};
        int i = 14; // after the appointment's columns
        e.family_name = q.getColumn(i++).getString();
        e.given_name = q.getColumn(i++).getString();
        e.preferred_name = q.getColumn(i++).getString();
        e.clinician_name = q.getColumn(i++).getString();
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<Appointment> AppointmentRepository::find(std::int64_t id)
{
    static const std::string sql = std::string("SELECT ") + columns + " FROM appointments a WHERE a.id = ?";
    auto& q = prepared_(sql);
    q.bind(1, id);
    std::optional<Appointment> found;
    if (q.executeStep())
        found = from_row(q);
    q.tryReset(); // done with it: no read left open
    return found;
}

namespace {
// The appointments of [from, to], of one clinician or all.
const char* period(std::optional<std::int64_t> clinician)
{
    return clinician ? "a.date BETWEEN ? AND ? AND a.clinician_id = ?" : "a.date BETWEEN ? AND ?";
}

std::function<void(SQLite::Statement&)> bind_period(const Date& from, const Date& to,
                                                    std::optional<std::int64_t> clinician)
{
    return [from, to, clinician](SQLite::Statement& q) {
        q.bind(1, to_iso(from));
        q.bind(2, to_iso(to));
        if (clinician)
            q.bind(3, *clinician);
    };
}
} // namespace

std::vector<Appointment> AppointmentRepository::between(const Date& from, const Date& to,
                                                        std::optional<std::int64_t> clinician)
{
    return query(period(clinician), bind_period(from, to, clinician));
}

std::vector<DiaryEntry> AppointmentRepository::entries_between(const Date& from, const Date& to,
                                                               std::optional<std::int64_t> clinician)
{
    return entries(period(clinician), bind_period(from, to, clinician));
}

std::vector<Appointment> AppointmentRepository::for_patient(std::int64_t patient_id)
{
    return query("a.patient_id = ?", [&](auto& q) { q.bind(1, patient_id); });
}

std::vector<DiaryEntry> AppointmentRepository::entries_for_patient(std::int64_t patient_id)
{
    return entries("a.patient_id = ?", [&](auto& q) { q.bind(1, patient_id); });
}

std::vector<Appointment> AppointmentRepository::of_series(std::int64_t series_id)
{
    return query("a.series_id = ?", [&](auto& q) { q.bind(1, series_id); });
}

std::optional<Appointment> AppointmentRepository::next_booked(std::int64_t patient_id, const Date& from)
{
    auto rows = query("a.patient_id = ? AND a.date >= ? AND a.status = 'booked'", [&](auto& q) {
        q.bind(1, patient_id);
        q.bind(2, to_iso(from));
    });
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<Appointment> AppointmentRepository::of_session_note(std::int64_t note_id)
{
    auto rows = query("a.session_note_id = ?", [&](auto& q) { q.bind(1, note_id); });
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

} // namespace fc::store
