#include "cli/patient_text.h"

#include "cli/terminal_text.h"
#include "cli/text_table.h"

#include <fmt/format.h>

namespace fc::cli {

namespace {
std::string clinician_name(const std::vector<Clinician>& clinicians, std::optional<std::int64_t> id)
{
    if (!id)
        return "(no clinician)";
    for (const auto& c : clinicians)
        if (c.id == *id)
            return shown(c.name);
    return fmt::format("clinician {}", *id);
}

// A labelled line of the record; `value` is shown text.
void line(std::string& out, const char* label, const std::string& value)
{
    if (!value.empty())
        out += fmt::format("{:<18}{}\n", label, value);
}
} // namespace

std::string patient_list_text(const std::vector<PatientListEntry>& entries, const Date& today)
{
    if (entries.empty())
        return "No patients found.";
    std::vector<std::vector<std::string>> rows;
    rows.reserve(entries.size());
    for (const auto& e : entries) {
        auto name = shown(e.family_name) + ", " + shown(e.given_name);
        if (!e.preferred_name.empty() && e.preferred_name != e.given_name)
            name += " (" + shown(e.preferred_name) + ")";
        std::string marks;
        if (e.open_precautions > 0)
            marks = fmt::format("{} open precaution{}", e.open_precautions, e.open_precautions == 1 ? "" : "s");
        if (e.archived)
            marks += marks.empty() ? "archived" : ", archived";
        rows.push_back({std::to_string(e.id), shown(e.mrn), name, to_iso(e.dob), std::to_string(age_on(e.dob, today)),
                        marks});
    }
    return format_table({"ID", "MRN", "Name", "Born", "Age", "Notes"}, rows);
}

std::string patient_record_text(const PatientRecord& r, const Date& today, const std::vector<Clinician>& clinicians)
{
    const auto& p = r.patient;
    std::string out = fmt::format("Patient {}{} (version {})\n", p.id, p.archived ? " [ARCHIVED]" : "", p.version);
    line(out, "MRN:", shown(p.mrn));
    line(out, "Name:", shown(p.family_name) + ", " + shown(p.given_name));
    line(out, "Preferred name:", shown(p.preferred_name));
    line(out, "Date of birth:", fmt::format("{} (age {})", to_iso(p.dob), age_on(p.dob, today)));
    line(out, "Sex:", std::string(to_string(p.sex)));
    line(out, "Pronouns:", shown(p.pronouns));
    line(out, "Phone:", shown(p.phone));
    line(out, "Email:", shown(p.email));
    line(out, "Address:", shown_lines(p.address));
    line(out, "Referrer:",
         shown(p.referrer_name) + (p.referrer_practice.empty() ? "" : ", " + shown(p.referrer_practice)));
    line(out, "GP:", shown(p.gp));
    line(out, "Notes:", shown_lines(p.notes));

    out += "Conditions:\n";
    if (r.conditions.empty())
        out += "  none recorded\n";
    for (const auto& c : r.conditions)
        out += fmt::format("  {:<7} {}{}\n", c.code.empty() ? "-" : shown(c.code), shown(c.label),
                           c.onset ? " (onset " + to_iso(*c.onset) + ")" : "");

    out += "Precautions:\n";
    if (r.precautions.empty())
        out += "  none recorded\n";
    for (const auto& pr : r.precautions) {
        const auto state = pr.cleared_on && !pr.is_open_on(today)
                               ? fmt::format("cleared {} by {}", to_iso(*pr.cleared_on), shown(pr.cleared_by))
                               : std::string("OPEN, not cleared");
        out += fmt::format("  [{}] {} (noted {}){} - {}\n", pr.id, label(pr.kind), to_iso(pr.noted_on),
                           pr.detail.empty() ? "" : ": " + shown_lines(pr.detail), state);
    }

    out += "Consent for intimate examination:\n";
    if (r.consents.empty())
        out += "  none recorded\n";
    for (const auto& c : r.consents)
        out += fmt::format("  {} {}; chaperone {}{} (recorded by {}){}\n", to_iso(c.on),
                           c.consent_given ? "consent given" : "consent NOT given",
                           c.chaperone_offered ? "offered" : "not offered",
                           c.chaperone_present ? ", present" : ", not present",
                           clinician_name(clinicians, c.clinician_id), c.note.empty() ? "" : ": " + shown_lines(c.note));
    return out;
}

std::string audit_text(const std::vector<AuditEntry>& entries, const std::vector<Clinician>& clinicians)
{
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries)
        rows.push_back({shown(e.at), clinician_name(clinicians, e.clinician_id), shown(e.action),
                        fmt::format("{} {}", shown(e.entity), e.entity_id), shown(e.detail)});
    return format_table({"When (UTC)", "Clinician", "Action", "Record", "Detail"}, rows);
}

} // namespace fc::cli
