#include "ui/note_text.h"

#include "ui/flag_text.h"
#include "ui/wx_text.h"

#include <wx/intl.h>

namespace fc::ui {

namespace {

wxString AttendanceLabel(Attendance a)
{
    switch (a) {
    case Attendance::Attended:
        return _("Attended");
    case Attendance::Cancelled:
        return _("Cancelled");
    case Attendance::DidNotAttend:
        return _("Did not attend");
    }
    return {};
}

void Join(wxString& out, const wxString& part, const wxString& separator = ", ")
{
    if (part.empty())
        return;
    if (!out.empty())
        out += separator;
    out += part;
}

wxString Number(const std::optional<int>& v, const wxString& format)
{
    return v ? wxString::Format(format, *v) : wxString();
}

wxString MeasuresText(const Measures& m)
{
    wxString out;
    if (m.pain_during || m.pain_after) {
        wxString pain = _("Pain");
        if (m.pain_during)
            pain += wxString::Format(_(" during %d"), *m.pain_during);
        if (m.pain_after)
            pain += wxString::Format(m.pain_during ? _(", after %d") : _(" after %d"), *m.pain_after);
        Join(out, pain + "/10", L"  \u00b7  ");
    }
    Join(out, Number(m.comfort, _("Comfort %d/10")), L"  \u00b7  ");
    if (m.dilator_mm)
        Join(out, wxString::Format(_("Dilator %d mm"), *m.dilator_mm) + Number(m.minutes_held, _(" for %d min")),
             L"  \u00b7  ");
    else
        Join(out, Number(m.minutes_held, _("Held %d min")), L"  \u00b7  ");
    Join(out, Number(m.oxford, _("Modified Oxford %d/5")), L"  \u00b7  ");
    if (m.perfect_power || m.perfect_endurance_s || m.perfect_reps || m.perfect_fast) {
        const auto part = [](const std::optional<int>& v) { return v ? wxString::Format("%d", *v) : wxString("-"); };
        Join(out,
             wxString::Format(_("PERFECT P%s E%ss R%s F%s"), part(m.perfect_power), part(m.perfect_endurance_s),
                              part(m.perfect_reps), part(m.perfect_fast)),
             L"  \u00b7  ");
    }
    Join(out, Number(m.bristol, _("Bristol type %d")), L"  \u00b7  ");
    return out;
}

void Section(wxString& out, const wxString& title, const std::string& text)
{
    if (text.empty())
        return;
    out += title + "\n" + to_wx(text) + "\n\n";
}

} // namespace

wxString NoteHeading(const SessionNote& n)
{
    wxString heading = to_wx(label(n.type)) + ", " + to_wx(to_iso(n.date)) + " " + to_wx(to_iso(n.start));
    if (n.duration_min)
        heading += wxString::Format(_(", %d min"), *n.duration_min);
    if (n.attendance != Attendance::Attended)
        heading += " (" + AttendanceLabel(n.attendance) + ")";
    return heading;
}

wxString NoteStatusText(const SessionNote& n, const ClinicianName& name)
{
    if (!n.is_signed())
        return _("Draft, not signed");
    return wxString::Format(_("Signed by %s, %s"), to_wx(name(n.signed_by.value_or(n.clinician_id))),
                            LocalTime(n.signed_at));
}

wxString SymptomsText(const Symptoms& s)
{
    wxString out;
    const std::pair<bool, wxString> all[] = {{s.bleeding, _("bleeding")},
                                             {s.sharp_pain, _("sharp pain")},
                                             {s.burning, _("burning")},
                                             {s.soreness_over_24h, _("soreness over 24 h")},
                                             {s.worsening, _("worsening")},
                                             {s.distress, _("distress")}};
    for (const auto& [on, text] : all)
        if (on)
            Join(out, text);
    return out;
}

wxString NoteText(const SessionNote& n, const std::vector<Addendum>& addenda, const ClinicianName& name)
{
    wxString out;
    if (n.clinician_id && (!n.signed_by || *n.signed_by != n.clinician_id))
        out += wxString::Format(_("Written by %s"), to_wx(name(n.clinician_id))) + "\n\n";
    Section(out, _("Subjective"), n.subjective);
    Section(out, _("Objective"), n.objective);
    Section(out, _("Assessment"), n.assessment);
    Section(out, _("Plan"), n.plan);
    if (const auto m = MeasuresText(n.measures); !m.empty())
        out += _("Measures") + "\n" + m + "\n\n";
    if (const auto s = SymptomsText(n.symptoms); !s.empty())
        out += _("Symptoms") + "\n" + s + "\n\n";
    if (n.screened) {
        wxString yes;
        for (const auto q : n.screening)
            Join(yes, to_wx(label(q)));
        out += _("Screening") + "\n" + (yes.empty() ? _("Asked; no to all") : _("Asked; yes to: ") + yes) + "\n\n";
    }
    if (n.consent_internal || n.chaperone_offered) {
        wxString consent = n.consent_internal ? _("Consent for internal examination given") : _("No consent for internal examination");
        consent += n.chaperone_offered ? (n.chaperone_present ? _("; chaperone offered and present")
                                                              : _("; chaperone offered, not present"))
                                       : _("; no chaperone offered");
        out += _("Consent") + "\n" + consent + "\n\n";
    }
    Section(out, _("Next steps"), n.next_steps);
    if (!addenda.empty()) {
        out += _("Addenda") + "\n";
        for (const auto& a : addenda)
            out += LocalTime(a.at) + ", " + to_wx(name(a.by)) + ":\n" + to_wx(a.text) + "\n\n";
    }
    out.Trim();
    return out;
}

} // namespace fc::ui
