#pragma once
// The clinic's diary: booking single and recurring appointments with their warnings (clashes,
// opening hours, past dates), moving them, recording what became of them, and the clinic's
// opening hours and time zone. Every change is one transaction with its audit entry.
#include "core/appointment.h"
#include "core/diary_entry.h"
#include "core/existing_file.h"
#include "core/progress.h"
#include "core/session_note.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fc {

// What booking (or checking a booking) found: the appointments as booked (ids 0 when only
// checked), their series (for a repeat) and every warning, by occurrence date.
struct Booking {
    std::vector<Appointment> appointments;
    std::optional<std::int64_t> series_id;
    std::vector<BookingWarning> warnings;
};

// Which occurrences of a series a change applies to. ThisAndFollowing moves (or cancels) this
// occurrence and every later booked one of its series by the same shift, and splits them off
// into a new series; earlier occurrences keep the old one.
enum class SeriesScope { ThisOnly, ThisAndFollowing };

// What a diary view shows: the day, or the week (Monday to Sunday) holding it.
enum class DiarySpan { Day, Week };

// The clinic's settings that the diary keeps to.
struct DiarySettings {
    ClinicHours hours = ClinicHours::standard();
    std::string time_zone; // IANA name ("Europe/London"); the system's zone until one is saved
};

// Field names: time-zone (an IANA zone name, rule "one-of"), and mon..sun ("08:00-18:00" or
// "closed", rule "hours-format"); empty fields keep the current value.
struct DiarySettingsForm {
    std::string time_zone;
    std::string days[7]; // Monday first
};

class Appointments {
public:
    Appointments(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // The warnings booking `form` for the patient would give, booking nothing. Throws
    // InvalidInput, NotFound (patient or clinician).
    Booking check(std::int64_t patient_id, const AppointmentForm& form);
    // Books every occurrence in one transaction, despite warnings (they are returned), each
    // occurrence of a repeat linked to one new series. Throws InvalidInput, NotFound,
    // ClinicianRequired.
    Booking book(std::int64_t patient_id, const AppointmentForm& form);

    // Changes date, time, duration, type, clinician, room and note of an appointment still at
    // `expected_version` (the form's repeat fields are ignored). With ThisAndFollowing the
    // date and time shift and the other fields apply to the later booked occurrences too.
    // Conflict when stale or no longer booked. Returns the changed appointments and warnings.
    Booking edit(std::int64_t appointment_id, const AppointmentForm& form, std::int64_t expected_version,
                 SeriesScope scope = SeriesScope::ThisOnly);
    // The warnings that edit would give, changing nothing (the appointments as they would be).
    Booking check_edit(std::int64_t appointment_id, const AppointmentForm& form, std::int64_t expected_version,
                       SeriesScope scope = SeriesScope::ThisOnly);
    // The same, only date and time.
    Booking move(std::int64_t appointment_id, const Date& date, TimeOfDay time, std::int64_t expected_version,
                 SeriesScope scope = SeriesScope::ThisOnly);
    Booking move(std::int64_t appointment_id, const std::string& date, const std::string& time,
                 std::optional<std::int64_t> expected_version = std::nullopt,
                 SeriesScope scope = SeriesScope::ThisOnly); // validates the text (fields date, time)

    // Attended, cancelled (reason required) or did not attend (attended and dna not before the
    // appointment's date); Conflict when stale or when a session note already records it.
    // With ThisAndFollowing a cancellation also cancels the later booked occurrences.
    std::vector<Appointment> set_status(std::int64_t appointment_id, AppointmentStatus status,
                                        const std::string& reason,
                                        std::optional<std::int64_t> expected_version = std::nullopt,
                                        SeriesScope scope = SeriesScope::ThisOnly);

    Appointment get(std::int64_t appointment_id); // throws NotFound
    // Ordered by date, time, clinician, id; `clinician` filters when given.
    std::vector<Appointment> between(const Date& from, const Date& to, std::optional<std::int64_t> clinician);
    std::vector<Appointment> on_day(const Date& day, std::optional<std::int64_t> clinician);
    // Monday to Sunday of the week holding `day`.
    std::vector<Appointment> week_of(const Date& day, std::optional<std::int64_t> clinician);
    std::vector<Appointment> for_patient(std::int64_t patient_id); // throws NotFound
    // The appointments of the day, or of the week (Monday to Sunday) holding it, as between does,
    // each with its patient's and clinician's names read in the same query (the diary's views).
    std::vector<DiaryEntry> diary(const Date& day, DiarySpan span, std::optional<std::int64_t> clinician);
    // The patient's, the same way. Throws NotFound.
    std::vector<DiaryEntry> diary_of_patient(std::int64_t patient_id);
    std::vector<Appointment> of_series(std::int64_t series_id);
    // The patient's next booked appointment from today on, if any.
    std::optional<Appointment> next_for_patient(std::int64_t patient_id);

    // A new session note's form for the appointment: the usual defaults (previous note, plan)
    // with the appointment's date, time, duration and type, linked to it. Signing nothing yet:
    // saving the note links the appointment to it and records its attendance (attended, dna or
    // cancelled) on the appointment.
    NoteForm note_form(std::int64_t appointment_id);

    // The patient's adherence week by week over [from, to] (core/progress.h), with each week's
    // appointments counted: booked, attended, did not attend, cancelled.
    Adherence adherence(std::int64_t patient_id, const Date& from, const Date& to);

    // The clinician's week (Monday to Sunday) holding `day` as an iCalendar file in the clinic's
    // time zone (services/week_calendar_file.h): no patient names, only their initials when
    // `initials`. Throws NotFound for an unknown clinician.
    std::string week_calendar(std::int64_t clinician_id, const Date& day, bool initials);
    // The same, written to `file` whole or not at all (store/output_file.h: an existing file is
    // replaced only with ExistingFile::Replace, never the clinic file or a backup). Throws NotFound,
    // and Error when the file cannot or may not be written.
    void export_week(std::int64_t clinician_id, const Date& day, bool initials, const std::filesystem::path& file,
                     ExistingFile existing = ExistingFile::Refuse);

    DiarySettings settings();
    DiarySettings save_settings(const DiarySettingsForm& form); // throws InvalidInput
    void check_settings(const DiarySettingsForm& form);         // the same rules, saving nothing

private:
    std::int64_t clinician();
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
