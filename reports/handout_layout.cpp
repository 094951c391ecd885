#include "reports/handout_layout.h"

#include "reports/chart_layout.h"
#include "reports/page_frame.h"
#include "reports/report_blocks.h"
#include "reports/table_layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace fc::reports {

std::vector<ScheduleWeek> dilator_schedule(const DilatorProgramme& programme, const DilatorSet* set,
                                           const Date& starts_on, int weeks)
{
    std::vector<int> sizes =
        set && !set->sizes_mm.empty() ? set->sizes_mm : std::vector<int>{programme.start_mm, programme.target_mm};
    const auto step_of = [&](int mm) {
        const auto it = std::lower_bound(sizes.begin(), sizes.end(), mm);
        return static_cast<int>(
            std::min<std::ptrdiff_t>(it - sizes.begin(), static_cast<std::ptrdiff_t>(sizes.size()) - 1));
    };
    const int first = step_of(programme.start_mm);
    const int last = std::max(first, step_of(programme.target_mm));
    weeks = std::clamp(weeks, 1, 26);
    std::vector<ScheduleWeek> out;
    for (int w = 0; w < weeks; ++w) {
        ScheduleWeek s;
        s.number = w + 1;
        s.first = starts_on + boost::gregorian::days(7 * w);
        s.last = s.first + boost::gregorian::days(6);
        s.sessions = programme.per_week;
        s.start_mm = sizes[static_cast<std::size_t>(std::min(first + std::max(w - 1, 0), last))];
        s.up_to_mm = sizes[static_cast<std::size_t>(std::min(first + w, last))];
        const double share = weeks == 1 ? 0.0 : static_cast<double>(w) / (weeks - 1);
        s.minutes = programme.minutes_start +
                    static_cast<int>(std::lround((programme.minutes_target - programme.minutes_start) * share));
        out.push_back(s);
    }
    return out;
}

namespace {

void safety_box(PageFlow& flow, const ClinicDetails& clinic)
{
    const auto call = clinic.phone.empty() ? fmt::format("Call {}.", clinic.name)
                                           : fmt::format("Call {} on {}.", clinic.name, clinic.phone);
    notice_box(flow, "Stop and call us if you notice",
               {"\u2022  bleeding", "\u2022  sharp or intense pain", "\u2022  burning",
                "\u2022  pain or soreness that lasts more than 24 hours, or a problem that is getting worse",
                call + " If bleeding is heavy, or you feel unwell or feverish, get urgent medical help."},
               style::alert, style::alert_light);
}

void components_section(PageFlow& flow, const TherapyPlan& plan)
{
    flow.heading("What to do");
    if (plan.components.empty()) {
        flow.paragraph("Your physiotherapist will go through your programme with you.", {}, style::muted);
        return;
    }
    for (const auto& c : plan.components) {
        flow.subheading(std::string(label(c.kind())));
        flow.paragraph(c.instructions.empty() ? default_instructions(c.params) : c.instructions);
    }
}

void schedule_section(PageFlow& flow, const HomeProgrammeData& d)
{
    const auto* programme = dilator_programme(d.plan);
    if (!programme)
        return;
    flow.heading("Your dilator schedule", 80);
    flow.paragraph("Move up one size only when the current one is comfortable. It is fine to stay on a size for "
                   "longer, or to go back down one. Tick a box after each session.");
    Table t{{{"Week", 0.7},
             {"Dates", 1.9},
             {"Sessions", 0.9, Align::Right},
             {"Dilator size", 2.0},
             {"Minutes", 0.9, Align::Right},
             {"Done", 2.2}}};
    t.size = style::body_size - 0.5;
    t.min_row_height = 20;
    const auto* set = d.dilator_set ? &*d.dilator_set : nullptr;
    for (const auto& w : dilator_schedule(*programme, set, d.starts_on, d.weeks)) {
        const auto size = w.up_to_mm > w.start_mm ? fmt::format("{} mm, up to {} mm", w.start_mm, w.up_to_mm)
                                                  : fmt::format("{} mm", w.start_mm);
        TableCell done;
        done.boxes = std::clamp(w.sessions, 1, 7);
        t.rows.push_back({{{std::to_string(w.number)},
                           {fmt::format("{} \u2013 {}", short_date(w.first), long_date(w.last))},
                           {std::to_string(w.sessions)},
                           {size},
                           {std::to_string(w.minutes)},
                           done}});
    }
    place_table(flow, t);
}

void diary_section(PageFlow& flow, const HomeProgrammeData& d)
{
    flow.heading("Your diary", 100);
    flow.paragraph("Write down each session and bring this sheet to your next appointment.");
    Table t{{{"Date", 1.1},
             {"Dilator (mm)", 1},
             {"Minutes", 0.9},
             {"Comfort (0\u201310)", 1.1},
             {"Pain (0\u201310)", 1.05},
             {"Bleeding?", 1},
             {"Notes", 2.6}}};
    t.min_row_height = 22;
    t.column_rules = true;
    int rows = d.diary_rows;
    if (rows <= 0) { // fill the page, or a new one when little is left
        const double header = 2 * style::line_height(t.size) + 2 * style::cell_pad_y;
        if (flow.room() < header + 10 * t.min_row_height)
            flow.new_page();
        rows = static_cast<int>((flow.room() - header - style::paragraph_gap) / t.min_row_height);
    }
    for (int i = 0; i < std::clamp(rows, 1, 60); ++i)
        t.rows.push_back({});
    place_table(flow, t);
}

} // namespace

Document layout_home_programme(const HomeProgrammeData& d, const FontMetrics& metrics)
{
    Document doc;
    doc.size = page_size(d.paper);
    const auto name = full_name(d.patient);
    doc.info = document_info(fmt::format("Home programme \u2013 {}", d.patient.display_name()), d.clinician.name,
                             "Home programme from " + long_date(d.starts_on), d.generated_at);
    const PageFrame frame(metrics, doc.size, frame_text(d.clinic, d.patient, "Home programme", d.generated_at));
    PageFlow flow(doc, metrics, frame.body());

    title_block(flow, "Your home programme", fmt::format("For {}, from {}", name, long_date(d.starts_on)), d.clinic);
    flow.gap(style::paragraph_gap);
    flow.paragraph("This is the programme we agreed at your appointment. Go gently, breathe out slowly and stop if "
                   "anything hurts. Bring this sheet with you next time.");
    safety_box(flow, d.clinic);
    components_section(flow, d.plan);
    schedule_section(flow, d);
    flow.gap(style::section_gap);
    flow.paragraph(fmt::format("Your physiotherapist: {}{}{}", d.clinician.name,
                               d.clinician.profession.empty() ? "" : ", ", d.clinician.profession),
                   {style::body_size, FontStyle::Bold});
    if (!d.clinic.phone.empty())
        flow.paragraph(fmt::format("Questions? Call {} on {}.", d.clinic.name, d.clinic.phone), {}, style::muted);
    diary_section(flow, d);

    frame.decorate(doc);
    return doc;
}

} // namespace fc::reports
