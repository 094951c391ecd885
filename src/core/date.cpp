#include "core/date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

namespace fc {

std::optional<Date> parse_iso_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lens[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t k = 0; k < lens[p]; ++k) {
            const char c = text[starts[p] + k];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const int y = parts[0], m = parts[1], d = parts[2];
    if (y < 1400 || y > 9999 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    if (d > boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                   static_cast<unsigned short>(m)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

std::string to_iso(const Date& d)
{
    if (d.is_special())
        return {};
    const auto ymd = d.year_month_day();
    return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                       static_cast<int>(ymd.day));
}

int age_on(const Date& born, const Date& on)
{
    if (on < born)
        return 0;
    int years = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --years;
    return years;
}

} // namespace fc
