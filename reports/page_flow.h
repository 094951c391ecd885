#pragma once
// Pours content down the body of the pages of a Document: a cursor that starts a new page when
// the next block does not fit, paragraphs that break between lines, headings kept with what
// follows. Headers and footers are added afterwards (page_frame.h), when the page count is known.
#include "reports/document.h"
#include "reports/font_metrics.h"
#include "reports/report_style.h"
#include "reports/text_layout.h"

#include <string>
#include <string_view>
#include <vector>

namespace fc::reports {

struct BodyBox {
    double left = 0, top = 0, right = 0, bottom = 0;
    double width() const { return right - left; }
    double height() const { return bottom - top; }
};

// The baseline of a line of `font` whose line box starts at `top`.
double baseline(const FontMetrics& metrics, Font font, double top);
// A line of text whose line box starts at (x, top); `align_right` makes x its right end.
TextRun text_line(const FontMetrics& metrics, std::string text, Font font, Color color, double x, double top,
                  bool align_right = false);

class PageFlow {
public:
    PageFlow(Document& document, const FontMetrics& metrics, BodyBox body); // starts the first page

    const FontMetrics& metrics() const { return metrics_; }
    const BodyBox& body() const { return body_; }
    double y() const { return y_; }
    double room() const { return body_.bottom - y_; }
    bool at_top() const { return y_ <= body_.top; }
    std::size_t page_number() const { return document_.pages.size(); }

    void add(Primitive p) { document_.pages.back().items.push_back(std::move(p)); }
    void new_page();
    // Starts a new page unless `height` fits below the cursor (or the page is still empty).
    void ensure(double height);
    void advance(double dy) { y_ += dy; }
    // Vertical space, dropped at the top of a page.
    void gap(double dy);

    // Lines of text at the cursor, `indent` from the left; pages break between lines.
    void lines(const std::vector<std::string>& lines, Font font, Color color = style::ink, double indent = 0);
    void paragraph(std::string_view text, Font font = {}, Color color = style::ink, double indent = 0);
    // A section heading with a rule, kept on the page with at least `keep` points after it.
    void heading(std::string_view text, double keep = 3 * style::line_height(style::body_size));
    void subheading(std::string_view text, double keep = 2 * style::line_height(style::body_size));

private:
    Document& document_;
    const FontMetrics& metrics_;
    BodyBox body_;
    double y_ = 0;
};

} // namespace fc::reports
