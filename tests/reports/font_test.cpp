#include "reports/font_subset.h"
#include "reports/report_error.h"
#include "reports/report_fonts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <vector>

using namespace fc::reports;

TEST(Fonts, ReadsDejaVuSans)
{
    const auto& fonts = ReportFonts::shared();
    const auto& regular = fonts.font(FontStyle::Regular);
    EXPECT_EQ(regular.units_per_em(), 2048);
    for (const char32_t cp : {U'A', U'Ø', U'Ł', U'Ε', U'λ', U'Д', U'и', U'–', U'€'})
        EXPECT_TRUE(regular.has(cp)) << static_cast<unsigned>(cp);
    EXPECT_GT(fonts.metrics().text_width("Bold", 10, FontStyle::Bold), fonts.metrics().text_width("Bold", 10));
    EXPECT_DOUBLE_EQ(fonts.metrics().text_width("", 10), 0);
}

TEST(Fonts, WidthsAreWholeThousandthsOfAnEm)
{
    const auto& m = ReportFonts::shared().metrics();
    // 'W' in DejaVu Sans: 2025 units of 2048 -> 988 thousandths (truncated, as PDF /Widths are).
    const double w = m.text_width("W", 1000);
    EXPECT_DOUBLE_EQ(w, static_cast<int>(w));
    EXPECT_DOUBLE_EQ(m.text_width("WW", 10), 2 * m.text_width("W", 10));
}

TEST(Fonts, SubsetKeepsTheGlyphsAndWidthsOfItsCharacters)
{
    const auto& full = ReportFonts::shared().font(FontStyle::Regular);
    const std::vector<char32_t> chars{U' ', U'A', U'é', U'Ø', U'ő', U'Ω', U'ж', U'…', U'\u1EC5' /* composite ễ */};
    const TrueTypeFont cut(subset_font(full, chars, "TestCut"));
    EXPECT_LT(cut.glyph_count(), 30);
    EXPECT_TRUE(cut.table("fpgm").empty()); // no hinting
    for (const auto cp : chars) {
        ASSERT_TRUE(cut.has(cp) || cp == U' ') << static_cast<unsigned>(cp);
        EXPECT_EQ(cut.advance(cut.glyph_for(cp)), full.advance(full.glyph_for(cp)));
    }
    EXPECT_FALSE(cut.has(U'B'));
    EXPECT_FALSE(cut.glyph_data(cut.glyph_for(U'Ø')).empty());
}

TEST(Fonts, MissingFontFileIsAReportError)
{
    EXPECT_THROW(TrueTypeFont::from_file("/nonexistent/font.ttf"), ReportError);
    EXPECT_THROW(TrueTypeFont(std::vector<std::uint8_t>(100, 0)), ReportError);
    EXPECT_THROW(ReportFonts({"/nonexistent/a.ttf", "/nonexistent/b.ttf"}), ReportError);
}

TEST(Fonts, DamagedFontFilesAreRefusedNotFollowed)
{
    std::ifstream in(default_font_files().regular, std::ios::binary);
    const std::vector<std::uint8_t> good{std::istreambuf_iterator<char>(in), {}};
    ASSERT_GT(good.size(), 100000u);
    const std::vector<char32_t> chars{U'A', U'é', U'\u1EC5', U'Ж'};
    std::mt19937 random(7);
    for (int round = 0; round < 60; ++round) {
        auto bytes = good;
        if (round % 3 == 0)
            bytes.resize(random() % bytes.size());
        else
            for (int k = 0; k < 200; ++k)
                bytes[random() % bytes.size()] = static_cast<std::uint8_t>(random());
        try {
            const TrueTypeFont font(std::move(bytes));
            const TrueTypeFont cut(subset_font(font, chars, "Damaged"));
            EXPECT_LE(cut.glyph_count(), font.glyph_count());
        } catch (const ReportError&) {
            // refused: fine
        }
    }
}
