#include "core/appointment.h"

#include "core/text.h"

#include <fmt/format.h>

namespace fc {

ClinicHours ClinicHours::standard()
{
    ClinicHours h;
    for (int d = 0; d < 5; ++d)
        h.days[d] = OpeningHours{TimeOfDay::at(8, 0), TimeOfDay::at(18, 0)};
    return h;
}

bool ClinicHours::operator==(const ClinicHours& other) const
{
    for (int d = 0; d < 7; ++d)
        if (days[d] != other.days[d])
            return false;
    return true;
}

std::optional<std::optional<OpeningHours>> parse_opening_hours(std::string_view text)
{
    const auto t = text::to_lower_ascii(text::trim(text));
    if (t == "closed")
        return std::optional<OpeningHours>{};
    const auto dash = t.find('-');
    if (dash == std::string::npos)
        return std::nullopt;
    const auto opens = parse_time_of_day(text::trim(std::string_view(t).substr(0, dash)));
    const auto closes_text = text::trim(std::string_view(t).substr(dash + 1));
    auto closes = closes_text == "24:00" ? std::optional<TimeOfDay>(TimeOfDay{24 * 60}) : parse_time_of_day(closes_text);
    if (!opens || !closes || !(*opens < *closes))
        return std::nullopt;
    return std::optional<OpeningHours>(OpeningHours{*opens, *closes});
}

std::string to_text(const std::optional<OpeningHours>& h)
{
    if (!h)
        return "closed";
    const auto closes = h->closes.minutes >= 24 * 60 ? std::string("24:00") : to_iso(h->closes);
    return fmt::format("{}-{}", to_iso(h->opens), closes);
}

std::string to_setting(const ClinicHours& h)
{
    std::string out;
    for (int d = 0; d < 7; ++d)
        out += fmt::format("{}{}={}", d ? ";" : "", to_string(static_cast<Weekday>(d)), to_text(h.days[d]));
    return out;
}

std::optional<ClinicHours> parse_clinic_hours(std::string_view setting)
{
    ClinicHours h;
    bool seen[7] = {};
    std::size_t start = 0;
    while (start < setting.size()) {
        auto end = setting.find(';', start);
        if (end == std::string_view::npos)
            end = setting.size();
        const auto item = setting.substr(start, end - start);
        const auto eq = item.find('=');
        if (eq == std::string_view::npos)
            return std::nullopt;
        const auto day = parse_weekday(item.substr(0, eq));
        const auto hours = parse_opening_hours(item.substr(eq + 1));
        if (!day || !hours)
            return std::nullopt;
        h.days[static_cast<int>(*day)] = *hours;
        seen[static_cast<int>(*day)] = true;
        start = end + 1;
    }
    for (const bool s : seen)
        if (!s)
            return std::nullopt;
    return h;
}

bool within_hours(const ClinicHours& hours, const Date& date, TimeOfDay start, int duration_min)
{
    const auto& day = hours.on(weekday_of(date));
    return day && day->opens.minutes <= start.minutes && start.minutes + duration_min <= day->closes.minutes;
}

} // namespace fc
