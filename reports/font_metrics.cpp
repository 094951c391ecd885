#include "reports/font_metrics.h"

#include "reports/utf8.h"

namespace fc::reports {

namespace {
int thousandths(const TrueTypeFont& font, std::uint16_t glyph)
{
    return font.advance(glyph) * 1000 / font.units_per_em(); // truncated, as libharu writes /Widths
}
} // namespace

TrueTypeMetrics::Face TrueTypeMetrics::read(const TrueTypeFont& font)
{
    Face f;
    f.font = &font;
    f.bmp_widths.resize(0x10000);
    for (char32_t cp = 0; cp < 0x10000; ++cp)
        f.bmp_widths[cp] = static_cast<std::uint16_t>(thousandths(font, font.glyph_for(cp)));
    f.ascent = static_cast<double>(font.ascender()) / font.units_per_em();
    f.descent = static_cast<double>(font.descender()) / font.units_per_em();
    return f;
}

TrueTypeMetrics::TrueTypeMetrics(const TrueTypeFont& regular, const TrueTypeFont& bold)
    : faces_{read(regular), read(bold)}
{
}

int TrueTypeMetrics::char_width(char32_t code_point, FontStyle style) const
{
    const auto& f = face(style);
    // Beyond the BMP the PDF shows U+FFFD (libharu's UTF-8 fonts stop there).
    return f.bmp_widths[code_point < 0x10000 ? code_point : 0xFFFD];
}

double TrueTypeMetrics::text_width(std::string_view utf8, double size, FontStyle style) const
{
    long total = 0;
    for (std::size_t i = 0; i < utf8.size();)
        total += char_width(utf8::next(utf8, i), style);
    return static_cast<double>(total) * size / 1000.0;
}

double TrueTypeMetrics::ascent(double size, FontStyle style) const
{
    return face(style).ascent * size;
}

double TrueTypeMetrics::descent(double size, FontStyle style) const
{
    return face(style).descent * size;
}

} // namespace fc::reports
