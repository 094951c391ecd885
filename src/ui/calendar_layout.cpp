#include "ui/calendar_layout.h"

#include <algorithm>
#include <cmath>

namespace fc::ui {

namespace {

constexpr int minutes_a_day = 24 * 60;

CalendarColumn column_on(const Date& day, const ClinicHours& hours, std::optional<std::int64_t> clinician)
{
    return CalendarColumn{day, clinician, hours.on(weekday_of(day))};
}

int floor_hour(int minute)
{
    return minute / 60 * 60;
}

int ceil_hour(int minute)
{
    return (minute + 59) / 60 * 60;
}

} // namespace

std::vector<CalendarColumn> week_columns(const Date& day, const ClinicHours& hours,
                                         std::optional<std::int64_t> clinician)
{
    const Date monday = day - boost::gregorian::days(static_cast<int>(weekday_of(day)));
    std::vector<CalendarColumn> columns;
    for (int i = 0; i < 7; ++i)
        columns.push_back(column_on(monday + boost::gregorian::days(i), hours, clinician));
    return columns;
}

std::vector<CalendarColumn> day_columns(const Date& day, const ClinicHours& hours,
                                        const std::vector<std::int64_t>& clinicians)
{
    std::vector<CalendarColumn> columns;
    for (const auto id : clinicians)
        columns.push_back(column_on(day, hours, id));
    return columns;
}

CalendarHours shown_hours(const std::vector<CalendarColumn>& columns, const std::vector<Appointment>& appointments)
{
    std::optional<int> first, last;
    for (const auto& c : columns)
        if (c.hours) {
            first = std::min(first.value_or(minutes_a_day), c.hours->opens.minutes);
            last = std::max(last.value_or(0), c.hours->closes.minutes);
        }
    for (const auto& a : appointments) {
        const bool shown = std::any_of(columns.begin(), columns.end(), [&](const CalendarColumn& c) {
            return c.date == a.date && (!c.clinician || *c.clinician == a.clinician_id);
        });
        if (!shown)
            continue;
        first = std::min(first.value_or(minutes_a_day), a.start.minutes);
        last = std::max(last.value_or(0), std::min(a.end_minutes(), minutes_a_day));
    }
    if (!first || !last || *last <= *first)
        return CalendarHours{};
    CalendarHours hours{floor_hour(*first), std::min(ceil_hour(*last), minutes_a_day)};
    if (hours.last <= hours.first)
        hours.last = std::min(hours.first + 60, minutes_a_day);
    return hours;
}

CalendarLayout::CalendarLayout(std::vector<CalendarColumn> columns, const std::vector<Appointment>& appointments,
                               CalendarHours hours, const CalendarMetrics& metrics, int width)
    : columns_(std::move(columns)), hours_(hours), metrics_(metrics), width_(std::max(width, metrics.gutter_width))
{
    placement_of_.assign(appointments.size(), std::nullopt);
    // Each column's appointments by start (the order given is by date and start already, but
    // a caller's order is not trusted), then grouped while they overlap and dealt into lanes:
    // each to the leftmost lane free at its start.
    std::vector<std::vector<std::size_t>> by_column(columns_.size());
    for (std::size_t i = 0; i < appointments.size(); ++i)
        if (const auto c = column_of(appointments[i]))
            by_column[*c].push_back(i);
    for (std::size_t c = 0; c < by_column.size(); ++c) {
        auto& items = by_column[c];
        std::stable_sort(items.begin(), items.end(), [&](std::size_t a, std::size_t b) {
            return appointments[a].start.minutes < appointments[b].start.minutes;
        });
        const GridBox body = column_box(c);
        const int usable = std::max(body.width - metrics_.column_gap, 1);
        int group_end = -1;
        std::vector<int> lane_ends; // per lane of the group: where its last appointment ends
        std::vector<std::pair<std::size_t, int>> group;   // (appointment, lane)
        auto close_group = [&] {
            const int lanes = static_cast<int>(std::max<std::size_t>(lane_ends.size(), 1));
            const auto end_of = [&](const Appointment& a) { return std::max(a.end_minutes(), a.start.minutes + 1); };
            // Whether lane `l` holds an appointment of the group at some time of `a`.
            const auto lane_busy = [&](int l, const Appointment& a) {
                return std::any_of(group.begin(), group.end(), [&](const std::pair<std::size_t, int>& other) {
                    const auto& o = appointments[other.first];
                    return other.second == l && o.start.minutes < end_of(a) && a.start.minutes < end_of(o);
                });
            };
            for (const auto& [i, lane] : group) {
                const auto& a = appointments[i];
                PlacedAppointment p;
                p.index = i;
                p.column = c;
                p.lane = lane;
                p.lanes = lanes;
                // A block widens over the lanes to its right that are free for the whole of its time.
                while (lane + p.span < lanes && !lane_busy(lane + p.span, a))
                    ++p.span;
                const int left = body.x + usable * lane / lanes;
                const int right = body.x + usable * (lane + p.span) / lanes;
                const int top = y_of(std::max(a.start.minutes, hours_.first));
                const int bottom = y_of(std::min(std::max(a.end_minutes(), a.start.minutes + 1), hours_.last));
                p.box = GridBox{left + 1, top + 1, std::max(right - left - 2, 1),
                                std::max(bottom - top - 1, metrics_.slot_height / 2)};
                placed_.push_back(p);
            }
            group.clear();
            lane_ends.clear();
        };
        for (std::size_t k = 0; k < items.size(); ++k) {
            const auto& a = appointments[items[k]];
            const int end = std::max(a.end_minutes(), a.start.minutes + 1);
            if (a.start.minutes >= group_end && !group.empty())
                close_group();
            int lane = 0;
            const auto lane_count = static_cast<int>(lane_ends.size());
            while (lane < lane_count && lane_ends[static_cast<std::size_t>(lane)] > a.start.minutes)
                ++lane;
            if (lane == static_cast<int>(lane_ends.size()))
                lane_ends.push_back(end);
            else
                lane_ends[static_cast<std::size_t>(lane)] = end;
            group.emplace_back(items[k], lane);
            group_end = group.size() == 1 ? end : std::max(group_end, end);
        }
        if (!group.empty())
            close_group();
    }
    // Back in the order given: the order blocks are drawn in, and the keyboard moves through.
    std::sort(placed_.begin(), placed_.end(),
              [](const PlacedAppointment& a, const PlacedAppointment& b) { return a.index < b.index; });
    for (std::size_t k = 0; k < placed_.size(); ++k)
        placement_of_[placed_[k].index] = k;
}

int CalendarLayout::height() const
{
    return y_of(hours_.last) + 1;
}

std::optional<std::size_t> CalendarLayout::column_of(const Appointment& a) const
{
    for (std::size_t c = 0; c < columns_.size(); ++c)
        if (columns_[c].date == a.date && (!columns_[c].clinician || *columns_[c].clinician == a.clinician_id))
            return c;
    return std::nullopt;
}

int CalendarLayout::column_x(std::size_t column) const
{
    const int usable = width_ - metrics_.gutter_width;
    const auto n = static_cast<int>(std::max<std::size_t>(columns_.size(), 1));
    return metrics_.gutter_width + usable * static_cast<int>(column) / n;
}

GridBox CalendarLayout::title_box(std::size_t column) const
{
    const int x = column_x(column);
    return GridBox{x, 0, column_x(column + 1) - x, metrics_.header_height};
}

GridBox CalendarLayout::column_box(std::size_t column) const
{
    const int x = column_x(column);
    return GridBox{x, metrics_.header_height, column_x(column + 1) - x, y_of(hours_.last) - metrics_.header_height};
}

int CalendarLayout::y_of(int minute) const
{
    return metrics_.header_height + (minute - hours_.first) * metrics_.slot_height / calendar_slot_minutes;
}

int CalendarLayout::minute_at(int y) const
{
    const int minute = hours_.first + (y - metrics_.header_height) * calendar_slot_minutes /
                                          std::max(metrics_.slot_height, 1);
    return std::clamp(minute, hours_.first, hours_.last - 1);
}

std::optional<std::size_t> CalendarLayout::column_at(int x) const
{
    if (x < metrics_.gutter_width || x >= width_)
        return std::nullopt;
    for (std::size_t c = 0; c < columns_.size(); ++c)
        if (x < column_x(c + 1))
            return c;
    return std::nullopt;
}

const PlacedAppointment* CalendarLayout::appointment_at(int x, int y) const
{
    for (auto it = placed_.rbegin(); it != placed_.rend(); ++it)
        if (it->box.contains(x, y))
            return &*it;
    return nullptr;
}

std::optional<CalendarSlot> CalendarLayout::slot_at(int x, int y) const
{
    const auto column = column_at(x);
    if (!column || y < metrics_.header_height || y >= y_of(hours_.last))
        return std::nullopt;
    const int minute = minute_at(y);
    return CalendarSlot{*column, minute / calendar_slot_minutes * calendar_slot_minutes};
}

GridBox CalendarLayout::slot_box(const CalendarSlot& slot) const
{
    const GridBox body = column_box(slot.column);
    const int top = y_of(slot.minute);
    return GridBox{body.x, top, body.width, y_of(slot.minute + calendar_slot_minutes) - top};
}

std::optional<CalendarSlot> CalendarLayout::drop_slot(int x, int top_y, int duration_min) const
{
    const auto column = column_at(x);
    if (!column)
        return std::nullopt;
    // In slots from the first row, to the nearest slot.
    const double slots = static_cast<double>(top_y - metrics_.header_height) / std::max(metrics_.slot_height, 1);
    int minute = hours_.first + static_cast<int>(std::lround(slots)) * calendar_slot_minutes;
    const int latest_by_day =
        (minutes_a_day - std::max(duration_min, 1)) / calendar_slot_minutes * calendar_slot_minutes;
    const int latest = std::min(hours_.last - calendar_slot_minutes, latest_by_day);
    minute = std::clamp(minute, hours_.first, std::max(latest, hours_.first));
    return CalendarSlot{*column, minute};
}

const PlacedAppointment* CalendarLayout::placement(std::size_t index) const
{
    if (index >= placement_of_.size() || !placement_of_[index])
        return nullptr;
    return &placed_[*placement_of_[index]];
}

} // namespace fc::ui
