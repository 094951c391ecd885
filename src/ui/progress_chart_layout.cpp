#include "ui/progress_chart_layout.h"

#include "reports/page_flow.h"
#include "reports/report_style.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace fc::ui {

namespace {
namespace style = reports::style;
constexpr double card_padding = 8;   // points, between the frame and the chart
constexpr double frame_width = 0.75; // points
} // namespace

reports::ChartSeries chart_series(const Series& series, std::string label, reports::Color color)
{
    reports::ChartSeries out{std::move(label), {}, color};
    out.points.reserve(series.size());
    for (const auto& p : series)
        out.points.push_back({p.date, p.value, p.source == PointSource::HomeLog});
    return out;
}

std::size_t points_shown(const reports::ChartSpec& chart)
{
    std::size_t n = 0;
    for (const auto& s : chart.series)
        n += static_cast<std::size_t>(std::count_if(s.points.begin(), s.points.end(), [&](const auto& p) {
            return p.date >= chart.from && p.date <= chart.to;
        }));
    return n;
}

ChartPeriod chart_period(const ProgressSeries& progress, const std::optional<Date>& plan_start, const Date& today)
{
    ChartPeriod period{today, today};
    const auto widen = [&](const Date& d) {
        if (d.is_special())
            return;
        period.from = std::min(period.from, d);
        period.to = std::max(period.to, d);
    };
    for (const auto* series : {&progress.dilator_mm, &progress.minutes_held, &progress.pain_during,
                               &progress.pain_after})
        if (!series->empty()) {
            widen(series->front().date);
            widen(series->back().date);
        }
    if (plan_start)
        widen(*plan_start);
    period.from = std::min(period.from, period.to - boost::gregorian::days(min_chart_days - 1));
    return period;
}

std::vector<reports::Primitive> chart_card(const reports::FontMetrics& metrics, const reports::ChartSpec& chart,
                                           std::string_view empty, reports::ChartBox box)
{
    std::vector<reports::Primitive> out;
    const double half = frame_width / 2;
    out.push_back(reports::Rect{box.x + half, box.y + half, box.width - frame_width, box.height - frame_width,
                                style::white, style::rule, frame_width});
    const reports::ChartBox inner{box.x + card_padding, box.y + card_padding, box.width - 2 * card_padding,
                                  box.height - 2 * card_padding};
    if (inner.width <= 0 || inner.height <= 0)
        return out;
    if (points_shown(chart) > 0) {
        auto laid = reports::layout_chart(metrics, chart, inner);
        out.insert(out.end(), std::make_move_iterator(laid.begin()), std::make_move_iterator(laid.end()));
        return out;
    }
    const double heading = reports::chart_heading(out, metrics, chart.title, {}, inner);
    const reports::Font font{style::body_size};
    const std::string message = reports::fit_line(metrics, empty, font, inner.width);
    const double w = metrics.text_width(message, font.size, font.style);
    const double middle = inner.y + heading + (inner.height - heading) / 2;
    out.push_back(reports::text_line(metrics, message, font, style::muted, inner.x + (inner.width - w) / 2,
                                     middle - style::line_height(font.size) / 2));
    return out;
}

} // namespace fc::ui
