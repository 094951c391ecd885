#include "reports/adherence_chart.h"

#include <algorithm>
#include <cmath>

namespace fc::reports {

namespace {
constexpr Color home_colour{0.55, 0.75, 0.86};
}

std::vector<Primitive> layout_adherence_chart(const FontMetrics& m, const Adherence& adherence, ChartBox box)
{
    std::vector<Primitive> out;
    const Font label_font{style::small_size};
    const double label_h = style::line_height(label_font.size);

    const double heading = chart_heading(out, m, "Sessions per week",
                                         {{"clinic", LegendItem::Swatch::Square, style::series_1},
                                          {"home", LegendItem::Swatch::Square, home_colour},
                                          {"target", LegendItem::Swatch::Line, style::good}},
                                         box);

    int highest = 1;
    for (const auto& w : adherence.weeks)
        highest = std::max({highest, w.done(), w.target.value_or(0)});
    const double top = box.y + heading + label_h / 2 + 2;
    const double bottom = box.y + box.height - label_h - 3;
    const auto ticks =
        value_ticks(0, highest, std::max(2, static_cast<int>((bottom - top) / (label_h * 1.6)) + 1), true);
    double label_w = 0;
    for (const double v : ticks.values)
        label_w = std::max(label_w, m.text_width(std::to_string(static_cast<int>(v)), label_font.size));
    const double left = box.x + label_w + 5, right = box.x + box.width - 2;
    const auto y_of = [&](double v) { return bottom - (v - ticks.min) / (ticks.max - ticks.min) * (bottom - top); };
    for (const double v : ticks.values) {
        out.push_back(Line{{left, y_of(v)}, {right, y_of(v)}, 0.4, style::grid});
        out.push_back(text_line(m, std::to_string(static_cast<int>(v)), label_font, style::muted, left - 4,
                                y_of(v) - label_h / 2, true));
    }
    out.push_back(Line{{left, bottom}, {right, bottom}, 0.6, style::muted});
    const auto n = adherence.weeks.size();
    if (n == 0) {
        text_last(out);
        return out;
    }

    const double slot = (right - left) / static_cast<double>(n);
    const double bar = std::max(slot * 0.6, 0.5);
    double label_w_max = 0;
    for (const auto& w : adherence.weeks)
        label_w_max = std::max(label_w_max, m.text_width(short_date(w.monday), label_font.size));
    const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil((label_w_max + 6) / slot)));
    double previous_right = -1e9;
    std::size_t next_label = 0; // labels every `every` weeks from the first that fits
    for (std::size_t i = 0; i < n; ++i) {
        const auto& w = adherence.weeks[i];
        const double cx = left + (static_cast<double>(i) + 0.5) * slot;
        if (w.notes > 0)
            out.push_back(
                Rect{cx - bar / 2, y_of(w.notes), bar, y_of(0) - y_of(w.notes), style::series_1, std::nullopt});
        if (w.home_sessions > 0)
            out.push_back(
                Rect{cx - bar / 2, y_of(w.done()), bar, y_of(w.notes) - y_of(w.done()), home_colour, std::nullopt});
        if (w.target)
            out.push_back(
                Line{{cx - slot * 0.45, y_of(*w.target)}, {cx + slot * 0.45, y_of(*w.target)}, 1.6, style::good});
        if (i >= next_label) {
            const auto label = short_date(w.monday);
            const double lw = m.text_width(label, label_font.size);
            const double lx = std::max(left, std::min(cx - lw / 2, right - lw));
            if (lx >= previous_right + 4) {
                out.push_back(text_line(m, label, label_font, style::muted, lx, bottom + 2.5));
                previous_right = lx + lw;
                next_label = i + every;
            }
        }
    }
    text_last(out);
    return out;
}

void place_adherence_chart(PageFlow& flow, const Adherence& adherence, double height)
{
    flow.gap(style::paragraph_gap * 2);
    flow.ensure(height);
    for (auto& p :
         layout_adherence_chart(flow.metrics(), adherence, {flow.body().left, flow.y(), flow.body().width(), height}))
        flow.add(std::move(p));
    flow.advance(height);
}

} // namespace fc::reports
