#include "cli/clinical_text.h"

#include "cli/terminal_text.h"
#include "cli/text_table.h"

#include <fmt/format.h>

namespace fc::cli {

namespace {
std::string value(const std::optional<int>& v, const char* unit = "")
{
    return v ? fmt::format("{}{}", *v, unit) : std::string("-");
}

std::string clinician_name(const std::vector<Clinician>& clinicians, std::int64_t id)
{
    for (const auto& c : clinicians)
        if (c.id == id)
            return shown(c.name);
    return fmt::format("clinician {}", id);
}

std::string symptoms_text(const Symptoms& s)
{
    std::string out;
    auto add = [&](bool on, const char* name) {
        if (on)
            out += (out.empty() ? "" : ", ") + std::string(name);
    };
    add(s.bleeding, "bleeding");
    add(s.sharp_pain, "sharp pain");
    add(s.burning, "burning");
    add(s.soreness_over_24h, "soreness over 24 h");
    add(s.worsening, "worsening");
    add(s.distress, "distress");
    return out;
}

void section(std::string& out, const char* title, const std::string& text)
{
    if (!text.empty())
        out += fmt::format("{}:\n  {}\n", title, shown_lines(text));
}
} // namespace

std::string plan_text(const EpisodeOfCare& e, const PlanVersion& version)
{
    const auto& p = version.plan;
    std::string out = fmt::format("Plan {} for patient {}: {}\n", e.id, e.patient_id, shown(p.title));
    out += fmt::format("Version {} of {}, in force from {}\n", version.number, e.plan_versions.size(),
                       to_iso(version.effective_on));
    out += fmt::format("Status: {}{}\n", to_string(p.status), p.stop_reason.empty() ? "" : " (" + shown(p.stop_reason) + ")");
    out += fmt::format("Start {}, review {}\n", to_iso(p.start_on), to_iso(p.review_on));
    for (const auto& c : p.conditions)
        out += "Treats: " + shown(c) + "\n";
    for (const auto& g : p.goals)
        out += fmt::format("Goal: {}{}{}\n", shown(g.text), g.target_on ? " by " + to_iso(*g.target_on) : "",
                           g.achieved ? " (achieved)" : "");
    if (p.components.empty())
        out += "No components yet.\n";
    for (const auto& c : p.components) {
        out += fmt::format("- {}: {}\n", label(c.kind()), shown_lines(c.instructions));
        if (c.precaution_override)
            out += fmt::format("  started despite open precautions on {}: {}\n",
                               to_iso(c.precaution_override->on), shown_lines(c.precaution_override->reason));
    }
    return out;
}

std::string note_list_text(const std::vector<SessionNote>& notes)
{
    if (notes.empty())
        return "No session notes.";
    std::vector<std::vector<std::string>> rows;
    for (const auto& n : notes)
        rows.push_back({std::to_string(n.id), to_iso(n.date), to_iso(n.start), std::string(to_string(n.type)),
                        std::string(to_string(n.attendance)), value(n.measures.dilator_mm, " mm"),
                        value(n.measures.minutes_held, " min"), value(n.measures.pain_during),
                        value(n.measures.pain_after), std::string(n.is_signed() ? "signed" : "DRAFT")});
    return format_table({"ID", "Date", "Time", "Type", "Attendance", "Dilator", "Held", "Pain", "After", "Status"},
                        rows);
}

std::string note_text(const SessionNote& n, const std::vector<Addendum>& addenda,
                      const std::vector<Clinician>& clinicians)
{
    std::string out = fmt::format("Session note {} for patient {}{}\n", n.id, n.patient_id,
                                  n.is_signed() ? "" : " [DRAFT, not signed]");
    out += fmt::format("{} {} ({} min), {}, {}, by {}\n", to_iso(n.date), to_iso(n.start), value(n.duration_min),
                       label(n.type), to_string(n.attendance), clinician_name(clinicians, n.clinician_id));
    const auto& m = n.measures;
    out += fmt::format("Pain during {} after {}, comfort {}, dilator {} held {}, Oxford {}, Bristol {}\n",
                       value(m.pain_during), value(m.pain_after), value(m.comfort), value(m.dilator_mm, " mm"),
                       value(m.minutes_held, " min"), value(m.oxford), value(m.bristol));
    if (m.perfect_power || m.perfect_endurance_s || m.perfect_reps || m.perfect_fast)
        out += fmt::format("PERFECT: P {} E {} R {} F {}\n", value(m.perfect_power), value(m.perfect_endurance_s, " s"),
                           value(m.perfect_reps), value(m.perfect_fast));
    if (const auto s = symptoms_text(n.symptoms); !s.empty())
        out += "Symptoms: " + s + "\n";
    if (!n.screening.empty()) {
        std::string answers;
        for (const auto q : n.screening)
            answers += (answers.empty() ? "" : ", ") + std::string(label(q));
        out += "Screening answered yes: " + answers + "\n";
    }
    out += fmt::format("Consent for internal examination: {}; chaperone {}{}\n", n.consent_internal ? "yes" : "no",
                       n.chaperone_offered ? "offered" : "not offered", n.chaperone_present ? ", present" : "");
    section(out, "Subjective", n.subjective);
    section(out, "Objective", n.objective);
    section(out, "Assessment", n.assessment);
    section(out, "Plan", n.plan);
    section(out, "Next steps", n.next_steps);
    if (n.is_signed() && n.signed_by)
        out += fmt::format("Signed by {} at {}\n", clinician_name(clinicians, *n.signed_by), n.signed_at);
    for (const auto& a : addenda)
        out += fmt::format("Addendum {} by {} at {}:\n  {}\n", a.id, clinician_name(clinicians, a.by), a.at,
                           shown_lines(a.text));
    return out;
}

std::string home_log_text(const std::vector<HomeLogEntry>& entries)
{
    if (entries.empty())
        return "No home-log entries.";
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries)
        rows.push_back({std::to_string(e.id), to_iso(e.date), value(e.dilator_mm, " mm"), value(e.minutes, " min"),
                        value(e.comfort), value(e.pain), e.bleeding ? "BLEEDING" : "", shown(e.text)});
    return format_table({"ID", "Date", "Dilator", "Minutes", "Comfort", "Pain", "Bleeding", "Note"}, rows);
}

std::string raised_flags_text(const std::vector<RedFlag>& flags)
{
    std::string out;
    for (const auto& f : flags)
        out += fmt::format("RED FLAG [{}] {}: {}\n", to_string(f.severity), f.id, shown(f.message));
    return out;
}

std::string flag_list_text(const std::vector<RedFlag>& flags, const std::vector<Clinician>& clinicians)
{
    if (flags.empty())
        return "No red flags.";
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : flags) {
        std::string status = "OPEN";
        if (f.acknowledgement)
            status = fmt::format("acknowledged {} by {} ({}): {}", f.acknowledgement->at.substr(0, 10),
                                 clinician_name(clinicians, f.acknowledgement->by),
                                 to_string(f.acknowledgement->action), shown(f.acknowledgement->note));
        rows.push_back({std::to_string(f.id), std::string(to_string(f.severity)), to_iso(f.on),
                        std::to_string(f.patient_id), shown(f.message), status});
    }
    return format_table({"ID", "Severity", "Date", "Patient", "Flag", "Status"}, rows);
}

} // namespace fc::cli
