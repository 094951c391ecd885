#include "store/row_mapping.h"

#include "core/errors.h"

#include <fmt/format.h>

#include <chrono>
#include <ctime>

namespace fc::store {

std::string utc_now_iso()
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Date date_column(const SQLite::Column& c)
{
    const auto text = c.getString();
    if (const auto d = parse_iso_date(text))
        return *d;
    throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                          fmt::format("The clinic file holds an invalid date '{}' in {}; run 'check' and restore a "
                                      "backup if it reports damage.",
                                      text, c.getName()));
}

std::optional<Date> optional_date_column(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return date_column(c);
}

void bind_optional_date(SQLite::Statement& s, int index, const std::optional<Date>& d)
{
    if (d)
        s.bind(index, to_iso(*d));
    else
        s.bind(index);
}

} // namespace fc::store
