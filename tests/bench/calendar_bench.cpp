// The clinic calendar for a busy clinic: 5 clinicians with 30 appointments each a day, every day
// of a week (1,050 appointments, some overlapping, some cancelled, missed or attended). Measured:
// the week of all five laid out (lanes and boxes), laid out and painted into a bitmap through the
// grid's own paint code (the whole day, and a screenful), the day of all five painted, the page's
// reload (the appointments with their patients' names in one query, the blocks' text), and the
// page shown on screen after a reload. Needs a display: run it under xvfb-run
// (CALENDAR_BENCH_PNG=PREFIX saves what was painted as PREFIX-BENCHMARK.png, to look at).
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/bench/floorchart_calendar_bench
#include "services/appointments.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "support/temp_dir.h"
#include "ui/calendar_grid.h"
#include "ui/calendar_layout.h"
#include "ui/calendar_page.h"
#include "ui/calendar_paint.h"
#include "ui/clinic_session.h"
#include "ui/forms.h"

#include <benchmark/benchmark.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/init.h>
#include <wx/sizer.h>

#include <cstdio>
#include <memory>
#include <string>

namespace {

using boost::gregorian::days;

constexpr int clinician_count = 5;
constexpr int per_day = 30;
const fc::Date monday(2026, 11, 23);
const char* const family[] = {"Nakamura", "Ødegaard", "Okafor", "Lindqvist", "Abernathy", "Moreau", "Kowalski",
                              "Fitzgerald", "Haddad", "Papadopoulos", "Ngata", "Castellanos"};
const char* const given[] = {"Yui", "Ingrid", "Chidi", "Maja", "Siobhán", "Camille", "Agnieszka", "Nora", "Leila",
                             "Eleni", "Aroha", "Lucía", "Priya"};
const char* const types[] = {"initial", "follow-up", "follow-up", "review", "follow-up", "discharge"};

// A clinic file with the week booked, and a main-window-like page on it.
struct BenchClinic {
    fc::test::TempDir dir;
    std::unique_ptr<fc::ui::ClinicSession> session;
    wxFrame* frame = nullptr;
    fc::ui::CalendarPage* page = nullptr;

    BenchClinic()
    {
        auto clinic = std::make_unique<fc::Clinic>(dir.file("calendar.floorchart"));
        clinic->set_today([] { return monday; });
        fc::ClinicianDirectory directory(*clinic);
        std::vector<std::int64_t> clinicians;
        fc::Actor actor;
        for (int c = 0; c < clinician_count; ++c) {
            const auto added = directory.add(fc::ClinicianForm{"Clinician " + std::to_string(c + 1), "", ""},
                                             c == 0 ? fc::Actor::nobody() : actor);
            clinicians.push_back(added.id);
            if (c == 0)
                actor = fc::Actor{added.id, added.name};
        }
        // A patient for each appointment of a day (each is seen about once a week).
        fc::PatientRecords records(*clinic, actor);
        std::vector<std::int64_t> patients;
        for (int i = 0; i < clinician_count * per_day; ++i) {
            fc::PatientForm p;
            p.family = family[i % std::size(family)];
            p.given = std::string(given[(i / std::size(family)) % std::size(given)]) + " " + std::to_string(i);
            p.dob = "1980-01-01";
            patients.push_back(records.add(p).id);
        }
        // Every 20 minutes from 08:00, lasting 15 to 45 minutes: some overlap, as a busy diary does.
        fc::Appointments diary(*clinic, actor);
        const int durations[] = {20, 15, 30, 45, 20, 20};
        for (int d = 0; d < 7; ++d)
            for (int c = 0; c < clinician_count; ++c)
                for (int i = 0; i < per_day; ++i) {
                    fc::AppointmentForm f;
                    f.date = fc::to_iso(monday + days(d));
                    const int start = 8 * 60 + i * 20;
                    f.time = fc::to_iso(fc::TimeOfDay{start});
                    f.duration = std::to_string(durations[(i + c + d) % 6]);
                    f.type = types[(i + d) % std::size(types)];
                    f.clinician = std::to_string(clinicians[static_cast<std::size_t>(c)]);
                    f.room = "Room " + std::to_string(c + 1);
                    const auto patient = patients[static_cast<std::size_t>((c * per_day + i + d * 7) %
                                                                            static_cast<int>(patients.size()))];
                    const auto id = diary.book(patient, f).appointments.at(0).id;
                    if (d == 0 && i % 9 == 0)
                        diary.set_status(id, fc::AppointmentStatus::Cancelled, "Patient unwell");
                    else if (d == 0 && i % 7 == 0)
                        diary.set_status(id, fc::AppointmentStatus::DidNotAttend, "");
                    else if (d == 0 && i < 6)
                        diary.set_status(id, fc::AppointmentStatus::Attended, "");
                }
        session = std::make_unique<fc::ui::ClinicSession>(std::move(clinic), actor);
        frame = new wxFrame(nullptr, wxID_ANY, "bench", wxPoint(0, 0), wxSize(1240, 780));
        page = new fc::ui::CalendarPage(frame, *session, [](std::int64_t) {}, [] {});
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(page, wxSizerFlags(1).Expand());
        frame->SetSizer(sizer);
        frame->Show();
        frame->Layout();
        wxTheApp->Yield();
        page->SetClinician(std::nullopt);
        page->ShowDate(monday);
        page->SetMode(fc::ui::CalendarPage::Mode::Week);
        wxTheApp->Yield();
    }
};

BenchClinic& bench_clinic()
{
    static BenchClinic c;
    return c;
}

void Week()
{
    auto& c = bench_clinic();
    c.page->SetMode(fc::ui::CalendarPage::Mode::Week);
}

fc::ui::CalendarPicture PictureOf(const fc::ui::CalendarGrid& grid, const fc::ui::CalendarLayout& layout)
{
    fc::ui::CalendarPicture p;
    p.layout = &layout;
    p.appointments = &grid.Content().appointments;
    p.texts = &grid.Content().texts;
    p.titles = grid.Content().titles;
    p.subtitles = grid.Content().subtitles;
    p.today = grid.Content().today;
    p.now_minute = 11 * 60 + 20;
    return p;
}

fc::ui::CalendarLayout LayOut(const fc::ui::CalendarGrid& grid, const fc::ui::CalendarLook& look, int width)
{
    const auto& content = grid.Content();
    return fc::ui::CalendarLayout(content.columns, content.appointments,
                                  fc::ui::shown_hours(content.columns, content.appointments), look.Metrics(), width);
}

constexpr int bitmap_width = 1200;

void calendar_week_layout(benchmark::State& state)
{
    Week();
    auto& grid = bench_clinic().page->grid();
    const auto look = fc::ui::CalendarLook::Of(grid);
    std::size_t placed = 0;
    for (auto _ : state)
        placed = LayOut(grid, look, bitmap_width).placed().size();
    state.counters["appointments"] = static_cast<double>(placed);
}
BENCHMARK(calendar_week_layout)->Unit(benchmark::kMillisecond);

// Laid out and painted, the whole day (every row) or one screenful, into a bitmap.
void paint(benchmark::State& state, bool whole_day, const char* name)
{
    auto& grid = bench_clinic().page->grid();
    const auto look = fc::ui::CalendarLook::Of(grid);
    const int height = whole_day ? LayOut(grid, look, bitmap_width).height() : 600;
    wxBitmap bitmap(bitmap_width, height);
    for (auto _ : state) {
        wxMemoryDC dc(bitmap);
        const auto layout = LayOut(grid, look, bitmap_width);
        fc::ui::PaintCalendar(dc, look, PictureOf(grid, layout), whole_day ? 0 : layout.y_of(10 * 60) - 40,
                              wxSize(bitmap_width, height));
        dc.SelectObject(wxNullBitmap); // the drawing lands in the bitmap
    }
    state.counters["appointments"] = static_cast<double>(grid.Content().appointments.size());
    state.counters["height_px"] = height;
    if (const char* prefix = std::getenv("CALENDAR_BENCH_PNG")) // to look at what was timed
        bitmap.SaveFile(wxString(prefix) + "-" + name + ".png", wxBITMAP_TYPE_PNG);
}

void calendar_week_paint_whole_day(benchmark::State& state)
{
    Week();
    paint(state, true, "week-whole-day");
}
BENCHMARK(calendar_week_paint_whole_day)->Unit(benchmark::kMillisecond);

void calendar_week_paint_screenful(benchmark::State& state)
{
    Week();
    paint(state, false, "week-screenful");
}
BENCHMARK(calendar_week_paint_screenful)->Unit(benchmark::kMillisecond);

void calendar_day_paint_whole_day(benchmark::State& state)
{
    bench_clinic().page->SetMode(fc::ui::CalendarPage::Mode::Day);
    paint(state, true, "day-whole-day");
    Week();
}
BENCHMARK(calendar_day_paint_whole_day)->Unit(benchmark::kMillisecond);

// The page's reload: the week's appointments with the patients' names (one query), the blocks'
// text, layout.
void calendar_week_reload(benchmark::State& state)
{
    Week();
    auto& c = bench_clinic();
    for (auto _ : state)
        c.page->Reload();
    state.counters["appointments"] = static_cast<double>(c.page->Shown().size());
}
BENCHMARK(calendar_week_reload)->Unit(benchmark::kMillisecond);

// Reload and the paint on screen that follows it (GTK paints on its next frame).
void calendar_week_shown(benchmark::State& state)
{
    Week();
    auto& c = bench_clinic();
    auto& grid = c.page->grid();
    int paints = 0;
    grid.Bind(wxEVT_PAINT, [&paints](wxPaintEvent& event) {
        ++paints;
        event.Skip(); // on to the grid's own painting
    });
    for (auto _ : state) {
        const int before = paints;
        c.page->Reload();
        while (paints == before)
            wxTheApp->Yield();
    }
    state.counters["grid_height_px"] = grid.GetClientSize().y;
}
BENCHMARK(calendar_week_shown)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    wxApp::SetInstance(new wxApp());
    if (!wxEntryStart(argc, argv))
        return 1;
    wxInitAllImageHandlers();
    fc::ui::LoadForms();
    bench_clinic(); // made before timing starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench_clinic().frame->Destroy();
    wxTheApp->Yield();
    wxEntryCleanup();
    return 0;
}
