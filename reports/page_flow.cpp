#include "reports/page_flow.h"

namespace fc::reports {

double baseline(const FontMetrics& metrics, Font font, double top)
{
    const double ascent = metrics.ascent(font.size, font.style);
    const double descent = metrics.descent(font.size, font.style);
    return top + (style::line_height(font.size) - ascent - descent) / 2 + ascent;
}

TextRun text_line(const FontMetrics& metrics, std::string text, Font font, Color color, double x, double top,
                  bool align_right)
{
    if (align_right)
        x -= metrics.text_width(text, font.size, font.style);
    return TextRun{{x, baseline(metrics, font, top)}, std::move(text), font.size, font.style, color};
}

PageFlow::PageFlow(Document& document, const FontMetrics& metrics, BodyBox body)
    : document_(document), metrics_(metrics), body_(body)
{
    new_page();
}

void PageFlow::new_page()
{
    document_.pages.emplace_back();
    y_ = body_.top;
}

void PageFlow::ensure(double height)
{
    if (!at_top() && height > room())
        new_page();
}

void PageFlow::gap(double dy)
{
    if (!at_top())
        y_ = std::min(y_ + dy, body_.bottom);
}

void PageFlow::lines(const std::vector<std::string>& lines, Font font, Color color, double indent)
{
    const double h = style::line_height(font.size);
    for (const auto& line : lines) {
        ensure(h);
        if (!line.empty())
            add(text_line(metrics_, line, font, color, body_.left + indent, y_));
        y_ += h;
    }
}

void PageFlow::paragraph(std::string_view text, Font font, Color color, double indent)
{
    lines(wrap_text(metrics_, text, font, body_.width() - indent), font, color, indent);
}

void PageFlow::heading(std::string_view text, double keep)
{
    const Font font{style::heading_size, FontStyle::Bold};
    const auto wrapped = wrap_text(metrics_, text, font, body_.width());
    const double h = static_cast<double>(wrapped.size()) * style::line_height(font.size) + 4;
    gap(style::section_gap);
    ensure(h + keep);
    lines(wrapped, font, style::accent);
    add(Line{{body_.left, y_ + 1}, {body_.right, y_ + 1}, 0.6, style::accent});
    y_ += 4 + style::paragraph_gap;
}

void PageFlow::subheading(std::string_view text, double keep)
{
    const Font font{style::subheading_size, FontStyle::Bold};
    const auto wrapped = wrap_text(metrics_, text, font, body_.width());
    gap(style::paragraph_gap * 1.5);
    ensure(static_cast<double>(wrapped.size()) * style::line_height(font.size) + keep);
    lines(wrapped, font, style::ink);
    y_ += 1;
}

} // namespace fc::reports
