#include "reports/note_report_layout.h"

#include "reports/page_frame.h"
#include "reports/report_blocks.h"
#include "reports/table_layout.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc::reports {

namespace {

std::string yes_no(bool b)
{
    return b ? "Yes" : "No";
}

void details_section(PageFlow& flow, const SessionNoteReportData& d)
{
    const auto& n = d.note;
    auto attendance = capitalised(to_string(n.attendance));
    std::replace(attendance.begin(), attendance.end(), '-', ' ');
    std::string screening = n.screened ? "Asked" : "Not asked";
    if (n.screened) {
        std::string yes;
        for (const auto q : n.screening)
            yes += (yes.empty() ? "" : "; ") + std::string(label(q));
        screening += yes.empty() ? ", all answered no" : ". Answered yes: " + yes;
    }
    field_block(flow, {{"Patient", d.patient.display_name()},
                       {"Clinician", clinician_name(d.clinicians, n.clinician_id)},
                       {"Date of birth", date_text(d.patient.dob)},
                       {"Type", std::string(label(n.type))},
                       {"MRN", d.patient.mrn},
                       {"Attendance", attendance},
                       {"Consent (internal)", yes_no(n.consent_internal)},
                       {"Chaperone", fmt::format("offered: {}, present: {}", yes_no(n.chaperone_offered),
                                                 yes_no(n.chaperone_present))},
                       {"Screening", screening}});
}

void soap_section(PageFlow& flow, const SessionNote& n)
{
    flow.heading("Notes");
    const std::pair<const char*, const std::string*> parts[] = {
        {"Subjective", &n.subjective}, {"Objective", &n.objective}, {"Assessment", &n.assessment}, {"Plan", &n.plan}};
    for (const auto& [title, text] : parts) {
        flow.subheading(title);
        if (text->empty())
            flow.paragraph("Nothing recorded.", {}, style::muted);
        else
            flow.paragraph(*text);
    }
}

void measures_section(PageFlow& flow, const SessionNote& n)
{
    flow.heading("Measures and symptoms");
    const auto& m = n.measures;
    if (!m.any()) {
        flow.paragraph("No measures recorded.", {}, style::muted);
    } else {
        std::vector<Field> fields;
        const auto add = [&](const char* label, const std::optional<int>& v, std::string_view unit = {}) {
            if (v)
                fields.push_back({label, value_text(v, unit)});
        };
        add("Pain during", m.pain_during, "/ 10 NRS");
        add("Pain after", m.pain_after, "/ 10 NRS");
        add("Comfort", m.comfort, "/ 10");
        add("Dilator size", m.dilator_mm, "mm");
        add("Minutes held", m.minutes_held, "min");
        add("Modified Oxford", m.oxford, "/ 5");
        if (m.perfect_power || m.perfect_endurance_s || m.perfect_reps || m.perfect_fast)
            fields.push_back({"PERFECT", fmt::format("P {}  E {}  R {}  F {}", value_text(m.perfect_power),
                                                     value_text(m.perfect_endurance_s, "s"), value_text(m.perfect_reps),
                                                     value_text(m.perfect_fast))});
        add("Bristol type", m.bristol);
        field_block(flow, fields);
    }
    const auto& s = n.symptoms;
    std::vector<std::string> noted;
    const std::pair<bool, const char*> symptoms[] = {{s.bleeding, "Bleeding"},
                                                     {s.sharp_pain, "Sharp or intense pain"},
                                                     {s.burning, "Burning"},
                                                     {s.soreness_over_24h, "Soreness lasting over 24 hours"},
                                                     {s.worsening, "Worsening of a known condition"},
                                                     {s.distress, "Emotional distress noted"}};
    for (const auto& [present, text] : symptoms)
        if (present)
            noted.emplace_back(text);
    flow.subheading("Symptoms");
    if (noted.empty())
        flow.paragraph("None recorded.", {}, style::muted);
    else
        bullet_list(flow, noted, {style::body_size, FontStyle::Bold}, style::alert);
}

void signature_section(PageFlow& flow, const SessionNoteReportData& d)
{
    const auto& n = d.note;
    flow.heading("Signature");
    if (!n.is_signed()) {
        flow.paragraph("Not signed. This is a draft and may still change.", {style::body_size, FontStyle::Bold},
                       style::alert);
        return;
    }
    const auto signer = n.signed_by ? *n.signed_by : n.clinician_id;
    const auto it = std::find_if(d.clinicians.begin(), d.clinicians.end(), [&](auto& c) { return c.id == signer; });
    std::string who = clinician_name(d.clinicians, signer);
    if (it != d.clinicians.end() && !it->profession.empty())
        who += ", " + it->profession;
    if (it != d.clinicians.end() && !it->registration.empty())
        who += " (registration no. " + it->registration + ")";
    flow.paragraph(fmt::format("Signed electronically by {} at {}.", who, instant_text(n.signed_at)));
}

void addenda_section(PageFlow& flow, const SessionNoteReportData& d)
{
    if (d.addenda.empty())
        return;
    flow.heading("Addenda");
    flow.paragraph("Corrections and additions made after signing; the note above is unchanged.",
                   {style::small_size + 0.5}, style::muted);
    for (const auto& a : d.addenda) {
        flow.subheading(fmt::format("{} \u2013 {}", instant_text(a.at), clinician_name(d.clinicians, a.by)));
        flow.paragraph(a.text);
    }
}

} // namespace

Document layout_session_note(const SessionNoteReportData& d, const FontMetrics& metrics)
{
    const auto& n = d.note;
    Document doc;
    doc.size = page_size(d.paper);
    const bool draft = !n.is_signed();
    const auto when = fmt::format("{} {}{}", date_text(n.date), to_iso(n.start),
                                  n.duration_min ? fmt::format(", {} minutes", *n.duration_min) : std::string());
    doc.info = document_info(fmt::format("Session note {} \u2013 {}{}", date_text(n.date), d.patient.display_name(),
                                         draft ? " (DRAFT)" : ""),
                             clinician_name(d.clinicians, n.clinician_id),
                             fmt::format("{} session note, {}", label(n.type), when), d.generated_at);
    auto frame_info = frame_text(d.clinic, d.patient, "Session note", d.generated_at);
    if (draft)
        frame_info.marking = "DRAFT \u2013 NOT SIGNED";
    const PageFrame frame(metrics, doc.size, frame_info);
    PageFlow flow(doc, metrics, frame.body());

    title_block(flow, draft ? "Session note (DRAFT)" : "Session note", fmt::format("{} \u00b7 {}", label(n.type), when),
                d.clinic);
    if (draft)
        notice_box(flow, "DRAFT \u2013 not signed",
                   {"This note has not been signed by the clinician. It is not part of the signed record and may "
                    "still change."},
                   style::alert, style::alert_light);
    details_section(flow, d);
    soap_section(flow, n);
    measures_section(flow, n);
    if (!n.next_steps.empty()) {
        flow.heading("Next steps");
        flow.paragraph(n.next_steps);
    }
    signature_section(flow, d);
    addenda_section(flow, d);

    if (draft)
        watermark(doc, "DRAFT", metrics);
    frame.decorate(doc);
    return doc;
}

} // namespace fc::reports
