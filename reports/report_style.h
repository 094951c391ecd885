#pragma once
// The house style of every report: type sizes, spacing, margins and colours, in one place.
// Positions are computed from these, the page size and the font metrics.
#include "reports/document.h"

namespace fc::reports::style {

inline constexpr double mm = 72.0 / 25.4;
inline constexpr double margin = 16 * mm;     // left and right
inline constexpr double top_margin = 11 * mm; // above the running header
inline constexpr double bottom_margin = 10 * mm;

inline constexpr double title_size = 17;
inline constexpr double heading_size = 11.5;
inline constexpr double subheading_size = 9.5;
inline constexpr double body_size = 9.5;
inline constexpr double table_size = 8.5;
inline constexpr double small_size = 7.5;
inline constexpr double leading = 1.32; // line height / type size

inline constexpr double cell_pad_x = 4;
inline constexpr double cell_pad_y = 3;
inline constexpr double paragraph_gap = 4;
inline constexpr double section_gap = 14;

inline constexpr Color ink{0.12, 0.13, 0.14};
inline constexpr Color muted{0.40, 0.42, 0.45};
inline constexpr Color accent{0.07, 0.33, 0.45};
inline constexpr Color accent_light{0.89, 0.94, 0.96};
inline constexpr Color rule{0.78, 0.80, 0.82};
inline constexpr Color grid{0.90, 0.91, 0.92};
inline constexpr Color zebra{0.965, 0.97, 0.975};
inline constexpr Color alert{0.70, 0.11, 0.11};
inline constexpr Color alert_light{0.99, 0.93, 0.92};
inline constexpr Color good{0.13, 0.47, 0.25};
inline constexpr Color series_1{0.07, 0.40, 0.60};
inline constexpr Color series_2{0.85, 0.45, 0.10};
inline constexpr Color white{1, 1, 1};

inline double line_height(double size)
{
    return size * leading;
}

} // namespace fc::reports::style
