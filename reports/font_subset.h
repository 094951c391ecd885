#pragma once
// Cuts a TrueType font down to the glyphs of some characters (and the parts of composite
// glyphs), renumbered densely, without hinting instructions and with only the names a PDF
// needs. Done once per process: the PDF then embeds a small font that is quick to compress.
#include "reports/truetype_font.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace fc::reports {

// The cut font as a complete TrueType file, named `postscript_name` (ASCII) so that it cannot
// be mistaken for the whole font. Characters the font lacks are left out.
std::vector<std::uint8_t> subset_font(const TrueTypeFont& font, std::span<const char32_t> code_points,
                                      std::string_view postscript_name);

} // namespace fc::reports
