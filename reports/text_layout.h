#pragma once
// Breaking text into lines that fit a width, measured with the font metrics: at spaces and
// explicit line breaks, after hyphens and slashes when that helps, and inside a word only when
// the word alone is wider than the line. Never a line wider than asked (unless a single
// character is).
#include "reports/font_metrics.h"

#include <string>
#include <string_view>
#include <vector>

namespace fc::reports {

struct Font {
    double size = 9.5;
    FontStyle style = FontStyle::Regular;
};

// Control characters dropped, tabs as spaces, CR LF and CR as LF, malformed UTF-8 as U+FFFD.
std::string clean_text(std::string_view text);

// The lines of `text` (blank lines kept) no wider than `width`; at least one line.
std::vector<std::string> wrap_text(const FontMetrics& metrics, std::string_view text, Font font, double width);

// `text` on one line, cut with an ellipsis to fit `width`.
std::string fit_line(const FontMetrics& metrics, std::string_view text, Font font, double width);

// At most `max_lines` lines of `text`; the last ends in an ellipsis when text was left out.
std::vector<std::string> wrap_text_limited(const FontMetrics& metrics, std::string_view text, Font font, double width,
                                           std::size_t max_lines);

} // namespace fc::reports
