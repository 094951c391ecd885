// The record's Overview for a patient with 300 signed notes and 300 home-log entries over two
// years: loading what it shows (plans, notes, home log, progress series, adherence), drawing its
// three charts into a 1000 x 700 image with wxGraphicsContext, and the whole tab shown on screen
// (load, summary, layout and the charts painted). Needs a display: run it under xvfb-run.
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/bench/floorchart_overview_bench
#include "core/progress.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/home_log_book.h"
#include "services/patient_records.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
#include "support/temp_dir.h"
#include "ui/forms.h"
#include "ui/overview_tab.h"
#include "ui/primitive_painter.h"
#include "ui/progress_chart.h"
#include "ui/progress_chart_layout.h"

#include <benchmark/benchmark.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/init.h>

#include <memory>
#include <string>

namespace {

using boost::gregorian::days;

constexpr int note_count = 300;
const fc::Date today(2026, 11, 25);
const fc::Date start = today - days(2 * 365);

// A clinic file with one patient on a dilator programme and 300 signed notes, each with a home
// session two days later, the size going up one step every 40 sessions.
struct BenchClinic {
    fc::test::TempDir dir;
    fc::Date clinic_today = start;
    fc::Clinic clinic{dir.file("overview.floorchart")};
    fc::Actor actor;
    std::int64_t patient = 0;
    std::optional<fc::PatientRecord> record;

    BenchClinic()
    {
        clinic.set_today([this] { return clinic_today; });
        const auto c = fc::ClinicianDirectory(clinic).add(fc::ClinicianForm{"Harriet Ashdown", "", ""},
                                                          fc::Actor::nobody());
        actor = fc::Actor{c.id, c.name};
        fc::PatientForm p;
        p.family = "Ødegaard";
        p.given = "Ingrid";
        p.dob = "1984-02-29";
        patient = fc::PatientRecords(clinic, actor).add(p).id;

        fc::TherapyPlans plans(clinic, actor);
        const auto plan = plans.add(patient, fc::PlanForm{.title = "Chronic fissure: graded dilators",
                                                          .start = fc::to_iso(start),
                                                          .review = fc::to_iso(start + days(700))});
        fc::ComponentForm dilator;
        dilator.kind = "dilator";
        dilator.start_mm = "10";
        dilator.target_mm = "28";
        plans.add_component(plan.id, dilator, {});
        clinic_today = today;

        const int sizes[] = {10, 13, 16, 19, 22, 25, 28, 28};
        fc::SessionNotes notes(clinic, actor);
        fc::HomeLogBook home(clinic, actor);
        for (int i = 0; i < note_count; ++i) {
            const fc::Date on = start + days(i * 727 / note_count);
            fc::NoteForm f;
            f.date = fc::to_iso(on);
            f.start = "09:30";
            f.duration = "45";
            f.measures.dilator_mm = std::to_string(sizes[i / 40]);
            f.measures.minutes_held = std::to_string(5 + i % 11);
            f.measures.pain_during = std::to_string(3 - i / 100);
            f.measures.pain_after = std::to_string(2 - i / 150);
            notes.sign(notes.add_draft(patient, f).id);
            fc::HomeLogForm h;
            h.date = fc::to_iso(std::min(on + days(1), today));
            h.dilator_mm = f.measures.dilator_mm;
            h.minutes = std::to_string(6 + i % 9);
            h.pain = std::to_string(2 - i / 150);
            home.add(patient, h);
        }
        record = fc::PatientRecords(clinic, actor).open(patient);
    }
};

BenchClinic& bench_clinic()
{
    static BenchClinic c;
    return c;
}

struct Loaded {
    fc::ProgressSeries progress;
    fc::Adherence adherence;
    std::optional<fc::PlanVersion> active;
};

Loaded load()
{
    auto& c = bench_clinic();
    fc::TherapyPlans plans(c.clinic, c.actor);
    const auto episodes = plans.for_patient(c.patient);
    Loaded out;
    out.active = plans.active_plan(c.patient);
    const auto catalogue = plans.catalogue();
    const auto notes = fc::SessionNotes(c.clinic, c.actor).for_patient(c.patient);
    const auto home_log = fc::HomeLogBook(c.clinic, c.actor).for_patient(c.patient);
    std::vector<fc::PlanVersion> versions;
    for (const auto& e : episodes)
        versions.insert(versions.end(), e.plan_versions.begin(), e.plan_versions.end());
    out.progress = fc::progress_series(notes, home_log, versions, catalogue);
    const auto monday = fc::monday_of(today);
    out.adherence = fc::adherence(notes, home_log, versions, monday - days(28), monday - days(1));
    return out;
}

void overview_load(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(load());
    state.counters["points"] = static_cast<double>(load().progress.dilator_mm.size());
}
BENCHMARK(overview_load)->Unit(benchmark::kMillisecond);

std::vector<fc::reports::ChartSpec> charts(const Loaded& loaded)
{
    namespace style = fc::reports::style;
    const auto period = fc::ui::chart_period(loaded.progress, loaded.active->plan.start_on, today);
    fc::reports::ChartSpec size{"Dilator size (mm)", period.from, period.to};
    size.series.push_back(fc::ui::chart_series(loaded.progress.dilator_mm, "size", style::series_1));
    size.target = 28;
    size.target_label = "target 28 mm";
    fc::reports::ChartSpec minutes{"Minutes held", period.from, period.to};
    minutes.series.push_back(fc::ui::chart_series(loaded.progress.minutes_held, "minutes", style::series_1));
    minutes.min = 0;
    minutes.target = 15;
    minutes.target_label = "target 15 min";
    fc::reports::ChartSpec pain{"Pain (NRS 0-10)", period.from, period.to};
    pain.series.push_back(fc::ui::chart_series(loaded.progress.pain_during, "during", style::series_1));
    pain.series.push_back(fc::ui::chart_series(loaded.progress.pain_after, "after", style::series_2));
    pain.min = 0;
    pain.max = 10;
    return {size, minutes, pain};
}

// Layout and painting of the three charts, each 1000 x 233 px, into one image.
void overview_draw_charts(benchmark::State& state)
{
    const auto specs = charts(load());
    auto* frame = new wxFrame(nullptr, wxID_ANY, "bench");
    const auto look = fc::ui::ChartLook::Of(*frame);
    wxImage image(1000, 700);
    for (auto _ : state) {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        for (std::size_t i = 0; i < specs.size(); ++i) {
            gc->PushState();
            gc->Translate(0, 233.0 * static_cast<double>(i));
            fc::ui::DrawProgressChart(*gc, look, specs[i], "No signed sessions yet", wxSize(1000, 233));
            gc->PopState();
        }
        gc.reset(); // the drawing lands in the image
        benchmark::DoNotOptimize(image.GetData());
    }
    frame->Destroy();
}
BENCHMARK(overview_draw_charts)->Unit(benchmark::kMillisecond);

// What drawing into an image costs before anything is drawn: the context, and the pixels copied
// back into the image when it is gone.
void overview_image_alone(benchmark::State& state)
{
    wxImage image(1000, 700);
    for (auto _ : state) {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        gc.reset();
        benchmark::DoNotOptimize(image.GetData());
    }
}
BENCHMARK(overview_image_alone)->Unit(benchmark::kMillisecond);

// Layout alone: the three charts' display lists, text measured with a fresh context each time.
void overview_layout_charts(benchmark::State& state)
{
    const auto specs = charts(load());
    auto* frame = new wxFrame(nullptr, wxID_ANY, "bench");
    const auto look = fc::ui::ChartLook::Of(*frame);
    wxImage image(1000, 700);
    std::size_t items = 0;
    for (auto _ : state) {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        const fc::ui::GraphicsFontMetrics metrics(*gc, look.font, look.scale);
        items = 0;
        for (const auto& spec : specs)
            items += fc::ui::chart_card(metrics, spec, "", {0, 0, 1000 / look.scale, 233 / look.scale}).size();
    }
    state.counters["primitives"] = static_cast<double>(items);
    frame->Destroy();
}
BENCHMARK(overview_layout_charts)->Unit(benchmark::kMillisecond);

// The tab itself in a 1000 x 900 window: ShowRecord (load, summary, layout) and the paint of the
// charts it invalidated.
void overview_tab_shown(benchmark::State& state)
{
    auto& c = bench_clinic();
    auto* frame = new wxFrame(nullptr, wxID_ANY, "bench", wxPoint(0, 0), wxSize(1000, 900));
    auto* tab = new fc::ui::OverviewTab(frame);
    frame->Show();
    wxTheApp->Yield();
    const fc::ui::RecordView view{*c.record, today, [](std::int64_t) { return std::string("Harriet Ashdown"); },
                                  &c.clinic, c.actor, [] {}};
    int paints = 0;
    for (const char* name : {"dilator_chart", "minutes_chart", "pain_chart"})
        tab->FindWindow(name)->Bind(wxEVT_PAINT, [&paints](wxPaintEvent& event) {
            ++paints;
            event.Skip(); // on to the chart's own painting
        });
    for (auto _ : state) {
        const int before = paints;
        tab->ShowRecord(view);
        while (paints < before + 3) // GTK paints on its next frame
            wxTheApp->Yield();
    }
    state.counters["paints_per_show"] = static_cast<double>(paints) / static_cast<double>(state.iterations());
    frame->Destroy();
    wxTheApp->Yield();
}
BENCHMARK(overview_tab_shown)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    wxApp::SetInstance(new wxApp());
    if (!wxEntryStart(argc, argv))
        return 1;
    fc::ui::LoadForms();
    bench_clinic(); // made before timing starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    wxEntryCleanup();
    return 0;
}
