// The Overview tab of a patient's record: the plan in brief, the key numbers and the progress
// charts, from notes, home sessions and a plan saved through the services; the charts moving when
// one more note is signed; the empty states; and the pieces the charts are drawn with (the card
// layout, the wx painter's dashes and theme colours).
#include "dialog_driver.h"
#include "patient_window.h"
#include "reports/report_style.h"
#include "services/home_log_book.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
#include "ui/patient_workspace.h"
#include "ui/primitive_painter.h"
#include "ui/progress_chart.h"
#include "ui/progress_chart_layout.h"
#include "ui/progress_charts.h"

#include <wx/frame.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/stattext.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <memory>

namespace fc::ui::test {
namespace {

using boost::gregorian::days;

class OverviewTabTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
        id_ = patients_.at(0).id;
    }
    void TearDown() override
    {
        clinic_.reset();
        PatientWindowTest::TearDown();
    }

    // The clinic through a connection of its own, as the clinician.
    Clinic& Saving()
    {
        if (!clinic_) {
            clinic_.emplace(path_, false);
            clinic_->set_today([this] { return today_; });
        }
        return *clinic_;
    }

    // "Fissure recovery", made on 2026-10-01 and starting then: Standard 8 dilators from 13 to 25
    // mm, 3 sessions a week.
    void AddDilatorPlan()
    {
        today_ = Date(2026, 10, 1);
        TherapyPlans plans(Saving(), clinician_);
        PlanForm plan{.title = "Fissure recovery", .start = "2026-10-01", .review = "2026-12-15"};
        plan.goals.push_back({"Comfortable with 25 mm for 15 minutes", "2027-01-31", false});
        const auto e = plans.add(id_, plan);
        ComponentForm c;
        c.kind = "dilator";
        c.start_mm = "13";
        c.target_mm = "25";
        c.per_week = "3";
        plans.add_component(e.id, c, {});
        today_ = pinned_today;
    }

    void Sign(const std::string& date, int mm, int minutes, int pain_during, std::optional<int> pain_after = {})
    {
        SessionNotes notes(Saving(), clinician_);
        NoteForm f;
        f.date = date;
        f.start = "09:30";
        f.duration = "45";
        f.measures.dilator_mm = std::to_string(mm);
        f.measures.minutes_held = std::to_string(minutes);
        f.measures.pain_during = std::to_string(pain_during);
        if (pain_after)
            f.measures.pain_after = std::to_string(*pain_after);
        notes.sign(notes.add_draft(id_, f).id);
    }

    void LogHome(const std::string& date, int mm, int minutes, int pain)
    {
        HomeLogForm f;
        f.date = date;
        f.dilator_mm = std::to_string(mm);
        f.minutes = std::to_string(minutes);
        f.pain = std::to_string(pain);
        HomeLogBook(Saving(), clinician_).add(id_, f);
    }

    // Opens the patient's record (as saved now) on its Overview tab.
    void ShowOverview()
    {
        Workspace().Open(id_);
        ASSERT_TRUE(ChooseTab("overview_tab"));
    }

    ProgressChart& Chart(const char* name) const
    {
        auto* chart = dynamic_cast<ProgressChart*>(frame_->FindWindow(name));
        EXPECT_NE(chart, nullptr) << name;
        return *chart;
    }

    wxString Text(const char* name) const
    {
        auto* label = dynamic_cast<wxStaticText*>(frame_->FindWindow(name));
        EXPECT_NE(label, nullptr) << name;
        if (!label || !label->IsShown())
            return {};
        wxString text = label->GetLabelText();
        text.Replace("\n", " ");
        return text;
    }

    std::int64_t id_ = 0;

private:
    std::optional<Clinic> clinic_;
    Date today_ = pinned_today; // the saving connection's
};

// The home sessions among a chart's points.
std::size_t HomePoints(const reports::ChartSpec& chart)
{
    std::size_t n = 0;
    for (const auto& s : chart.series)
        for (const auto& p : s.points)
            n += p.home ? 1 : 0;
    return n;
}

TEST_F(OverviewTabTest, ShowsThePlanTheNumbersAndTheChartsAndTheChartsMoveWhenANoteIsSigned)
{
    AddDilatorPlan();
    Sign("2026-10-27", 13, 5, 3, 2);
    Sign("2026-11-03", 13, 8, 2, 1);
    Sign("2026-11-10", 16, 10, 3);
    LogHome("2026-11-05", 13, 10, 2);
    LogHome("2026-11-12", 16, 10, 2);
    ShowOverview();

    EXPECT_EQ(Text("plan_title"), "Fissure recovery");
    EXPECT_EQ(Text("plan_status"), "Active");
    EXPECT_TRUE(Text("plan_dates").Contains("2026-10-01")) << Text("plan_dates");
    EXPECT_TRUE(Text("plan_dates").Contains("2026-12-15")) << Text("plan_dates");
    const auto components = Text("plan_components");
    EXPECT_TRUE(components.StartsWith("Dilator programme: Standard 8")) << components;
    EXPECT_TRUE(components.Contains("13 to 25 mm")) << components;
    EXPECT_TRUE(Text("plan_goals").Contains("Comfortable with 25 mm for 15 minutes (by 2027-01-31)"))
        << Text("plan_goals");
    EXPECT_EQ(Text("plan_override"), "") << "no precaution was overridden";

    EXPECT_EQ(Text("sessions_value"), "3");
    EXPECT_EQ(Text("pain_value"), "2/10") << "the home session of 12 Nov is the latest";
    EXPECT_EQ(Text("dilator_value"), "16 mm");
    EXPECT_TRUE(Text("dilator_caption").Contains("25 mm")) << Text("dilator_caption");
    // Weeks of 26 Oct, 2, 9 and 16 Nov: 1, 2, 2 and 0 sessions against 3 a week.
    EXPECT_EQ(Text("adherence_value"), "42%");
    EXPECT_TRUE(frame_->FindWindow("adherence_value")->GetToolTipText().Contains("5 of the 12 sessions"))
        << frame_->FindWindow("adherence_value")->GetToolTipText();

    auto& size = Chart("dilator_chart");
    EXPECT_EQ(size.PointCount(), 5u);
    EXPECT_EQ(HomePoints(size.Chart()), 2u);
    ASSERT_TRUE(size.Chart().target.has_value());
    EXPECT_EQ(*size.Chart().target, 25);
    EXPECT_EQ(size.EmptyText(), "");
    EXPECT_EQ(size.Chart().from, Date(2026, 10, 1)) << "from the plan's start";
    EXPECT_EQ(size.Chart().to, pinned_today);
    EXPECT_EQ(Chart("minutes_chart").PointCount(), 5u);
    EXPECT_EQ(*Chart("minutes_chart").Chart().target, 15);
    auto& pain = Chart("pain_chart");
    ASSERT_EQ(pain.Chart().series.size(), 2u);
    EXPECT_EQ(pain.Chart().series[0].points.size(), 5u) << "during: notes and home sessions";
    EXPECT_EQ(pain.Chart().series[1].points.size(), 2u) << "after: the notes that recorded it";
    EXPECT_EQ(*pain.Chart().min, 0);
    EXPECT_EQ(*pain.Chart().max, 10);
    for (auto* chart : {&size, &Chart("minutes_chart"), &pain}) {
        EXPECT_TRUE(chart->IsShownOnScreen()) << chart->GetName();
        EXPECT_GE(chart->GetSize().y, chart->GetMinSize().y) << chart->GetName();
    }

    Sign("2026-11-20", 19, 12, 2, 1);
    EXPECT_EQ(size.PointCount(), 5u) << "shown as read until the record is read again";
    Workspace().Reload();
    EXPECT_EQ(Chart("dilator_chart").PointCount(), 6u);
    EXPECT_EQ(Chart("minutes_chart").PointCount(), 6u);
    EXPECT_EQ(Chart("pain_chart").PointCount(), 9u);
    EXPECT_EQ(Chart("dilator_chart").Chart().series[0].points.back().value, 19);
    EXPECT_EQ(Text("sessions_value"), "4");
    EXPECT_EQ(Text("dilator_value"), "19 mm");
    EXPECT_EQ(Text("pain_value"), "2/10");
}

TEST_F(OverviewTabTest, APatientWithoutAPlanOrSessionsSeesWhatIsMissing)
{
    ShowOverview();
    EXPECT_EQ(Text("plan_title"), "No therapy plan yet");
    EXPECT_TRUE(Text("plan_dates").Contains("Plan tab")) << Text("plan_dates");
    EXPECT_EQ(Text("plan_components"), "");
    EXPECT_EQ(Text("sessions_value"), "0");
    EXPECT_EQ(Text("dilator_value"), L"\u2014");
    EXPECT_EQ(Text("adherence_value"), L"\u2014");
    EXPECT_EQ(Text("adherence_caption"), "adherence: no target");
    EXPECT_TRUE(frame_->FindWindow("adherence_value")->GetToolTipText().Contains("No dilator programme"));
    for (const char* name : {"dilator_chart", "minutes_chart", "pain_chart"}) {
        EXPECT_EQ(Chart(name).PointCount(), 0u) << name;
        EXPECT_EQ(Chart(name).EmptyText(), "No signed sessions yet") << name;
    }
    EXPECT_FALSE(Chart("dilator_chart").Chart().target.has_value());
    EXPECT_EQ((Chart("dilator_chart").Chart().to - Chart("dilator_chart").Chart().from).days() + 1, min_chart_days);
}

TEST_F(OverviewTabTest, ADilatorProgrammeStartedDespiteAnOpenPrecautionSaysSoWithTheReason)
{
    Saved().add_precaution(id_, {"fissure", "", "2026-03-01"});
    TherapyPlans plans(Saving(), clinician_);
    const auto e = plans.add(id_, PlanForm{.title = "Fissure care"});
    ComponentForm c;
    c.kind = "dilator";
    plans.add_component(e.id, c, OverrideForm{"Colorectal surgeon agreed on 20 Nov"});
    ShowOverview();
    const auto text = Text("plan_override");
    EXPECT_TRUE(text.Contains("History of anal fissure")) << text;
    EXPECT_TRUE(text.Contains("Colorectal surgeon agreed on 20 Nov")) << text;
    EXPECT_TRUE(text.Contains("Robin Sample")) << "who gave it: " << text;
    DialogDriver::Get().TakeMessages(); // the red flag the override raised may be announced
}

TEST_F(OverviewTabTest, AChartWithNothingToPlotSaysWhatWasNotRecorded)
{
    SessionNotes notes(Saving(), clinician_);
    NoteForm f;
    f.date = "2026-11-18";
    f.start = "10:00";
    f.duration = "30";
    f.measures.pain_during = "4";
    notes.sign(notes.add_draft(id_, f).id);
    f.date = "2026-11-20";
    f.measures.pain_during = "6";
    notes.add_draft(id_, f); // a draft counts for nothing
    ShowOverview();
    EXPECT_EQ(Text("sessions_value"), "1");
    EXPECT_EQ(Text("pain_value"), "4/10");
    EXPECT_EQ(Chart("pain_chart").PointCount(), 1u);
    EXPECT_EQ(Chart("pain_chart").EmptyText(), "");
    EXPECT_EQ(Chart("dilator_chart").EmptyText(), "No dilator size recorded yet");
    EXPECT_EQ(Chart("minutes_chart").EmptyText(), "No minutes held recorded yet");
}

// Pixels of `image` within a few levels of `colour`.
int PixelsOf(const wxImage& image, const reports::Color& colour)
{
    const auto level = [](double v) { return static_cast<int>(std::lround(v * 255)); };
    int n = 0;
    const unsigned char* p = image.GetData();
    for (int i = 0; i < image.GetWidth() * image.GetHeight(); ++i, p += 3)
        if (std::abs(p[0] - level(colour.r)) < 12 && std::abs(p[1] - level(colour.g)) < 12 &&
            std::abs(p[2] - level(colour.b)) < 12)
            ++n;
    return n;
}

wxImage Drawn(const reports::ChartSpec& chart, const wxWindow& window)
{
    wxImage image(600, 220);
    image.SetRGB(wxRect(0, 0, 600, 220), 255, 255, 255);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        DrawProgressChart(*gc, ChartLook::Of(window), chart, "No signed sessions yet", image.GetSize());
    } // the image holds the drawing once the context is gone
    return image;
}

TEST_F(OverviewTabTest, AChartDrawsItsSeriesAndItsTargetInTheirColours)
{
    reports::ChartSpec chart{"Dilator size (mm)", Date(2026, 10, 1), Date(2026, 11, 25)};
    Series sizes;
    for (int i = 0; i < 8; ++i)
        sizes.push_back({Date(2026, 10, 2) + days(7 * i), 13.0 + 3 * (i / 3), PointSource::Note, i + 1});
    chart.series.push_back(chart_series(sizes, "size", reports::style::series_1));
    chart.target = 25;
    chart.target_label = "target 25 mm";
    const auto drawn = Drawn(chart, *frame_);
    EXPECT_GT(PixelsOf(drawn, reports::style::series_1), 100) << "the line and its markers";
    EXPECT_GT(PixelsOf(drawn, reports::style::good), 40) << "the dashed target";

    chart.series.front().points.clear();
    const auto empty = Drawn(chart, *frame_);
    EXPECT_EQ(PixelsOf(empty, reports::style::series_1), 0);
    EXPECT_EQ(PixelsOf(empty, reports::style::good), 0) << "no target drawn without points";
}

TEST_F(OverviewTabTest, ChartsStackWhenTallEnoughElseMinutesAndPainSitSideBySide)
{
    auto* charts = new ProgressCharts(frame_);
    const auto rects = [&] {
        return std::vector<wxRect>{charts->dilator().GetRect(), charts->minutes().GetRect(),
                                   charts->pain().GetRect()};
    };
    const auto within = [&](const std::vector<wxRect>& r) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            EXPECT_TRUE(wxRect(charts->GetClientSize()).Contains(r[i])) << i;
            for (std::size_t j = i + 1; j < r.size(); ++j)
                EXPECT_FALSE(r[i].Intersects(r[j])) << i << " and " << j;
        }
    };
    charts->SetSize(charts->FromDIP(wxSize(900, 600)));
    EXPECT_TRUE(charts->Stacked());
    auto r = rects();
    within(r);
    EXPECT_LT(r[0].GetBottom(), r[1].GetTop());
    EXPECT_LT(r[1].GetBottom(), r[2].GetTop());
    EXPECT_EQ(r[0].width, r[2].width) << "one time axis for all three";

    charts->SetSize(charts->FromDIP(wxSize(900, 320)));
    EXPECT_FALSE(charts->Stacked());
    r = rects();
    within(r);
    EXPECT_EQ(r[1].GetTop(), r[2].GetTop());
    EXPECT_LT(r[1].GetRight(), r[2].GetLeft());
    EXPECT_GE(r[1].height, charts->dilator().GetMinSize().y);

    charts->SetSize(charts->FromDIP(wxSize(420, 320)));
    EXPECT_TRUE(charts->Stacked()) << "too narrow for two side by side";
    within(rects());
    charts->Destroy();
}

TEST(OverviewChartCard, IsFramedAndHoldsTheChartOrTheMessage)
{
    struct Widths final : reports::FontMetrics { // every character half an em
        double text_width(std::string_view s, double size, reports::FontStyle) const override
        {
            return static_cast<double>(s.size()) * size / 2;
        }
        double ascent(double size, reports::FontStyle) const override { return size * 0.8; }
        double descent(double size, reports::FontStyle) const override { return size * 0.2; }
    } metrics;
    reports::ChartSpec chart{"Minutes held", Date(2026, 10, 1), Date(2026, 11, 25)};
    chart.series.push_back({"minutes", {}, reports::style::series_1});
    const reports::ChartBox box{0, 0, 400, 150};

    const auto empty = chart_card(metrics, chart, "No minutes held recorded yet", box);
    ASSERT_FALSE(empty.empty());
    const auto* frame = std::get_if<reports::Rect>(&empty.front());
    ASSERT_NE(frame, nullptr) << "the card's frame comes first, under the rest";
    EXPECT_TRUE(frame->stroke.has_value());
    std::vector<std::string> texts;
    for (const auto& p : empty)
        if (const auto* t = std::get_if<reports::TextRun>(&p)) {
            texts.push_back(t->text);
            EXPECT_GE(t->at.x, box.x + 8) << t->text;
            EXPECT_LE(t->at.x + metrics.text_width(t->text, t->size, t->style), box.width - 8) << t->text;
            EXPECT_LE(t->at.y, box.height - 8) << t->text;
        }
    ASSERT_EQ(texts, (std::vector<std::string>{"Minutes held", "No minutes held recorded yet"}));
    const auto* message = std::get_if<reports::TextRun>(&empty.back());
    EXPECT_NEAR(message->at.x + metrics.text_width(message->text, message->size, message->style) / 2, 200, 0.5)
        << "centred";

    chart.series.front().points.push_back({Date(2026, 11, 2), 10, false});
    chart.series.front().points.push_back({Date(2026, 9, 2), 10, false}); // before the period: not shown
    EXPECT_EQ(points_shown(chart), 1u);
    const auto full = chart_card(metrics, chart, "No minutes held recorded yet", box);
    bool any_message = false, any_marker = false;
    for (const auto& p : full) {
        if (const auto* t = std::get_if<reports::TextRun>(&p))
            any_message |= t->text == "No minutes held recorded yet";
        if (const auto* r = std::get_if<reports::Rect>(&p))
            any_marker |= r->fill == reports::style::series_1;
    }
    EXPECT_FALSE(any_message);
    EXPECT_TRUE(any_marker) << "the clinic session's filled square";
}

TEST(OverviewChartPeriod, RunsFromTheFirstMeasurementOrThePlanToTodayAndIsNeverTooShort)
{
    const Date today(2026, 11, 25);
    ProgressSeries progress;
    EXPECT_EQ(chart_period(progress, std::nullopt, today).from, today - days(min_chart_days - 1));
    EXPECT_EQ(chart_period(progress, std::nullopt, today).to, today);
    progress.pain_after.push_back({Date(2026, 3, 4), 2, PointSource::Note, 1});
    progress.dilator_mm.push_back({Date(2026, 5, 1), 13, PointSource::Note, 1});
    EXPECT_EQ(chart_period(progress, Date(2026, 6, 1), today).from, Date(2026, 3, 4));
    EXPECT_EQ(chart_period(progress, Date(2025, 12, 1), today).from, Date(2025, 12, 1));
}

TEST(OverviewPainter, DashesRunOnAcrossCorners)
{
    using reports::Point;
    const auto straight = DashSegments({{0, 0}, {10, 0}}, 3, 2);
    ASSERT_EQ(straight.size(), 2u);
    EXPECT_EQ(straight[0][0], (Point{0, 0}));
    EXPECT_EQ(straight[0][1], (Point{3, 0}));
    EXPECT_EQ(straight[1][0], (Point{5, 0}));
    EXPECT_EQ(straight[1][1], (Point{8, 0}));
    // 2 along, then down: the first dash goes on round the corner, the gap after it too.
    const auto corner = DashSegments({{0, 0}, {2, 0}, {2, 6}}, 3, 2);
    ASSERT_EQ(corner.size(), 3u);
    EXPECT_EQ(corner[0][1], (Point{2, 0}));
    EXPECT_EQ(corner[1][0], (Point{2, 0}));
    EXPECT_EQ(corner[1][1], (Point{2, 1}));
    EXPECT_EQ(corner[2][0], (Point{2, 3}));
    EXPECT_EQ(corner[2][1], (Point{2, 6}));
    EXPECT_TRUE(DashSegments({{1, 1}}, 3, 2).empty());
}

TEST(OverviewPainter, ReportGreysTakeTheThemesColoursAndSeriesKeepTheirs)
{
    const wxColour text(230, 230, 230), background(30, 30, 30); // a dark theme
    const auto colour = ThemeColours(text, background);
    EXPECT_EQ(colour(reports::style::white), background);
    EXPECT_EQ(colour(reports::style::ink), text);
    const auto grid = colour(reports::style::grid);
    EXPECT_LT(grid.Red(), 60) << "the grid stays close to the background";
    const auto muted = colour(reports::style::muted);
    EXPECT_GT(muted.Red(), grid.Red());
    EXPECT_LT(muted.Red(), text.Red());
    EXPECT_EQ(colour(reports::style::series_1), wxColour(18, 102, 153));
}

} // namespace
} // namespace fc::ui::test
