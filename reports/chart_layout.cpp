#include "reports/chart_layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace fc::reports {

namespace {

constexpr std::array<const char*, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr double label_size = style::small_size;
constexpr double label_gap = 6; // at least this much between two axis labels

std::string number_text(double v, bool whole)
{
    if (whole || std::abs(v - std::round(v)) < 1e-9)
        return fmt::format("{}", static_cast<long long>(std::llround(v)));
    auto s = fmt::format("{:.2f}", v);
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

enum class Unit { Day, Week, Month, Year };
struct Spacing {
    Unit unit;
    int every;
};
constexpr std::array<Spacing, 13> spacings{{{Unit::Day, 1},
                                            {Unit::Day, 2},
                                            {Unit::Week, 1},
                                            {Unit::Week, 2},
                                            {Unit::Month, 1},
                                            {Unit::Month, 2},
                                            {Unit::Month, 3},
                                            {Unit::Month, 6},
                                            {Unit::Year, 1},
                                            {Unit::Year, 2},
                                            {Unit::Year, 5},
                                            {Unit::Year, 10},
                                            {Unit::Year, 50}}};

std::vector<DateTick> ticks_every(Spacing s, const Date& from, const Date& to)
{
    using namespace boost::gregorian;
    std::vector<DateTick> ticks;
    switch (s.unit) {
    case Unit::Day:
        for (Date d = from; d <= to; d += days(s.every))
            ticks.push_back({d, short_date(d)});
        break;
    case Unit::Week: {
        Date d = from + days((8 - from.day_of_week().as_number()) % 7); // the first Monday
        for (; d <= to; d += days(7 * s.every))
            ticks.push_back({d, short_date(d)});
        break;
    }
    case Unit::Month: {
        Date d(from.year(), from.month(), 1);
        if (d < from)
            d += months(1);
        for (; d <= to; d += months(1)) {
            if ((d.month() - 1) % s.every != 0)
                continue;
            const bool with_year = ticks.empty() || d.month() == 1;
            ticks.push_back({d, with_year ? fmt::format("{} {}", month_names[d.month() - 1], static_cast<int>(d.year()))
                                          : std::string(month_names[d.month() - 1])});
        }
        break;
    }
    case Unit::Year:
        for (int y = from.year(); y <= to.year(); ++y) {
            const Date d(static_cast<unsigned short>(y), 1, 1);
            if (y % s.every == 0 && d >= from)
                ticks.push_back({d, std::to_string(y)});
        }
        break;
    }
    return ticks;
}

// Position along the axis: each day is a slot, a date sits in the middle of its slot.
double date_x(const Date& d, const Date& from, const Date& to, double left, double width)
{
    const double slots = static_cast<double>((to - from).days() + 1);
    return left + (static_cast<double>((d - from).days()) + 0.5) / slots * width;
}

} // namespace

void text_last(std::vector<Primitive>& items)
{
    std::stable_partition(items.begin(), items.end(),
                          [](const Primitive& p) { return !std::holds_alternative<TextRun>(p); });
}

namespace {

// Where a date label starts: centred on its tick, kept within the axis.
double label_left(double x, double w, double axis_left, double axis_right)
{
    return std::max(axis_left, std::min(x - w / 2, axis_right - w));
}

} // namespace

std::string long_date(const Date& d)
{
    if (d.is_special())
        return "–";
    return fmt::format("{} {} {}", static_cast<int>(d.day()), month_names[d.month() - 1], static_cast<int>(d.year()));
}

std::string short_date(const Date& d)
{
    if (d.is_special())
        return "–";
    return fmt::format("{} {}", static_cast<int>(d.day()), month_names[d.month() - 1]);
}

AxisTicks value_ticks(double lo, double hi, int max_ticks, bool whole_numbers)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        lo = 0, hi = 1;
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo < 1e-9) {
        const double pad = whole_numbers ? 1 : std::max(std::abs(lo) * 0.1, 1.0);
        lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
        hi += pad;
    }
    max_ticks = std::max(max_ticks, 2);
    const double raw = (hi - lo) / (max_ticks - 1);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (;; magnitude *= 10) {
        for (const double m : {1.0, 2.0, 2.5, 5.0}) {
            const double step = m * magnitude;
            if (whole_numbers && (step < 1 || std::abs(step - std::round(step)) > 1e-9))
                continue;
            const double first = std::floor(lo / step + 1e-9) * step;
            const double last = std::ceil(hi / step - 1e-9) * step;
            const auto count = static_cast<int>(std::llround((last - first) / step)) + 1;
            if (count > max_ticks)
                continue;
            AxisTicks t{first, last, {}};
            for (int i = 0; i < count; ++i)
                t.values.push_back(first + i * step);
            return t;
        }
    }
}

std::vector<DateTick> date_ticks(const FontMetrics& metrics, const Date& from, const Date& to, double axis_width,
                                 double size)
{
    if (from.is_special() || to.is_special() || to < from)
        return {};
    const auto fits = [&](const std::vector<DateTick>& ticks) {
        double previous_right = -1e9;
        for (const auto& t : ticks) {
            const double w = metrics.text_width(t.label, size);
            const double l = label_left(date_x(t.date, from, to, 0, axis_width), w, 0, axis_width);
            if (l < previous_right + label_gap)
                return false;
            previous_right = l + w;
        }
        return true;
    };
    for (const auto& s : spacings) {
        auto ticks = ticks_every(s, from, to);
        if (!ticks.empty() && fits(ticks))
            return ticks;
    }
    return {{from, short_date(from)}};
}

double chart_heading(std::vector<Primitive>& out, const FontMetrics& m, std::string_view title,
                     const std::vector<LegendItem>& legend, ChartBox box)
{
    const Font title_font{style::subheading_size, FontStyle::Bold};
    const Font label_font{label_size};
    const double title_h = style::line_height(title_font.size), label_h = style::line_height(label_size);
    constexpr double swatch = 11, item_gap = 8;
    double legend_w = 0;
    for (const auto& item : legend)
        legend_w += swatch + 4 + m.text_width(item.label, label_size) + item_gap;
    const double title_w = m.text_width(title, title_font.size, title_font.style);
    const bool one_line = title_w + 12 + legend_w <= box.width;
    out.push_back(text_line(m, fit_line(m, title, title_font, one_line ? box.width - legend_w - 12 : box.width),
                            title_font, style::ink, box.x, box.y));
    const double legend_top = one_line ? box.y + (title_h - label_h) / 2 : box.y + title_h;
    double x = box.x + box.width;
    for (auto it = legend.rbegin(); it != legend.rend(); ++it) {
        const double w = m.text_width(it->label, label_size);
        if (x - w - swatch - 4 < box.x)
            break; // no room left for the rest of the legend
        x -= w;
        out.push_back(text_line(m, it->label, label_font, style::muted, x, legend_top));
        const double cx = x - 4 - swatch / 2, cy = legend_top + label_h / 2;
        switch (it->swatch) {
        case LegendItem::Swatch::Line:
            out.push_back(Line{{cx - 5, cy}, {cx + 5, cy}, 1.6, it->color});
            break;
        case LegendItem::Swatch::DashedLine:
            out.push_back(Line{{cx - 6, cy}, {cx + 6, cy}, 0.8, it->color, LineStyle::Dashed});
            break;
        case LegendItem::Swatch::Square:
            out.push_back(Rect{cx - 2.5, cy - 2.5, 5, 5, it->color, std::nullopt});
            break;
        case LegendItem::Swatch::HollowSquare:
            out.push_back(Rect{cx - 2.5, cy - 2.5, 5, 5, style::white, it->color, 0.7});
            break;
        }
        x -= swatch + 4 + item_gap;
    }
    return one_line ? title_h : title_h + label_h;
}

std::vector<Primitive> layout_chart(const FontMetrics& m, const ChartSpec& chart, ChartBox box)
{
    std::vector<Primitive> out;
    const Font label_font{label_size};
    const double label_h = style::line_height(label_size);

    std::vector<LegendItem> legend;
    if (chart.series.size() > 1)
        for (const auto& series : chart.series)
            legend.push_back({series.label, LegendItem::Swatch::Line, series.color});
    legend.push_back({"clinic session", LegendItem::Swatch::Square, style::muted});
    legend.push_back({"home session", LegendItem::Swatch::HollowSquare, style::muted});
    if (chart.target && !chart.target_label.empty())
        legend.push_back({chart.target_label, LegendItem::Swatch::DashedLine, style::good});
    const double heading = chart_heading(out, m, chart.title, legend, box);

    // Value range from the data (and the target), unless fixed.
    double lo = chart.min.value_or(1e300), hi = chart.max.value_or(-1e300);
    bool any = false;
    for (const auto& s : chart.series)
        for (const auto& p : s.points)
            if (p.date >= chart.from && p.date <= chart.to) {
                any = true;
                if (!chart.min)
                    lo = std::min(lo, p.value);
                if (!chart.max)
                    hi = std::max(hi, p.value);
            }
    if (chart.target && !chart.min)
        lo = std::min(lo, *chart.target);
    if (chart.target && !chart.max)
        hi = std::max(hi, *chart.target);
    if (lo > hi)
        lo = chart.min.value_or(0), hi = chart.max.value_or(lo + 1);

    const double top = box.y + heading + label_h / 2 + 2;
    const double bottom = box.y + box.height - label_h - 3;
    const int max_ticks = std::max(2, static_cast<int>((bottom - top) / (label_h * 1.6)) + 1);
    const auto ticks = value_ticks(lo, hi, max_ticks, chart.whole_numbers);
    double label_w = 0;
    for (const double v : ticks.values)
        label_w = std::max(label_w, m.text_width(number_text(v, chart.whole_numbers), label_size));
    const double left = box.x + label_w + 5, right = box.x + box.width - 2;
    const double width = right - left;
    const auto y_of = [&](double v) { return bottom - (v - ticks.min) / (ticks.max - ticks.min) * (bottom - top); };

    for (const double v : ticks.values) {
        const double y = y_of(v);
        out.push_back(Line{{left, y}, {right, y}, 0.4, style::grid});
        out.push_back(text_line(m, number_text(v, chart.whole_numbers), label_font, style::muted, left - 4,
                                y - label_h / 2, true));
    }
    out.push_back(Line{{left, top}, {left, bottom}, 0.6, style::muted});
    out.push_back(Line{{left, bottom}, {right, bottom}, 0.6, style::muted});
    for (const auto& t : date_ticks(m, chart.from, chart.to, width, label_size)) {
        const double x = date_x(t.date, chart.from, chart.to, left, width);
        out.push_back(Line{{x, bottom}, {x, bottom + 2.5}, 0.6, style::muted});
        const double w = m.text_width(t.label, label_size);
        out.push_back(text_line(m, t.label, label_font, style::muted, label_left(x, w, left, right), bottom + 2.5));
    }

    if (chart.target) {
        const double y = y_of(*chart.target);
        out.push_back(Line{{left, y}, {right, y}, 0.8, style::good, LineStyle::Dashed});
    }
    if (!any) {
        const std::string none = "No measurements in this period";
        const double w = m.text_width(none, style::body_size);
        out.push_back(text_line(m, none, {style::body_size}, style::muted, left + (width - w) / 2,
                                (top + bottom) / 2 - style::line_height(style::body_size) / 2));
        text_last(out);
        return out;
    }

    for (const auto& s : chart.series) {
        std::vector<Point> line;
        for (const auto& p : s.points)
            if (p.date >= chart.from && p.date <= chart.to)
                line.push_back({date_x(p.date, chart.from, chart.to, left, width), y_of(p.value)});
        if (line.empty())
            continue;
        const double n = static_cast<double>(line.size());
        if (line.size() > 1)
            out.push_back(Polyline{line, n > 150 ? 0.7 : 1.2, s.color});
        const double r = std::clamp(width / n * 0.3, 1.0, 2.6);
        for (const bool home : {true, false}) { // hollow markers first, then filled: fewer colour changes
            std::size_t i = 0;
            for (const auto& p : s.points) {
                if (p.date < chart.from || p.date > chart.to)
                    continue;
                const auto [x, y] = line[i++];
                if (p.home != home)
                    continue;
                if (home)
                    out.push_back(Rect{x - r, y - r, 2 * r, 2 * r, style::white, s.color, 0.7});
                else
                    out.push_back(Rect{x - r, y - r, 2 * r, 2 * r, s.color, std::nullopt});
            }
        }
    }
    text_last(out);
    return out;
}

void place_chart(PageFlow& flow, const ChartSpec& chart, double height)
{
    flow.gap(style::paragraph_gap * 2);
    flow.ensure(height);
    for (auto& p : layout_chart(flow.metrics(), chart, {flow.body().left, flow.y(), flow.body().width(), height}))
        flow.add(std::move(p));
    flow.advance(height);
}

} // namespace fc::reports
