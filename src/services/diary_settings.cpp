#include "services/diary_settings.h"

#include "core/text.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fc {

namespace {
constexpr const char* hours_key = "diary.hours";
constexpr const char* zone_key = "diary.time-zone";
const std::filesystem::path zoneinfo = "/usr/share/zoneinfo";

bool plausible_zone_name(const std::string& name)
{
    if (name.empty() || name.size() > 64 || name.front() == '/' || name.find("..") != std::string::npos)
        return false;
    for (const char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+'))
            return false;
    return true;
}
} // namespace

bool is_known_time_zone(const std::string& name)
{
    std::error_code ec;
    return plausible_zone_name(name) && std::filesystem::is_regular_file(zoneinfo / name, ec);
}

namespace {
std::string detect_system_time_zone()
{
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string name = tz[0] == ':' ? tz + 1 : tz;
        if (is_known_time_zone(name))
            return name;
    }
    std::error_code ec;
    const auto link = std::filesystem::read_symlink("/etc/localtime", ec).string();
    if (const auto at = link.find("zoneinfo/"); !ec && at != std::string::npos)
        if (auto name = link.substr(at + 9); is_known_time_zone(name))
            return name;
    if (std::ifstream in("/etc/timezone"); in) {
        std::string name;
        std::getline(in, name);
        name = text::trim(name);
        if (is_known_time_zone(name))
            return name;
    }
    return "UTC";
}
} // namespace

std::string system_time_zone()
{
    // Read once: every booking check (one a keystroke in the booking dialog) loads the settings.
    static const std::string zone = detect_system_time_zone();
    return zone;
}

DiarySettings load_diary_settings(Clinic::Impl& impl)
{
    DiarySettings s;
    if (const auto hours = impl.settings.get(hours_key))
        if (const auto parsed = parse_clinic_hours(*hours))
            s.hours = *parsed;
    const auto zone = impl.settings.get(zone_key);
    s.time_zone = zone && !zone->empty() ? *zone : system_time_zone();
    return s;
}

void apply_diary_settings_form(const DiarySettingsForm& form, DiarySettings& settings)
{
    FieldCheck check;
    if (const auto zone = text::trim(form.time_zone); !zone.empty()) {
        if (is_known_time_zone(zone))
            settings.time_zone = zone;
        else
            check.fail("time-zone", "one-of",
                       fmt::format("{}is not a time zone this computer knows (such as Europe/London)",
                                   zone.size() <= 40 && text::is_valid_utf8(zone) ? "'" + zone + "' " : ""));
    }
    for (int d = 0; d < 7; ++d) {
        const auto value = text::trim(form.days[d]);
        if (value.empty())
            continue;
        const auto day = std::string(to_string(static_cast<Weekday>(d)));
        if (const auto hours = parse_opening_hours(value))
            settings.hours.days[d] = *hours;
        else
            check.fail(day, "hours-format",
                       "must be opening hours such as 08:00-18:00 (closing after opening), or closed");
    }
    check.throw_if_failed();
}

void store_diary_settings(Clinic::Impl& impl, const DiarySettings& settings)
{
    impl.settings.set(hours_key, to_setting(settings.hours));
    impl.settings.set(zone_key, settings.time_zone);
}

} // namespace fc
