#include "core/time_of_day.h"

#include "core/date.h"

#include <fmt/format.h>

namespace fc {

namespace {
bool digits(std::string_view s)
{
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

int number(std::string_view s)
{
    int n = 0;
    for (const char c : s)
        n = n * 10 + (c - '0');
    return n;
}
} // namespace

std::optional<TimeOfDay> parse_time_of_day(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    const auto h = text.substr(0, colon);
    const auto m = text.substr(colon + 1);
    if (!digits(h) || !digits(m))
        return std::nullopt;
    const int hour = number(h), minute = number(m);
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return TimeOfDay::at(hour, minute);
}

std::string to_iso(const TimeOfDay& t)
{
    return fmt::format("{:02d}:{:02d}", t.hour(), t.minute());
}

bool is_utc_instant(std::string_view text)
{
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return false;
    if (!parse_iso_date(text.substr(0, 10)))
        return false;
    const auto hh = text.substr(11, 2), mm = text.substr(14, 2), ss = text.substr(17, 2);
    return digits(hh) && digits(mm) && digits(ss) && number(hh) <= 23 && number(mm) <= 59 && number(ss) <= 59;
}

} // namespace fc
