#pragma once
// How wide text is, for layout. Every backend draws with the same metrics the layout used, so
// that a line measured to fit does fit: the PDF backend embeds the font these widths come from,
// and a wxDC backend can scale its own font to them.
#include "reports/document.h"
#include "reports/truetype_font.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fc::reports {

class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    // The advance width of one line of UTF-8 text at `size` points (no kerning, no shaping).
    virtual double text_width(std::string_view utf8, double size, FontStyle style = FontStyle::Regular) const = 0;
    virtual double ascent(double size, FontStyle style = FontStyle::Regular) const = 0;  // above the baseline
    virtual double descent(double size, FontStyle style = FontStyle::Regular) const = 0; // below it, positive
};

// Metrics read from TrueType fonts, in whole thousandths of an em per character exactly as a
// PDF font's /Widths array holds them (so PDF text lands where the layout put it).
class TrueTypeMetrics final : public FontMetrics {
public:
    TrueTypeMetrics(const TrueTypeFont& regular, const TrueTypeFont& bold);

    double text_width(std::string_view utf8, double size, FontStyle style = FontStyle::Regular) const override;
    double ascent(double size, FontStyle style = FontStyle::Regular) const override;
    double descent(double size, FontStyle style = FontStyle::Regular) const override;
    // The width of one character in thousandths of an em (beyond the BMP: that of U+FFFD).
    int char_width(char32_t code_point, FontStyle style = FontStyle::Regular) const;

private:
    struct Face {
        const TrueTypeFont* font = nullptr;
        std::vector<std::uint16_t> bmp_widths; // index: code point below 0x10000
        double ascent = 0, descent = 0;        // em fractions
    };
    static Face read(const TrueTypeFont& font);
    const Face& face(FontStyle style) const { return faces_[style == FontStyle::Bold ? 1 : 0]; }
    std::array<Face, 2> faces_;
};

} // namespace fc::reports
