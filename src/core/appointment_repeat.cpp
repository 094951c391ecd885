#include "core/appointment.h"

#include "core/text.h"

#include <array>

namespace fc {

namespace {
constexpr std::array<std::string_view, 7> day_ids = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> day_names = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};
} // namespace

std::string_view to_string(Weekday d)
{
    return day_ids[static_cast<std::size_t>(d)];
}

std::optional<Weekday> parse_weekday(std::string_view id)
{
    const auto wanted = text::to_lower_ascii(text::trim(id));
    for (std::size_t i = 0; i < day_ids.size(); ++i)
        if (wanted == day_ids[i] || wanted == day_names[i])
            return static_cast<Weekday>(i);
    return std::nullopt;
}

Weekday weekday_of(const Date& d)
{
    // Boost counts from Sunday = 0.
    return static_cast<Weekday>((d.day_of_week().as_number() + 6) % 7);
}

std::vector<Date> occurrence_dates(const Date& first, const Repeat& repeat)
{
    std::vector<Date> dates;
    if (repeat.days.empty() || repeat.count < 1 || repeat.every_weeks < 1)
        return dates;
    // The weeks are counted from the week of the first occurrence: the first chosen day on or
    // after `first` (within the next seven days).
    Date start = first;
    while (!repeat.days.contains(weekday_of(start)))
        start += boost::gregorian::days(1);
    const Date monday = start - boost::gregorian::days(static_cast<int>(weekday_of(start)));
    for (int week = 0; static_cast<int>(dates.size()) < repeat.count; week += repeat.every_weeks)
        for (const auto day : repeat.days) {
            const Date d = monday + boost::gregorian::days(week * 7 + static_cast<int>(day));
            if (d >= start && static_cast<int>(dates.size()) < repeat.count)
                dates.push_back(d);
        }
    return dates;
}

} // namespace fc
