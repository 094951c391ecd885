#pragma once
// Appointments as the diary's windows show them: their day and time in short ("Tue 08 Dec 09:30"),
// what became of them, and what a repeat will book.
#include "core/appointment.h"

#include <wx/string.h>

#include <optional>
#include <set>
#include <vector>

class wxDateTime;

namespace fc::ui {

// A calendar date as wx has it (at midnight), and back (nullopt for an invalid wxDateTime).
wxDateTime ToWxDate(const Date& d);
std::optional<Date> FromWxDate(const wxDateTime& d);

// "Tue"
wxString WeekdayName(Weekday d);
// "Tue 08 Dec": the weekday and day of the month, with the year only when it is not `today`'s
// ("Tue 08 Dec 2027"), so that the next appointments of this year read at a glance.
wxString ShortDay(const Date& date, const Date& today);
// "Tue 08 Dec 09:30" (the patient list's next appointment; the year as for ShortDay).
wxString ShortWhen(const Date& date, TimeOfDay start, const Date& today);
// "09:30-10:15"
wxString TimeSpan(const Appointment& a);
// "Tue 2026-12-08 09:30-10:15": one appointment in a message.
wxString AppointmentWhen(const Appointment& a);
// "Booked", "Attended", "Cancelled: patient unwell", "Did not attend: no reason given".
wxString StatusText(const Appointment& a);
// "Mon and Thu", "Mon, Wed and Fri" (Monday first).
wxString DaysText(const std::set<Weekday>& days);
// What a booking makes: "8 appointments, Mon and Thu, 2026-12-07 to 2027-01-03", or for one,
// "1 appointment, Mon 2026-12-07".
wxString BookingSummary(const std::vector<Date>& dates, const std::optional<std::set<Weekday>>& days);

} // namespace fc::ui
