#pragma once
// The clinic's diary: appointments, one row per occurrence, and the series that link recurring
// ones. Rows are changed only at the version the caller saw, and never deleted.
#include "core/appointment.h"
#include "core/diary_entry.h"
#include "store/statement_cache.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fc::store {

class AppointmentRepository {
public:
    explicit AppointmentRepository(SQLite::Database& db) : db_(db), prepared_(db) {}

    // A new series for the patient and clinician; `booked_as` describes the repeat for people.
    std::int64_t insert_series(std::int64_t patient_id, std::int64_t clinician_id, const std::string& booked_as,
                               std::optional<std::int64_t> split_from, std::int64_t by);
    // Inserts at version 1; returns the id.
    std::int64_t insert(const Appointment& a, std::int64_t by);
    // Saves every field of `a` when its row is still at `expected_version` (the version then goes
    // up by one); false when it is not (changed elsewhere).
    bool update(const Appointment& a, std::int64_t expected_version, std::int64_t by);

    std::optional<Appointment> find(std::int64_t id);
    // [from, to], ordered by date, start, clinician, id; all clinicians when `clinician` is nullopt.
    std::vector<Appointment> between(const Date& from, const Date& to, std::optional<std::int64_t> clinician);
    std::vector<Appointment> for_patient(std::int64_t patient_id); // ordered as above
    // The same with the patient's and clinician's names, in one query (the diary's views).
    std::vector<DiaryEntry> entries_between(const Date& from, const Date& to, std::optional<std::int64_t> clinician);
    std::vector<DiaryEntry> entries_for_patient(std::int64_t patient_id);
    std::vector<Appointment> of_series(std::int64_t series_id);    // ordered as above
    std::optional<Appointment> next_booked(std::int64_t patient_id, const Date& from);
    // The appointment a session note records, if any.
    std::optional<Appointment> of_session_note(std::int64_t note_id);

private:
    std::vector<Appointment> query(const std::string& where, const std::function<void(SQLite::Statement&)>& bind);
    std::vector<DiaryEntry> entries(const std::string& where, const std::function<void(SQLite::Statement&)>& bind);
    SQLite::Database& db_;
    StatementCache prepared_;
};

} // namespace fc::store
