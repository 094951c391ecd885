#include "reports/truetype_font.h"

#include "reports/report_error.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace fc::reports {

namespace sfnt {
namespace {
void need(std::span<const std::uint8_t> s, std::size_t at, std::size_t n)
{
    if (at > s.size() || s.size() - at < n)
        throw ReportError("the font file is damaged (a table is shorter than it says)");
}
} // namespace

std::uint16_t u16(std::span<const std::uint8_t> s, std::size_t at)
{
    need(s, at, 2);
    return static_cast<std::uint16_t>(s[at] << 8 | s[at + 1]);
}
std::int16_t s16(std::span<const std::uint8_t> s, std::size_t at)
{
    return static_cast<std::int16_t>(u16(s, at));
}
std::uint32_t u32(std::span<const std::uint8_t> s, std::size_t at)
{
    need(s, at, 4);
    return std::uint32_t{s[at]} << 24 | std::uint32_t{s[at + 1]} << 16 | std::uint32_t{s[at + 2]} << 8 |
           std::uint32_t{s[at + 3]};
}
std::uint32_t tag(std::string_view four)
{
    std::uint32_t t = 0;
    for (std::size_t i = 0; i < 4; ++i)
        t = t << 8 | static_cast<std::uint8_t>(i < four.size() ? four[i] : ' ');
    return t;
}
} // namespace sfnt

using sfnt::s16;
using sfnt::u16;
using sfnt::u32;

TrueTypeFont TrueTypeFont::from_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ReportError(fmt::format("cannot open the font file {}", path.string()));
    std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    try {
        return TrueTypeFont(std::move(bytes));
    } catch (const ReportError& e) {
        throw ReportError(fmt::format("{}: {}", path.string(), e.what()));
    }
}

TrueTypeFont::TrueTypeFont(std::vector<std::uint8_t> bytes) : bytes_(std::move(bytes))
{
    const std::span<const std::uint8_t> all(bytes_);
    const auto version = u32(all, 0);
    if (version != 0x00010000 && version != sfnt::tag("true"))
        throw ReportError("not a TrueType font");
    const auto count = u16(all, 4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t rec = 12 + 16 * i;
        const auto offset = u32(all, rec + 8);
        const auto length = u32(all, rec + 12);
        if (offset > all.size() || all.size() - offset < length)
            throw ReportError("the font file is damaged (a table lies outside the file)");
        tables_[u32(all, rec)] = all.subspan(offset, length);
    }
    for (const auto* required : {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"})
        if (table(required).empty())
            throw ReportError(
                fmt::format("the font has no '{}' table (only TrueType outlines are supported)", required));

    const auto head = table("head");
    units_per_em_ = u16(head, 18);
    if (units_per_em_ == 0)
        throw ReportError("the font's units per em is zero");
    const bool long_loca = s16(head, 50) != 0;
    glyph_count_ = u16(table("maxp"), 4);

    const auto hhea = table("hhea");
    ascender_ = s16(hhea, 4);
    descender_ = -s16(hhea, 6);
    const std::size_t metrics = u16(hhea, 34);
    const auto hmtx = table("hmtx");
    advances_.resize(static_cast<std::size_t>(glyph_count_));
    for (std::size_t g = 0; g < advances_.size(); ++g)
        advances_[g] = metrics == 0 ? 0 : u16(hmtx, 4 * std::min(g, metrics - 1));

    const auto loca = table("loca");
    glyph_offsets_.resize(static_cast<std::size_t>(glyph_count_) + 1);
    for (std::size_t g = 0; g < glyph_offsets_.size(); ++g)
        glyph_offsets_[g] = long_loca ? u32(loca, 4 * g) : 2u * u16(loca, 2 * g);
    read_cmap();
}

void TrueTypeFont::read_cmap()
{
    const auto cmap = table("cmap");
    std::size_t format4 = 0, format12 = 0;
    const auto count = u16(cmap, 2);
    for (std::size_t i = 0; i < count; ++i) {
        const auto platform = u16(cmap, 4 + 8 * i);
        const auto encoding = u16(cmap, 6 + 8 * i);
        const auto offset = u32(cmap, 8 + 8 * i);
        const auto format = u16(cmap, offset);
        if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            format12 = offset;
        else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            format4 = offset;
    }
    bmp_glyphs_.assign(0x10000, 0);
    const auto put = [this](std::uint32_t cp, std::uint32_t glyph) {
        if (glyph == 0 || glyph >= static_cast<std::uint32_t>(glyph_count_))
            return;
        if (cp < 0x10000)
            bmp_glyphs_[cp] = static_cast<std::uint16_t>(glyph);
        else if (cp <= 0x10FFFF)
            astral_glyphs_[static_cast<char32_t>(cp)] = static_cast<std::uint16_t>(glyph);
    };
    if (format12) {
        const auto groups = u32(cmap, format12 + 12);
        for (std::size_t g = 0; g < groups; ++g) {
            const std::size_t at = format12 + 16 + 12 * g;
            const auto first = u32(cmap, at), last = std::min<std::uint32_t>(u32(cmap, at + 4), 0x10FFFF);
            for (std::uint32_t cp = first; cp <= last && cp >= first; ++cp)
                put(cp, u32(cmap, at + 8) + (cp - first));
        }
        return;
    }
    if (!format4)
        throw ReportError("the font has no Unicode character map");
    const std::size_t segments = u16(cmap, format4 + 6) / 2;
    const std::size_t ends = format4 + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                      ranges = deltas + 2 * segments;
    for (std::size_t s = 0; s < segments; ++s) {
        const std::uint32_t first = u16(cmap, starts + 2 * s), last = u16(cmap, ends + 2 * s);
        const auto delta = u16(cmap, deltas + 2 * s);
        const auto range = u16(cmap, ranges + 2 * s);
        for (std::uint32_t cp = first; cp <= last && cp != 0xFFFF; ++cp) {
            std::uint32_t glyph = 0;
            if (range == 0)
                glyph = (cp + delta) & 0xFFFF;
            else if (const auto g = u16(cmap, ranges + 2 * s + range + 2 * (cp - first)); g != 0)
                glyph = (g + delta) & 0xFFFF;
            put(cp, glyph);
        }
    }
}

std::uint16_t TrueTypeFont::glyph_for(char32_t code_point) const
{
    if (code_point < 0x10000)
        return bmp_glyphs_[code_point];
    const auto it = astral_glyphs_.find(code_point);
    return it == astral_glyphs_.end() ? 0 : it->second;
}

std::vector<char32_t> TrueTypeFont::code_points() const
{
    std::vector<char32_t> all;
    for (char32_t cp = 0; cp < bmp_glyphs_.size(); ++cp)
        if (bmp_glyphs_[cp] != 0)
            all.push_back(cp);
    for (const auto& [cp, glyph] : astral_glyphs_)
        all.push_back(cp);
    std::sort(all.begin() + static_cast<std::ptrdiff_t>(all.size() - astral_glyphs_.size()), all.end());
    return all;
}

int TrueTypeFont::advance(std::uint16_t glyph) const
{
    return glyph < advances_.size() ? advances_[glyph] : 0;
}

std::span<const std::uint8_t> TrueTypeFont::table(std::string_view tag) const
{
    const auto it = tables_.find(sfnt::tag(tag));
    return it == tables_.end() ? std::span<const std::uint8_t>{} : it->second;
}

std::span<const std::uint8_t> TrueTypeFont::glyph_data(std::uint16_t glyph) const
{
    if (glyph >= glyph_count_)
        return {};
    const auto glyf = table("glyf");
    const auto from = glyph_offsets_[glyph], to = glyph_offsets_[glyph + 1u];
    if (to <= from || to > glyf.size())
        return {};
    return glyf.subspan(from, to - from);
}

} // namespace fc::reports
