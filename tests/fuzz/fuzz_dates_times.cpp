// Every parser of a date, a time or a setting typed or stored as text: none may crash, and what
// one accepts must print back as text it accepts again, meaning the same.
#include "core/appointment.h"
#include "core/date.h"
#include "core/time_of_day.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto d = fc::parse_iso_date(text); d && fc::parse_iso_date(fc::to_iso(*d)) != d)
        std::abort();
    if (const auto t = fc::parse_time_of_day(text); t && fc::parse_time_of_day(fc::to_iso(*t)) != t)
        std::abort();
    fc::is_utc_instant(text);
    if (const auto w = fc::parse_weekday(text); w && fc::parse_weekday(fc::to_string(*w)) != w)
        std::abort();
    if (const auto h = fc::parse_opening_hours(text); h && fc::parse_opening_hours(fc::to_text(*h)) != h)
        std::abort();
    if (const auto hours = fc::parse_clinic_hours(text); hours && fc::parse_clinic_hours(fc::to_setting(*hours)) != hours)
        std::abort();
    return 0;
}
