#include "cli/appointment_text.h"

#include "cli/terminal_text.h"
#include "cli/text_table.h"

#include <fmt/format.h>


namespace fc::cli {

using nlohmann::json;

json to_json(const Appointment& a)
{
    return json{{"id", a.id},
                {"patient_id", a.patient_id},
                {"clinician_id", a.clinician_id},
                {"date", to_iso(a.date)},
                {"time", to_iso(a.start)},
                {"duration", a.duration_min},
                {"type", to_string(a.type)},
                {"room", a.room},
                {"status", to_string(a.status)},
                {"series_id", a.series_id ? json(*a.series_id) : json(nullptr)},
                {"reason", a.reason},
                {"note", a.note},
                {"session_note_id", a.session_note_id ? json(*a.session_note_id) : json(nullptr)},
                {"version", a.version}};
}

json to_json(const Booking& b)
{
    auto ids = json::array();
    auto appointments = json::array();
    for (const auto& a : b.appointments) {
        ids.push_back(a.id);
        appointments.push_back(to_json(a));
    }
    auto warnings = json::array();
    for (const auto& w : b.warnings)
        warnings.push_back(json{{"kind", to_string(w.kind)},
                                {"date", to_iso(w.date)},
                                {"with", w.with ? json(*w.with) : json(nullptr)},
                                {"message", w.message}});
    return json{{"ids", ids},
                {"series_id", b.series_id ? json(*b.series_id) : json(nullptr)},
                {"appointments", appointments},
                {"warnings", warnings}};
}

json to_json(const DiarySettings& s)
{
    json hours = json::object();
    for (int d = 0; d < 7; ++d)
        hours[std::string(to_string(static_cast<Weekday>(d)))] = to_text(s.hours.days[d]);
    return json{{"time_zone", s.time_zone}, {"hours", hours}};
}

std::string appointments_text(const std::vector<DiaryEntry>& entries)
{
    if (entries.empty())
        return "No appointments.\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries) {
        const auto& a = e.appointment;
        auto status = std::string(label(a.status));
        if (!a.reason.empty())
            status += " (" + shown(a.reason) + ")";
        rows.push_back({std::to_string(a.id), to_iso(a.date), to_iso(a.start), std::to_string(a.duration_min),
                        std::string(label(a.type)), status, shown(e.patient_name()),
                        shown(e.clinician_name), shown(a.room), a.series_id ? std::to_string(*a.series_id) : std::string()});
    }
    return format_table({"ID", "DATE", "TIME", "MIN", "TYPE", "STATUS", "PATIENT", "CLINICIAN", "ROOM", "SERIES"}, rows);
}

std::string profile_text(const ClinicProfile& p)
{
    std::string address = p.address;
    for (std::size_t at; (at = address.find('\n')) != std::string::npos;)
        address.replace(at, 1, ", ");
    return fmt::format("Clinic: {}\nAddress: {}\nPhone: {}\nEmail: {}\nReport paper: {}\n", shown(p.name),
                       shown(address), shown(p.phone), shown(p.email), p.paper);
}

std::string settings_text(const DiarySettings& s)
{
    std::string out = fmt::format("Time zone: {}\nOpening hours:\n", shown(s.time_zone));
    for (int d = 0; d < 7; ++d)
        out += fmt::format("  {}  {}\n", to_string(static_cast<Weekday>(d)), to_text(s.hours.days[d]));
    return out;
}

} // namespace fc::cli
