#pragma once
// The record's progress charts as the display list lays them out (no wx here): the series of
// core/progress.h as the report's line charts (reports/chart_layout.h), each on a card, with the
// chart's title and a message on the card instead when there is nothing to plot.
#include "core/progress.h"
#include "reports/chart_layout.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::ui {

// A series of the progress as a chart's: home-log points drawn as home sessions.
reports::ChartSeries chart_series(const Series& series, std::string label, reports::Color color);

// The points of `chart` within its period, over all its series.
std::size_t points_shown(const reports::ChartSpec& chart);

// The dates the record's charts span: from the first measurement or the plan's start, whichever
// is earlier, to `today`; at least `min_days` days, ending today.
struct ChartPeriod {
    Date from, to;
};
inline constexpr int min_chart_days = 28;
ChartPeriod chart_period(const ProgressSeries& progress, const std::optional<Date>& plan_start, const Date& today);

// The card's frame in `box`, and inside it `chart`; or, when the chart has no points in its
// period, its title and `empty` centred on the card.
std::vector<reports::Primitive> chart_card(const reports::FontMetrics& metrics, const reports::ChartSpec& chart,
                                           std::string_view empty, reports::ChartBox box);

} // namespace fc::ui
