#include "reports/page_frame.h"

#include "reports/report_style.h"

#include <fmt/format.h>

namespace fc::reports {

const char* const confidentiality_notice =
    "Confidential health information about the patient named above. If you are not the intended recipient, "
    "do not read, copy or pass it on: return it to the clinic.";

namespace {
constexpr Font small{style::small_size};
constexpr Font small_bold{style::small_size, FontStyle::Bold};
constexpr Font name_font{style::body_size + 1, FontStyle::Bold};
constexpr Font id_font{style::body_size};
constexpr double header_gap = 12; // between the header rule and the body
constexpr double footer_gap = 10;
constexpr std::size_t max_name_lines = 2; // the full name is in the report's patient block

std::string page_label(std::size_t n, std::size_t m)
{
    return fmt::format("Page {} of {}", n, m);
}
} // namespace

PageFrame::PageFrame(const FontMetrics& metrics, PageSize size, FrameText text)
    : metrics_(metrics), size_(size), text_(std::move(text))
{
    const double width = size.width - 2 * style::margin;
    id_text_ = fit_line(metrics, fmt::format("DOB {}   MRN {}", text_.dob, text_.mrn), id_font, width * 0.45);
    const double id_w = metrics.text_width(id_text_, id_font.size, id_font.style);
    name_lines_ = wrap_text_limited(metrics, text_.patient_name, name_font, width - id_w - 16, max_name_lines);
    header_height_ = style::line_height(small.size) + 2 +
                     static_cast<double>(name_lines_.size()) * style::line_height(name_font.size) + 3;

    const double label_w = metrics.text_width(page_label(999, 999), small_bold.size, small_bold.style);
    notice_lines_ = wrap_text_limited(metrics, confidentiality_notice, small, width - label_w - 16, 3);
    footer_height_ = 3 + static_cast<double>(notice_lines_.size() + 1) * style::line_height(small.size);

    body_.left = style::margin;
    body_.right = size.width - style::margin;
    body_.top = style::top_margin + header_height_ + header_gap;
    body_.bottom = size.height - style::bottom_margin - footer_height_ - footer_gap;
}

void PageFrame::decorate(Document& document) const
{
    const auto count = document.pages.size();
    for (std::size_t i = 0; i < count; ++i) {
        header(document.pages[i]);
        footer(document.pages[i], i + 1, count);
    }
}

void PageFrame::header(Page& page) const
{
    const double left = style::margin, right = size_.width - style::margin;
    double y = style::top_margin;
    const double half = (right - left) / 2 - 8;
    page.items.push_back(
        text_line(metrics_, fit_line(metrics_, text_.clinic, small_bold, half), small_bold, style::accent, left, y));
    double report_right = right;
    if (!text_.marking.empty()) {
        const auto mark = fit_line(metrics_, text_.marking, small_bold, half / 2);
        page.items.push_back(text_line(metrics_, mark, small_bold, style::alert, report_right, y, true));
        report_right -= metrics_.text_width(mark, small_bold.size, small_bold.style) + 8;
    }
    const auto report = fit_line(metrics_, text_.report, small, std::max(report_right - left - half, 20.0));
    page.items.push_back(text_line(metrics_, report, small, style::muted, report_right, y, true));
    y += style::line_height(small.size) + 2;

    page.items.push_back(text_line(metrics_, id_text_, id_font, style::ink, right, y + 0.5, true));
    for (const auto& line : name_lines_) {
        page.items.push_back(text_line(metrics_, line, name_font, style::ink, left, y));
        y += style::line_height(name_font.size);
    }
    y += 3;
    page.items.push_back(Line{{left, y}, {right, y}, 0.8, style::accent});
}

void PageFrame::footer(Page& page, std::size_t number, std::size_t count) const
{
    const double left = style::margin, right = size_.width - style::margin;
    double y = size_.height - style::bottom_margin - footer_height_;
    page.items.push_back(Line{{left, y}, {right, y}, 0.4, style::rule});
    y += 3;
    page.items.push_back(text_line(metrics_, page_label(number, count), small_bold, style::ink, right, y, true));
    for (const auto& line : notice_lines_) {
        page.items.push_back(text_line(metrics_, line, small, style::muted, left, y));
        y += style::line_height(small.size);
    }
    page.items.push_back(text_line(metrics_, fmt::format("Generated {} with FloorChart", text_.generated), small,
                                   style::muted, left, y));
}

} // namespace fc::reports
