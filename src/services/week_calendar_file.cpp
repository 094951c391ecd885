#include "services/week_calendar_file.h"

#include "core/errors.h"
#include "core/text.h"
#include "core/time_of_day.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <memory>
#include <string_view>

namespace fc {
namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
    void operator()(char* s) const { icalmemory_free_buffer(s); }
};

FieldError unknown_zone(const std::string& name)
{
    return {"time-zone", "one-of",
            fmt::format("\"{}\" is not a time zone this computer knows; use a name such as Europe/London.", name)};
}

// Only names shaped like the zoneinfo database's ("America/Argentina/Buenos_Aires", "Etc/GMT+5"):
// libical turns the name into a file path, so nothing that could climb out of that folder.
bool zone_name_shape(std::string_view name)
{
    if (name.empty() || name.size() > 64 || name.front() == '/' || name.back() == '/' ||
        name.find("..") != std::string_view::npos || name.find("//") != std::string_view::npos)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '_' ||
               c == '-' || c == '+';
    });
}

// The zone's VTIMEZONE, from the system's zoneinfo, cut to the years the file needs (the full
// history back to 1847 runs to hundreds of lines) and named plainly ("Europe/London", not
// libical's "/freeassociation.sourceforge.net/Europe/London"), which is what phones recognise.
Component vtimezone(const std::string& name, int from_year)
{
    if (!zone_name_shape(name))
        throw InvalidInput(unknown_zone(name));
    icaltimezone* zone = icaltimezone_get_builtin_timezone(name.c_str());
    if (zone == icaltimezone_get_utc_timezone()) // libical's UTC has no component; zoneinfo's has
        zone = icaltimezone_get_builtin_timezone("Etc/UTC");
    icalcomponent* found = zone ? icaltimezone_get_component(zone) : nullptr;
    icalerror_clear_errno(); // a failed look-up leaves libical's error state set
    if (!found)
        throw InvalidInput(unknown_zone(name));
    Component vtz{icalcomponent_new_clone(found)};
    icaltimetype start = icaltime_null_time();
    start.year = from_year;
    start.month = 1;
    start.day = 1;
    start.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz.get(), start, icaltime_null_time(), 0);
    if (icalproperty* tzid = icalcomponent_get_first_property(vtz.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, name.c_str());
    return vtz;
}

icaltimetype utc_stamp(const std::string& stamped_at)
{
    icaltimezone* utc = icaltimezone_get_utc_timezone();
    if (stamped_at.empty())
        return icaltime_current_time_with_zone(utc);
    if (!is_utc_instant(stamped_at))
        throw InvalidInput(FieldError{"stamped-at", "instant-format",
                                      "Must be a UTC instant such as 2026-11-25T09:30:00Z."});
    const auto number = [&](std::size_t at, std::size_t len) {
        int v = 0;
        std::from_chars(stamped_at.data() + at, stamped_at.data() + at + len, v);
        return v;
    };
    icaltimetype t = icaltime_null_time();
    t.year = number(0, 4);
    t.month = number(5, 2);
    t.day = number(8, 2);
    t.hour = number(11, 2);
    t.minute = number(14, 2);
    t.second = number(17, 2);
    t.zone = utc;
    return t;
}

// Wall-clock time with no zone of its own: the TZID parameter says which zone it is in.
icaltimetype local_time(const Date& date, int minutes)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.minute = minutes; // may run past the hour or to midnight; normalising carries it over
    return icaltime_normalize(t);
}

icalproperty* in_zone(icalproperty* p, const std::string& zone)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.c_str()));
    return p;
}

// Text as a calendar may hold it: newlines kept (libical writes them as \n), other control
// characters dropped, and anything not UTF-8 reduced to printable ASCII so the file stays valid.
std::string calendar_text(std::string_view s)
{
    const bool utf8 = text::is_valid_utf8(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
        } else if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F)) {
            out += static_cast<char>(c);
        } else if (c >= 0x80 && utf8) {
            if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
                ++i; // a C1 control character (U+0080..U+009F)
                continue;
            }
            out += static_cast<char>(c);
        } else if (c >= 0x80) {
            out += '?';
        }
    }
    return out;
}

// Stable across exports and clinics: the appointment's id and the clinic file's key, and
// nothing that changes when the appointment does.
std::string uid_of(const Appointment& a, const std::string& clinic_key)
{
    std::string key;
    for (const char c : clinic_key)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')
            key += c;
    return key.empty() ? fmt::format("appointment-{}@floorchart", a.id)
                       : fmt::format("appointment-{}-{}@floorchart", a.id, key);
}

std::string summary_of(const Appointment& a, const CalendarFileOptions& options,
                       const std::function<std::string(std::int64_t)>& initials_of)
{
    std::string s = a.status == AppointmentStatus::Cancelled ? "Cancelled: " : "";
    s += label(a.type);
    if (options.initials && initials_of) {
        std::string initials = calendar_text(initials_of(a.patient_id));
        std::replace(initials.begin(), initials.end(), '\n', ' ');
        initials = text::trim(initials);
        if (!initials.empty())
            s += " - " + initials;
    }
    return s;
}

// What kind, how long, what became of it and where the rest is: nothing about the patient.
std::string description_of(const Appointment& a, const std::string& clinic)
{
    std::string d = fmt::format("{}, {} minutes.", label(a.type), a.duration_min);
    if (a.status != AppointmentStatus::Booked)
        d += fmt::format("\n{}.", label(a.status));
    d += clinic.empty() ? "\nDetails are in FloorChart." : fmt::format("\nDetails are in FloorChart at {}.", clinic);
    return d;
}

Component vevent(const Appointment& a, const CalendarFileOptions& options, const icaltimetype& stamp,
                 const std::function<std::string(std::int64_t)>& initials_of)
{
    Component e{icalcomponent_new_vevent()};
    const bool cancelled = a.status == AppointmentStatus::Cancelled;
    const auto clinic = calendar_text(options.clinic_name);
    icalcomponent_add_property(e.get(), icalproperty_new_uid(uid_of(a, options.clinic_key).c_str()));
    icalcomponent_add_property(e.get(), icalproperty_new_dtstamp(stamp));
    // A later version replaces an earlier import of the same UID.
    const auto sequence = static_cast<int>(std::clamp<std::int64_t>(a.version, 0, INT_MAX));
    icalcomponent_add_property(e.get(), icalproperty_new_sequence(sequence));
    const int end_minutes = std::max(a.end_minutes(), a.start.minutes + 1); // DTEND must follow DTSTART
    icalcomponent_add_property(e.get(),
                               in_zone(icalproperty_new_dtstart(local_time(a.date, a.start.minutes)), options.time_zone));
    icalcomponent_add_property(e.get(),
                               in_zone(icalproperty_new_dtend(local_time(a.date, end_minutes)), options.time_zone));
    icalcomponent_add_property(e.get(), icalproperty_new_summary(summary_of(a, options, initials_of).c_str()));
    if (const auto room = calendar_text(a.room); !room.empty())
        icalcomponent_add_property(e.get(), icalproperty_new_location(room.c_str()));
    icalcomponent_add_property(e.get(), icalproperty_new_description(description_of(a, clinic).c_str()));
    icalcomponent_add_property(e.get(), icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED
                                                                          : ICAL_STATUS_CONFIRMED));
    // Busy unless cancelled; private so that a shared calendar shows others only "busy".
    icalcomponent_add_property(e.get(), icalproperty_new_transp(cancelled ? ICAL_TRANSP_TRANSPARENT
                                                                          : ICAL_TRANSP_OPAQUE));
    icalcomponent_add_property(e.get(), icalproperty_new_class(ICAL_CLASS_PRIVATE));
    return e;
}

icalproperty* x_property(const char* name, const std::string& value)
{
    icalproperty* p = icalproperty_new_x(value.c_str());
    icalproperty_set_x_name(p, name);
    return p;
}

} // namespace

std::string week_calendar_file(const std::vector<Appointment>& appointments, const CalendarFileOptions& options,
                               const std::function<std::string(std::int64_t)>& initials_of)
{
    const icaltimetype stamp = utc_stamp(options.stamped_at);
    int first_year = stamp.year;
    for (const auto& a : appointments)
        first_year = std::min(first_year, static_cast<int>(a.date.year()));
    // A year early, so that the zone's rules also cover the first days of January in zones
    // ahead of UTC.
    Component vtz = vtimezone(options.time_zone, first_year - 1);

    Component calendar{icalcomponent_new_vcalendar()};
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//FloorChart//Appointments//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // No METHOD: a file to import, not an iTIP message (PUBLISH would need an ORGANIZER, which
    // a clinician's own diary has no use for).
    auto name = calendar_text(options.clinic_name);
    std::replace(name.begin(), name.end(), '\n', ' '); // a calendar's name is one line
    icalcomponent_add_property(calendar.get(),
                               x_property("X-WR-CALNAME", name.empty() ? "Appointments" : name + " appointments"));
    icalcomponent_add_property(calendar.get(), x_property("X-WR-TIMEZONE", options.time_zone));
    icalcomponent_add_component(calendar.get(), vtz.release());
    for (const auto& a : appointments)
        icalcomponent_add_component(calendar.get(), vevent(a, options, stamp, initials_of).release());

    const std::unique_ptr<char, BufferFree> text{icalcomponent_as_ical_string_r(calendar.get())};
    return text ? std::string(text.get()) : std::string();
}

} // namespace fc
