#include "report_checks.h"

#include "reports/chart_layout.h"
#include "reports/report_fonts.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace fc::reports;
using boost::gregorian::days;

namespace {

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

ChartSpec chart_of(int points, bool constant, int period_days)
{
    ChartSpec c{"Dilator size (mm)", fc::Date(2026, 9, 1), fc::Date(2026, 9, 1) + days(period_days - 1)};
    ChartSeries s{"size", {}, style::series_1};
    for (int i = 0; i < points; ++i)
        s.points.push_back({c.from + days(period_days > 1 ? i * (period_days - 1) / std::max(points - 1, 1) : 0),
                            constant ? 16.0 : 10.0 + (i * 7) % 23, i % 3 == 0});
    c.series.push_back(s);
    c.target = 25;
    c.target_label = "target 25 mm";
    return c;
}

// Axis labels: the small text runs of the chart (ticks and legend).
void expect_readable(const ChartSpec& chart, ChartBox box)
{
    Page page;
    page.items = layout_chart(metrics(), chart, box);
    const auto overlaps = fc::test::overlapping_text(page, metrics());
    EXPECT_TRUE(overlaps.empty()) << (overlaps.empty() ? "" : overlaps.front());
    int labels = 0;
    for (const auto& b : fc::test::text_boxes(page, metrics())) {
        EXPECT_GE(b.left, box.x - 0.01) << b.run->text;
        EXPECT_LE(b.right, box.x + box.width + 0.01) << b.run->text;
        EXPECT_GE(b.top, box.y - 2) << b.run->text;
        EXPECT_LE(b.bottom, box.y + box.height + 2) << b.run->text;
        EXPECT_GE(b.run->size, 7) << "too small to read: " << b.run->text;
        labels += b.run->size < 9 ? 1 : 0;
    }
    EXPECT_GE(labels, 4); // at least two value and two date labels, or the legend
}

} // namespace

TEST(ChartLayout, ReadableForOneTwoAndFiveHundredPoints)
{
    const ChartBox box{40, 100, 500, 130};
    for (const int n : {1, 2, 500}) {
        SCOPED_TRACE(n);
        expect_readable(chart_of(n, false, 84), box);
        expect_readable(chart_of(n, false, 730), box);
        expect_readable(chart_of(n, true, 84), box);
    }
    expect_readable(chart_of(1, false, 1), box);                   // a one-day period
    expect_readable(chart_of(0, false, 84), box);                  // nothing to plot
    expect_readable(chart_of(500, false, 84), {40, 100, 220, 90}); // a small chart
}

TEST(ChartLayout, ValueTicksAreRoundAndCoverTheData)
{
    const auto t = value_ticks(10, 22, 6, true);
    EXPECT_LE(t.min, 10);
    EXPECT_GE(t.max, 22);
    EXPECT_LE(t.values.size(), 6u);
    EXPECT_GE(t.values.size(), 2u);
    for (const double v : t.values)
        EXPECT_DOUBLE_EQ(v, std::round(v));
    for (std::size_t i = 2; i < t.values.size(); ++i)
        EXPECT_DOUBLE_EQ(t.values[i] - t.values[i - 1], t.values[1] - t.values[0]);
}

TEST(ChartLayout, ConstantValuesStillGetAnAxis)
{
    for (const double v : {0.0, 1.0, 16.0, 250.0}) {
        const auto t = value_ticks(v, v, 5, true);
        EXPECT_GE(t.values.size(), 2u) << v;
        EXPECT_LT(t.min, t.max);
        EXPECT_LE(t.min, v);
        EXPECT_GE(t.max, v);
        EXPECT_GE(t.min, 0) << "no negative sizes for " << v;
    }
    const auto fractional = value_ticks(2.5, 2.5, 5, false);
    EXPECT_LT(fractional.min, 2.5);
    EXPECT_GT(fractional.max, 2.5);
}

TEST(ChartLayout, DateTicksThinOutWithTheRoomAvailable)
{
    const fc::Date from(2026, 1, 1);
    const auto wide = date_ticks(metrics(), from, from + days(13), 500, 7.5);
    EXPECT_GE(wide.size(), 7u); // days or every other day
    const auto year = date_ticks(metrics(), from, from + days(364), 500, 7.5);
    EXPECT_GE(year.size(), 4u);
    EXPECT_LE(year.size(), 13u);
    const auto narrow = date_ticks(metrics(), from, from + days(3650), 100, 7.5);
    EXPECT_GE(narrow.size(), 1u);
    EXPECT_LE(narrow.size(), 4u);
    const auto single = date_ticks(metrics(), from, from, 300, 7.5);
    ASSERT_EQ(single.size(), 1u);
    EXPECT_EQ(single.front().label, "1 Jan");
}
