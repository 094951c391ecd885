#pragma once
// A clinician's appointments as an iCalendar file (RFC 5545) for a phone or a desktop calendar.
// Pure: renders what it is handed, reads no clinic file. Private by default: an event says what
// kind of appointment it is, where and when, never who (initials only when asked for) and never
// the booking note or a reason, which may hold patient details.
#include "core/appointment.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace fc {

struct CalendarFileOptions {
    std::string time_zone;   // IANA name ("Europe/London"): the appointments' wall-clock zone
    bool initials = false;   // add the patient's initials to each summary ("Follow-up - J.S.")
    std::string clinic_name; // names the calendar (X-WR-CALNAME) and appears in descriptions
    // A stable identifier of the clinic file (never its name, which may change), part of every
    // UID so that two clinics' appointment 7 stay apart; empty: UIDs from the ids alone.
    std::string clinic_key;
    // When the file is made, as a UTC instant (2026-11-25T09:30:00Z), for DTSTAMP; empty: now.
    std::string stamped_at;
};

// One VEVENT per appointment (cancelled ones as STATUS:CANCELLED, so that a calendar that
// already has them removes them), with a UID that stays the same on every export and SEQUENCE
// from the appointment's version, so that importing again updates events instead of adding
// copies; times in the clinic's zone with its VTIMEZONE. CRLF line endings, folded lines.
// `initials_of(patient_id)` ("J.S.") is called only when options.initials. Throws InvalidInput:
// time-zone "one-of" (not a zone name known to the system), stamped-at "instant-format".
std::string week_calendar_file(const std::vector<Appointment>& appointments, const CalendarFileOptions& options,
                               const std::function<std::string(std::int64_t)>& initials_of);

} // namespace fc
