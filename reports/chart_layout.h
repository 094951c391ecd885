#pragma once
// Line charts of a measure over a period (dilator size, minutes held, pain), drawn from the
// display list's primitives: axes with ticks chosen from the data range and the room on the page
// (so labels never collide, from one point to hundreds), a line per series, markers that tell
// clinic sessions (filled squares) from home sessions (hollow ones), and an optional dashed target
// line.
#include "reports/page_flow.h"

#include <optional>
#include <string>
#include <vector>

namespace fc::reports {

struct ChartPoint {
    Date date;
    double value = 0;
    bool home = false; // a home session from the patient's log, else a clinic session
};

struct ChartSeries {
    std::string label; // shown in the legend when the chart has more than one series
    std::vector<ChartPoint> points;
    Color color = style::series_1;
};

struct ChartSpec {
    std::string title; // "Dilator size (mm)"
    Date from, to;     // the period along the x axis
    std::vector<ChartSeries> series;
    std::optional<double> min, max; // a fixed value range (pain NRS 0-10), else from the data
    std::optional<double> target;
    std::string target_label; // "target 25 mm", in the legend
    bool whole_numbers = true;
};

struct ChartBox {
    double x = 0, y = 0, width = 0, height = 0;
};

struct LegendItem {
    enum class Swatch { Line, DashedLine, Square, HollowSquare };
    std::string label;
    Swatch swatch = Swatch::Line;
    Color color;
};
// A chart's title on the left and its legend on the right of the top line, or the legend on a
// second line when both do not fit; returns the height used.
double chart_heading(std::vector<Primitive>& out, const FontMetrics& metrics, std::string_view title,
                     const std::vector<LegendItem>& legend, ChartBox box);

// Moves the text runs after the shapes, keeping each group's order: charts never put text
// under a shape, and the PDF then needs one text object instead of one per label.
void text_last(std::vector<Primitive>& items);

// The chart's primitives inside `box`.
std::vector<Primitive> layout_chart(const FontMetrics& metrics, const ChartSpec& chart, ChartBox box);
// The chart at the flow's cursor, full width and `height` tall, on one page.
void place_chart(PageFlow& flow, const ChartSpec& chart, double height);

// Value axis: at most `max_ticks` ticks at 1, 2, 2.5 or 5 times a power of ten covering
// [lo, hi], widened when lo == hi; whole numbers only when asked.
struct AxisTicks {
    double min = 0, max = 1;
    std::vector<double> values;
};
AxisTicks value_ticks(double lo, double hi, int max_ticks, bool whole_numbers);

// Date axis: ticks on days, Mondays, first days of months, or years, as close together as the
// labels allow along `axis_width` points.
struct DateTick {
    Date date;
    std::string label; // "3 Nov", "Nov 2026", "2027"
};
std::vector<DateTick> date_ticks(const FontMetrics& metrics, const Date& from, const Date& to, double axis_width,
                                 double label_size);

// Human dates for reports: "3 Nov 2026", "3 Nov".
std::string long_date(const Date& d);
std::string short_date(const Date& d);

} // namespace fc::reports
