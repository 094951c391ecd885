#pragma once
// Checks over a laid-out Document shared by the layout tests: text that stays on the page,
// text runs that never overlap, the text of a page.
#include "reports/document.h"
#include "reports/font_metrics.h"

#include <string>
#include <vector>

namespace fc::test {

struct TextBox {
    double left, top, right, bottom;
    const reports::TextRun* run;
};

// The boxes of a page's unrotated text runs (advance width, ascent to descent).
std::vector<TextBox> text_boxes(const reports::Page& page, const reports::FontMetrics& metrics);
// Every run of the page that overlaps another, as "text1 | text2" lines; empty when none.
std::vector<std::string> overlapping_text(const reports::Page& page, const reports::FontMetrics& metrics);
// Every run that leaves the area inside the margins (points from the page's edges).
std::vector<std::string> text_off_page(const reports::Document& doc, const reports::FontMetrics& metrics,
                                       double side_margin, double top_bottom_margin);
// The page's text runs joined with newlines, in drawing order.
std::string page_text(const reports::Page& page);
std::string document_text(const reports::Document& doc);

} // namespace fc::test
