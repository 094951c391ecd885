// Appointments::week_calendar: the clinician's week handed to the iCalendar writer.
#include "services/appointments.h"

#include "services/clinic_impl.h"
#include "services/diary_settings.h"
#include "services/week_calendar_file.h"

#include "core/text.h"

#include <fmt/format.h>

#include <map>

namespace fc {

namespace {
// "J.S." from the first letters (whole UTF-8 characters) of the given and family names.
std::string initials(const Patient& p)
{
    const auto first = [](const std::string& name) {
        const auto t = text::trim(name);
        if (t.empty())
            return std::string();
        std::size_t n = 1;
        while (n < t.size() && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80)
            ++n;
        return t.substr(0, n) + ".";
    };
    return first(p.given_name) + first(p.family_name);
}
} // namespace

std::string Appointments::week_calendar(std::int64_t clinician_id, const Date& day, bool with_initials)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        if (!impl.clinicians.find(clinician_id))
            throw NotFound(fmt::format("clinician {} does not exist", clinician_id));
        const auto monday = monday_of(day);
        const auto week = impl.appointments.between(monday, monday + boost::gregorian::days(6), clinician_id);
        CalendarFileOptions options{.time_zone = load_diary_settings(impl).time_zone,
                                    .initials = with_initials,
                                    .clinic_name = clinic_.path().stem().string(),
                                    .clinic_key = impl.settings.get("diary.calendar-key").value_or("")};
        std::map<std::int64_t, std::string> known;
        return week_calendar_file(week, options, [&](std::int64_t patient_id) {
            auto [it, fresh] = known.try_emplace(patient_id);
            if (fresh)
                if (const auto p = impl.patients.find(patient_id))
                    it->second = initials(*p);
            return it->second;
        });
    });
}

void Appointments::export_week(std::int64_t clinician_id, const Date& day, bool with_initials,
                               const std::filesystem::path& file, ExistingFile existing)
{
    store::write_output_file(output_target(clinic_, file, existing), week_calendar(clinician_id, day, with_initials));
}

} // namespace fc
