#include "ui/calendar_view.h"

#include <algorithm>

namespace fc::ui {

namespace {

constexpr std::string_view en_dash = "\xe2\x80\x93";

CalendarBlock BlockOf(const Appointment& a, const std::map<std::int64_t, std::string>& patient_names)
{
    CalendarBlock b;
    b.start = to_iso(a.start);
    b.time = b.start + std::string(en_dash) + to_iso(TimeOfDay{std::min(a.end_minutes(), 24 * 60 - 1)});
    if (const auto name = patient_names.find(a.patient_id); name != patient_names.end())
        b.patient = name->second;
    b.detail = a.room.empty() ? std::string(label(a.type)) : a.room;
    if (a.status != AppointmentStatus::Booked)
        b.status = label(a.status);
    return b;
}

std::vector<CalendarColumn> ColumnsOf(const CalendarPeriod& period, const ClinicHours& hours,
                                      const std::vector<Appointment>& appointments)
{
    if (period.week)
        return week_columns(period.date, hours, period.clinician);
    // A column for each clinician working here, and for anyone else booked that day.
    std::vector<std::int64_t> ids =
        period.clinician ? std::vector<std::int64_t>{*period.clinician} : period.clinicians;
    if (!period.clinician)
        for (const auto& a : appointments)
            if (std::find(ids.begin(), ids.end(), a.clinician_id) == ids.end())
                ids.push_back(a.clinician_id);
    return day_columns(period.date, hours, ids);
}

} // namespace

CalendarView build_calendar_view(const CalendarPeriod& period, const ClinicHours& hours,
                                 std::vector<Appointment> appointments,
                                 const std::map<std::int64_t, std::string>& patient_names)
{
    CalendarView view;
    view.columns = ColumnsOf(period, hours, appointments);
    view.held_in_column.assign(view.columns.size(), 0);
    const CalendarLayout columns_only(view.columns, {}, CalendarHours{}, CalendarMetrics{}, 0);
    for (const auto& a : appointments) {
        view.blocks.push_back(BlockOf(a, patient_names));
        (a.holds_slot() ? view.held : view.not_held) += 1;
        if (const auto c = columns_only.column_of(a); c && a.holds_slot())
            ++view.held_in_column[*c];
    }
    view.appointments = std::move(appointments);
    return view;
}

int first_minute_shown(const CalendarView& view, std::optional<int> now)
{
    const auto hours = shown_hours(view.columns, view.appointments);
    if (now && *now >= hours.first && *now < hours.last)
        return std::max(*now - 60, hours.first);
    int minute = hours.last;
    for (const auto& c : view.columns)
        if (c.hours)
            minute = std::min(minute, c.hours->opens.minutes);
    for (const auto& a : view.appointments)
        minute = std::min(minute, a.start.minutes);
    return minute;
}

} // namespace fc::ui
