#pragma once
// What the calendar page shows of a period, built from the appointments read and the clinic's
// hours, without wx so that it is tested without a display: the columns (a day each in the week
// view; in the day view a clinician each, and anyone else booked that day), each appointment's
// block text, the appointments each column holds, the period's counts, and the minute the grid
// first scrolls to. The page reads the appointments and the patients' names, and words the rest.
#include "ui/calendar_layout.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fc::ui {

// The period asked for.
struct CalendarPeriod {
    Date date;
    bool week = false;                     // the week holding `date`, else that day
    std::optional<std::int64_t> clinician; // nullopt: everyone's appointments
    std::vector<std::int64_t> clinicians;  // those working here, in the order their columns show
};

// One appointment's block, UTF-8.
struct CalendarBlock {
    std::string start;   // "09:00"
    std::string time;    // "09:00–09:45"
    std::string patient; // the name given for the patient (empty when none was)
    std::string detail;  // the room, or the type when no room is given
    std::string status;  // "Cancelled", "Did not attend", "Attended"; empty while booked
};

struct CalendarView {
    std::vector<CalendarColumn> columns;
    std::vector<int> held_in_column;       // appointments holding a slot (booked or attended), by column
    std::vector<Appointment> appointments; // as given
    std::vector<CalendarBlock> blocks;     // by appointment
    int held = 0;                          // appointments holding a slot, in the period
    int not_held = 0;                      // cancelled or missed
};

// The view of `appointments` (those the period holds, in the order of `earlier`), with the names
// of their patients by patient id.
CalendarView build_calendar_view(const CalendarPeriod& period, const ClinicHours& hours,
                                 std::vector<Appointment> appointments,
                                 const std::map<std::int64_t, std::string>& patient_names);

// The minute the grid first scrolls to: an hour before `now` (the time today, when today is shown)
// if it falls within the hours shown; else the first appointment or the earliest opening, whichever
// is earlier; the end of the hours shown when there is neither.
int first_minute_shown(const CalendarView& view, std::optional<int> now);

} // namespace fc::ui
