#pragma once
// Calendar dates in the clinic's local time, stored and shown as ISO-8601 (YYYY-MM-DD).
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace fc {

using Date = boost::gregorian::date;

// Strict YYYY-MM-DD; nullopt for anything else, including impossible dates such as 2026-02-30.
std::optional<Date> parse_iso_date(std::string_view text);
std::string to_iso(const Date& d);
// Whole years from `born` to `on` (0 when `on` is before the first birthday).
int age_on(const Date& born, const Date& on);

} // namespace fc
