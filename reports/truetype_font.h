#pragma once
// A TrueType font file read into memory: its tables, the character map and the advance widths.
// Enough to measure text and to cut the font down (font_subset.h); no rasterising, no shaping.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fc::reports {

class TrueTypeFont {
public:
    // Throws ReportError when the file is missing or is not a TrueType font.
    static TrueTypeFont from_file(const std::filesystem::path& path);
    explicit TrueTypeFont(std::vector<std::uint8_t> bytes);

    int units_per_em() const { return units_per_em_; }
    int ascender() const { return ascender_; }   // font units above the baseline
    int descender() const { return descender_; } // font units below the baseline, positive
    int glyph_count() const { return glyph_count_; }

    std::uint16_t glyph_for(char32_t code_point) const; // 0 (.notdef) when the font lacks it
    bool has(char32_t code_point) const { return glyph_for(code_point) != 0; }
    std::vector<char32_t> code_points() const; // every character the font has, ascending
    int advance(std::uint16_t glyph) const;    // font units

    // A table's bytes; empty when the font has no such table.
    std::span<const std::uint8_t> table(std::string_view tag) const;
    // The byte range of one glyph inside "glyf" (empty for a glyph without outline).
    std::span<const std::uint8_t> glyph_data(std::uint16_t glyph) const;

private:
    void read_cmap();
    std::vector<std::uint8_t> bytes_;
    std::unordered_map<std::uint32_t, std::span<const std::uint8_t>> tables_;
    std::vector<std::uint16_t> bmp_glyphs_; // index: code point below 0x10000
    std::unordered_map<char32_t, std::uint16_t> astral_glyphs_;
    std::vector<std::uint16_t> advances_;
    std::vector<std::uint32_t> glyph_offsets_; // glyph_count + 1 entries into glyf
    int units_per_em_ = 1000;
    int ascender_ = 0;
    int descender_ = 0;
    int glyph_count_ = 0;
};

// Big-endian reads and writes shared by the font code.
namespace sfnt {
std::uint16_t u16(std::span<const std::uint8_t> s, std::size_t at);
std::int16_t s16(std::span<const std::uint8_t> s, std::size_t at);
std::uint32_t u32(std::span<const std::uint8_t> s, std::size_t at);
std::uint32_t tag(std::string_view four);
} // namespace sfnt

} // namespace fc::reports
