#pragma once
// Local wall-clock time of day (the clinic's time zone), stored and shown as HH:MM; and the
// shape of a UTC instant as stored for signatures and the audit trail (2026-11-25T09:30:00Z).
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace fc {

struct TimeOfDay {
    int minutes = 0; // since midnight, 0..1439

    static constexpr TimeOfDay at(int hour, int minute) { return TimeOfDay{hour * 60 + minute}; }
    constexpr int hour() const { return minutes / 60; }
    constexpr int minute() const { return minutes % 60; }
    auto operator<=>(const TimeOfDay&) const = default;
};

// "H:MM" or "HH:MM", 00:00 to 23:59; nullopt for anything else ("24:00", "9:5", "09:60", "0930").
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
std::string to_iso(const TimeOfDay& t); // always "HH:MM"

// True for exactly YYYY-MM-DDTHH:MM:SSZ with a real date and time.
bool is_utc_instant(std::string_view text);

} // namespace fc
