#include "reports/progress_report_layout.h"

#include "reports/adherence_chart.h"
#include "reports/chart_layout.h"
#include "reports/page_frame.h"
#include "reports/report_blocks.h"
#include "reports/table_layout.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc::reports {

namespace {

bool in_period(const ProgressReportData& d, const Date& on)
{
    return !on.is_special() && on >= d.from && on <= d.to;
}

void patient_section(PageFlow& flow, const ProgressReportData& d)
{
    const auto& p = d.patient;
    flow.heading("Patient");
    std::string referrer = p.referrer_name;
    if (!p.referrer_practice.empty())
        referrer += (referrer.empty() ? "" : ", ") + p.referrer_practice;
    std::string dob = date_text(p.dob);
    if (!p.dob.is_special() && !d.generated_at.date.is_special() && p.dob <= d.generated_at.date)
        dob += fmt::format(" (age {})", age_on(p.dob, d.generated_at.date));
    field_block(flow, {{"Name", p.display_name()}}, 1);
    field_block(flow, {{"Date of birth", dob},
                       {"Referred by", referrer},
                       {"MRN", p.mrn},
                       {"GP", p.gp},
                       {"Sex", p.sex == Sex::Unknown ? std::string() : capitalised(to_string(p.sex))}});
}

void conditions_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Conditions and precautions");
    flow.subheading("Conditions treated");
    std::vector<std::string> conditions;
    for (const auto& c : d.conditions) {
        auto line = c.code.empty() ? c.label : fmt::format("{} {}", c.code, c.label);
        if (c.onset)
            line += fmt::format(" (onset {})", date_text(c.onset));
        conditions.push_back(std::move(line));
    }
    if (conditions.empty())
        flow.paragraph("No conditions recorded.", {}, style::muted);
    bullet_list(flow, conditions);

    flow.subheading("Precautions");
    if (d.precautions.empty()) {
        flow.paragraph("No precautions recorded.", {}, style::muted);
        return;
    }
    Table t{{{"Precaution", 3}, {"Noted", 1.2}, {"Status", 3}}};
    for (const auto& p : d.precautions) {
        std::string what(label(p.kind));
        if (!p.detail.empty())
            what += ": " + p.detail;
        TableRow row{{{what}, {date_text(p.noted_on)}, {}}};
        if (p.cleared_on)
            row.cells[2] = {
                fmt::format("Cleared {}{}", date_text(p.cleared_on), p.cleared_by.empty() ? "" : " by " + p.cleared_by),
                FontStyle::Regular, style::good};
        else
            row.cells[2] = {"Open, not cleared by a medical practitioner", FontStyle::Bold, style::alert};
        t.rows.push_back(std::move(row));
    }
    place_table(flow, t);
}

void plan_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Plan and goals");
    if (!d.plan) {
        flow.paragraph("No therapy plan was in force in this period.", {}, style::muted);
        return;
    }
    const auto& plan = d.plan->plan;
    auto status = capitalised(to_string(plan.status));
    if (plan.status == PlanStatus::Stopped && !plan.stop_reason.empty())
        status += ": " + plan.stop_reason;
    std::string treats;
    for (const auto& c : plan.conditions)
        treats += (treats.empty() ? "" : "; ") + c;
    field_block(flow, {{"Plan", plan.title},
                       {"Status", status},
                       {"Started", date_text(plan.start_on)},
                       {"Review", date_text(plan.review_on)},
                       {"Treats", treats},
                       {"Version", fmt::format("{} (from {})", d.plan->number, date_text(d.plan->effective_on))}});
    flow.subheading("Goals");
    if (plan.goals.empty()) {
        flow.paragraph("No goals recorded.", {}, style::muted);
    } else {
        Table goals{{{"Goal", 5}, {"Target date", 1.3}, {"Status", 1.3}}};
        for (const auto& g : plan.goals)
            goals.rows.push_back(
                {{{g.text},
                  {date_text(g.target_on)},
                  g.achieved ? TableCell{"Achieved", FontStyle::Bold, style::good} : TableCell{"In progress"}}});
        place_table(flow, goals);
    }
    flow.subheading("Components");
    if (plan.components.empty()) {
        flow.paragraph("No components recorded.", {}, style::muted);
        return;
    }
    Table parts{{{"Component", 1.4}, {"Dose", 4}}};
    for (const auto& c : plan.components)
        parts.rows.push_back({{{std::string(label(c.kind())), FontStyle::Bold}, {component_dose(c.params)}}});
    place_table(flow, parts);
}

std::string type_text(const SessionNote& n)
{
    std::string s(label(n.type));
    if (n.attendance == Attendance::Cancelled)
        s += " (cancelled)";
    else if (n.attendance == Attendance::DidNotAttend)
        s += " (did not attend)";
    if (!n.is_signed())
        s += " (draft)";
    return s;
}

void sessions_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Sessions");
    std::vector<const SessionNote*> notes;
    for (const auto& n : d.notes)
        if (in_period(d, n.date))
            notes.push_back(&n);
    std::stable_sort(notes.begin(), notes.end(),
                     [](auto* a, auto* b) { return a->date != b->date ? a->date < b->date : a->start < b->start; });
    if (notes.empty()) {
        flow.paragraph("No sessions in this period.", {style::body_size, FontStyle::Bold}, style::muted);
        return;
    }
    Table t{{{"Date", 1.25},
             {"Type", 1.9},
             {"Dilator", 0.95, Align::Right},
             {"Minutes", 0.9, Align::Right},
             {"Pain during", 0.9, Align::Right},
             {"Pain after", 0.9, Align::Right},
             {"Comfort", 0.9, Align::Right},
             {"Clinician", 2.1}}};
    for (const auto* n : notes) {
        const auto& m = n->measures;
        TableRow row{{{date_text(n->date)},
                      {type_text(*n)},
                      {value_text(m.dilator_mm, "mm")},
                      {value_text(m.minutes_held)},
                      {value_text(m.pain_during)},
                      {value_text(m.pain_after)},
                      {value_text(m.comfort)},
                      {clinician_name(d.clinicians, n->clinician_id)}}};
        if (n->attendance != Attendance::Attended || !n->is_signed())
            for (auto& c : row.cells)
                c.color = style::muted;
        for (const std::size_t pain : {4u, 5u})
            if (const auto& v = pain == 4 ? m.pain_during : m.pain_after; v && *v >= 7)
                row.cells[pain] = {row.cells[pain].text, FontStyle::Bold, style::alert};
        t.rows.push_back(std::move(row));
    }
    place_table(flow, t);
    const auto home = std::count_if(d.home_log.begin(), d.home_log.end(),
                                    [&](const HomeLogEntry& e) { return in_period(d, e.date); });
    flow.paragraph(fmt::format("{} clinic session{} listed; {} home session{} logged by the patient in the period. "
                               "Only signed notes of attended sessions count towards progress.",
                               notes.size(), notes.size() == 1 ? "" : "s", home, home == 1 ? "" : "s"),
                   {style::small_size + 0.5}, style::muted);
}

ChartSeries series(const Series& points, std::string label, Color color)
{
    ChartSeries s{std::move(label), {}, color};
    for (const auto& p : points)
        s.points.push_back({p.date, p.value, p.source == PointSource::HomeLog});
    return s;
}

void charts_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Progress charts", 150);
    const auto& p = d.progress;
    const bool any =
        std::any_of(p.dilator_mm.begin(), p.dilator_mm.end(), [&](auto& s) { return in_period(d, s.date); }) ||
        std::any_of(p.minutes_held.begin(), p.minutes_held.end(), [&](auto& s) { return in_period(d, s.date); }) ||
        std::any_of(p.pain_during.begin(), p.pain_during.end(), [&](auto& s) { return in_period(d, s.date); }) ||
        std::any_of(p.pain_after.begin(), p.pain_after.end(), [&](auto& s) { return in_period(d, s.date); });
    if (!any) {
        flow.paragraph("No measurements in this period: no sessions in this period recorded a dilator size, minutes "
                       "held or pain.",
                       {}, style::muted);
        return;
    }
    const DilatorProgramme* programme = d.plan ? dilator_programme(d.plan->plan) : nullptr;
    const double height = std::clamp(flow.body().height() / 5.2, 105.0, 150.0);

    ChartSpec size{"Dilator size (mm)", d.from, d.to, {series(p.dilator_mm, "size", style::series_1)}};
    if (programme && programme->target_mm > 0) {
        size.target = programme->target_mm;
        size.target_label = fmt::format("target {} mm", programme->target_mm);
    }
    place_chart(flow, size, height);

    ChartSpec minutes{"Minutes held", d.from, d.to, {series(p.minutes_held, "minutes", style::series_1)}};
    minutes.min = 0;
    if (programme && programme->minutes_target > 0) {
        minutes.target = programme->minutes_target;
        minutes.target_label = fmt::format("target {} min", programme->minutes_target);
    }
    place_chart(flow, minutes, height);

    ChartSpec pain{"Pain (NRS 0\u201310)",
                   d.from,
                   d.to,
                   {series(p.pain_during, "during", style::series_1), series(p.pain_after, "after", style::series_2)}};
    pain.min = 0;
    pain.max = 10;
    place_chart(flow, pain, height);
}

void adherence_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Adherence", 120);
    const auto& a = d.adherence;
    if (a.weeks.empty() || a.sessions_done == 0) {
        std::string text = "No sessions in this period, at the clinic or at home.";
        if (a.percent)
            text += fmt::format(" The dilator programme's target was {} session{} in the period.", a.sessions_target,
                                a.sessions_target == 1 ? "" : "s");
        flow.paragraph(text, {}, style::muted);
        return;
    }
    int clinic = 0, home = 0;
    for (const auto& w : a.weeks)
        clinic += w.notes, home += w.home_sessions;
    const auto with_target =
        std::count_if(a.weeks.begin(), a.weeks.end(), [](auto& w) { return w.target.has_value(); });
    std::string text =
        fmt::format("{} session{} over {} week{} ({} at the clinic, {} at home).", a.sessions_done,
                    a.sessions_done == 1 ? "" : "s", a.weeks.size(), a.weeks.size() == 1 ? "" : "s", clinic, home);
    if (a.percent)
        text += fmt::format(" Against the dilator programme's target of {} session{} in the {} week{} that had one: "
                            "{} done, {:.0f}%.",
                            a.sessions_target, a.sessions_target == 1 ? "" : "s", with_target,
                            with_target == 1 ? "" : "s", a.sessions_counted, *a.percent);
    else
        text += " No dilator programme target was in force in this period.";
    flow.paragraph(text);
    place_adherence_chart(flow, a, std::clamp(flow.body().height() / 6, 90.0, 130.0));
}

void flags_section(PageFlow& flow, const ProgressReportData& d)
{
    flow.heading("Red flags");
    if (d.flags.empty()) {
        flow.paragraph("No red flags were raised in this period.", {}, style::muted);
        return;
    }
    Table t{{{"Date", 1.1}, {"Flag", 3}, {"Severity", 1}, {"Status", 1.2}, {"How it was dealt with", 3.6}}};
    for (const auto& f : d.flags) {
        std::string what = f.rule;
        if (!f.message.empty())
            what += (what.empty() ? "" : ": ") + f.message;
        std::string dealt = f.action;
        if (!f.note.empty())
            dealt += (dealt.empty() ? "" : "\n") + f.note;
        if (!f.by.empty() || !f.at.empty())
            dealt += (dealt.empty() ? "" : "\n") +
                     fmt::format("{}{}{}", f.by, f.by.empty() || f.at.empty() ? "" : ", ", instant_text(f.at));
        const bool open = f.status == "open" || f.status.empty();
        t.rows.push_back({{{date_text(f.date)},
                           {what},
                           {f.severity},
                           {f.status.empty() ? "open" : f.status, FontStyle::Bold, open ? style::alert : style::good},
                           {dealt.empty() ? "Not yet acknowledged" : dealt}},
                          open ? std::optional<Color>(style::alert_light) : std::nullopt});
    }
    place_table(flow, t);
}

// The summary and the signature block, kept on one page when the summary is short enough.
void summary_and_signature(PageFlow& flow, const ProgressReportData& d)
{
    const Font font{style::body_size};
    const auto lines = wrap_text(flow.metrics(), d.summary.empty() ? " " : d.summary, font, flow.body().width());
    const double together = style::section_gap + style::line_height(style::heading_size) + 8 +
                            static_cast<double>(lines.size()) * style::line_height(font.size) + 130;
    if (together < flow.body().height() / 2)
        flow.ensure(together);
    flow.heading("Clinician's summary");
    if (d.summary.empty())
        flow.paragraph("No summary was written for this report.", {}, style::muted);
    else
        flow.lines(lines, font);
    signature_block(flow, d.signed_by, d.generated_at.date);
}

} // namespace

Document layout_progress_report(const ProgressReportData& d, const FontMetrics& metrics)
{
    Document doc;
    doc.size = page_size(d.paper);
    const auto period = fmt::format("{} to {}", long_date(d.from), long_date(d.to));
    doc.info = document_info(fmt::format("Progress report \u2013 {}", d.patient.display_name()), d.signed_by.name,
                             "Pelvic health physiotherapy progress report, " + period, d.generated_at);
    const PageFrame frame(metrics, doc.size, frame_text(d.clinic, d.patient, "Progress report", d.generated_at));
    PageFlow flow(doc, metrics, frame.body());

    title_block(flow, "Progress report", period, d.clinic);
    patient_section(flow, d);
    conditions_section(flow, d);
    plan_section(flow, d);
    sessions_section(flow, d);
    charts_section(flow, d);
    adherence_section(flow, d);
    flags_section(flow, d);
    summary_and_signature(flow, d);

    frame.decorate(doc);
    return doc;
}

} // namespace fc::reports
