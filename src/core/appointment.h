#pragma once
// Appointments in the clinic's diary: who, when (the clinic's local date and wall-clock time, so
// 09:00 stays 09:00 across a daylight-saving change), what kind, where, and what became of it.
// A recurring booking is one row per occurrence, each linked to its series.
#include "core/date.h"
#include "core/errors.h"
#include "core/session_note.h"
#include "core/time_of_day.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class AppointmentStatus { Booked, Attended, Cancelled, DidNotAttend }; // booked|attended|cancelled|dna
std::string_view to_string(AppointmentStatus s);
std::optional<AppointmentStatus> parse_appointment_status(std::string_view id);
std::string_view label(AppointmentStatus s); // "Did not attend"

struct Appointment {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t clinician_id = 0;
    std::int64_t version = 0;
    Date date;
    TimeOfDay start;
    int duration_min = 45;
    AppointmentType type = AppointmentType::FollowUp;
    std::string room;
    AppointmentStatus status = AppointmentStatus::Booked;
    std::string reason; // why it was cancelled (required then), or why the patient did not attend
    std::string note;   // the booking note
    std::optional<std::int64_t> series_id;
    std::optional<std::int64_t> session_note_id; // the note written from it

    int end_minutes() const { return start.minutes + duration_min; } // at most 24 * 60
    // Still to come, so it may be moved, changed or cancelled (what became of one is recorded, not
    // moved).
    bool can_be_changed() const { return status == AppointmentStatus::Booked; }
    // Takes up the slot: booked or attended (cancelled and missed ones free it for others).
    bool holds_slot() const { return status == AppointmentStatus::Booked || status == AppointmentStatus::Attended; }
};

// Orders by date, start time, clinician, id: the order of every list of appointments.
bool earlier(const Appointment& a, const Appointment& b);

enum class Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun }; // mon|tue|wed|thu|fri|sat|sun
std::string_view to_string(Weekday d);
std::optional<Weekday> parse_weekday(std::string_view id); // "mon", "Monday", "THU"
Weekday weekday_of(const Date& d);

// "Every W weeks on these days, N occurrences in all", counted from the first date.
struct Repeat {
    std::set<Weekday> days;
    int count = 1;       // occurrences in all, 1..max_repeat_count
    int every_weeks = 1; // 1..max_repeat_every
};
inline constexpr int max_repeat_count = 104;
inline constexpr int max_repeat_every = 12;

// The dates of a repeat starting on `first`: the first is the first chosen day on or after
// `first` (`first` itself when its day is chosen); then every chosen day of that week and of
// every `every_weeks`-th week after it (weeks run Monday to Sunday), until `count` dates.
std::vector<Date> occurrence_dates(const Date& first, const Repeat& repeat);

// The clinic's opening hours, one entry per weekday (Monday first); nullopt when closed.
struct OpeningHours {
    TimeOfDay opens;
    TimeOfDay closes; // after opens
    bool operator==(const OpeningHours&) const = default;
};
struct ClinicHours {
    std::optional<OpeningHours> days[7];
    static ClinicHours standard(); // Monday to Friday 08:00-18:00, closed at the weekend
    const std::optional<OpeningHours>& on(Weekday d) const { return days[static_cast<int>(d)]; }
    bool operator==(const ClinicHours&) const;
};
// "08:00-18:00" or "closed" for one day; nullopt when malformed or closing before opening.
std::optional<std::optional<OpeningHours>> parse_opening_hours(std::string_view text);
std::string to_text(const std::optional<OpeningHours>& h); // "08:00-18:00" or "closed"
// Stored form: "mon=08:00-18:00;tue=...;sun=closed"; nullopt when malformed.
std::string to_setting(const ClinicHours& h);
std::optional<ClinicHours> parse_clinic_hours(std::string_view setting);
// True when [start, start + duration) lies within the day's opening hours.
bool within_hours(const ClinicHours& hours, const Date& date, TimeOfDay start, int duration_min);

// Field names: date, time, duration, type, clinician, room, note; and for a repeat: repeat
// ("weekly"), on ("mon,thu"), count, every. Empty duration: 45 minutes; empty type: follow-up.
struct AppointmentForm {
    std::string date;
    std::string time;
    std::string duration;
    std::string type;
    std::string clinician; // id; empty: the acting clinician
    std::string room;
    std::string note;
    std::string repeat; // "" (once) or "weekly"
    std::string on;
    std::string count;
    std::string every;

    static AppointmentForm from(const Appointment& a); // without the repeat
};

inline constexpr int default_appointment_minutes = 45;
inline constexpr int max_appointment_minutes = 480;
inline constexpr std::size_t max_room_length = 60;
inline constexpr std::size_t max_booking_note_length = 1000;
inline constexpr std::size_t max_reason_length = 500;

// The validated booking: the first appointment (patient, ids, status, series unset) and the
// repeat (nullopt for a single booking).
struct BookingRequest {
    Appointment first;
    std::optional<Repeat> repeat;
};

// Rules: date "required", "date-format" (not a real YYYY-MM-DD date, such as 2027-02-31),
// "too-early" (before 1900), "too-late" (more than two years after today); time "required",
// "time-format" (HH:MM, 00:00 to 23:59); duration "number-format", "range" (1..480 minutes);
// time "past-midnight" (would end after midnight); type, repeat, on "one-of"; clinician
// "id-format"; room, note "max-length", "control-characters"; on "required" (a repeat needs a
// day), count "required", "range" (1..104); every "range" (1..12); repeat "required" when on,
// count or every is given without it. A date in the past is not an error: see booking_warnings.
std::vector<FieldError> check_appointment_form(const AppointmentForm& form, const Date& today);
BookingRequest booking_from_form(const AppointmentForm& form, const Date& today); // throws InvalidInput

// Something about a booking that the clinician should see before (or after) making it; it may
// still be made on purpose.
enum class WarningKind { ClinicianBusy, PatientBusy, RoomInUse, OutsideHours, InThePast };
std::string_view to_string(WarningKind k); // clinician-busy|patient-busy|room-in-use|outside-hours|in-the-past
struct BookingWarning {
    WarningKind kind;
    Date date;                        // of the appointment warned about
    std::optional<std::int64_t> with; // the clashing appointment
    std::string message;              // a sentence naming the clash ("... 09:00-09:45 with ...")
};

// Names used in warnings: the patient's and the clinician's display names by id.
struct DiaryNames {
    std::function<std::string(std::int64_t)> patient;
    std::function<std::string(std::int64_t)> clinician;
};

// The warnings for booking `a` among `others` (the same day's appointments; `a` itself and
// those that do not hold a slot are skipped): the clinician double-booked, the patient booked
// twice at once (with any clinician), the room in use (same name, ignoring case and spaces),
// outside the clinic's hours, and a date before `today`.
std::vector<BookingWarning> booking_warnings(const Appointment& a, const std::vector<Appointment>& others,
                                             const ClinicHours& hours, const Date& today, const DiaryNames& names);

// True when the two appointments are on the same day and their times overlap.
bool overlaps(const Appointment& a, const Appointment& b);

// Rules for a status change: reason "required" when cancelled; status "in-future" for attended
// or dna before the appointment's date; reason "max-length". Throws InvalidInput.
void check_status_change(const Appointment& a, AppointmentStatus to, const std::string& reason, const Date& today);

} // namespace fc
