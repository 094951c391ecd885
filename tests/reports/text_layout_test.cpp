#include "reports/report_fonts.h"
#include "reports/text_layout.h"

#include <gtest/gtest.h>

#include <string>

using namespace fc::reports;

namespace {

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

std::string without_spaces(std::string s)
{
    std::erase_if(s, [](char c) { return c == ' ' || c == '\n'; });
    return s;
}

const std::string samples[] = {
    "Ingrid Ødegaard has followed the graded dilator programme well and progressed from 10 mm to 22 mm.",
    "Ελένη Παπαδοπούλου, Дмитрий Иванов and Łukasiewicz-Żółw met on 2026-09-13 (pain 0-10 scale).",
    "Averyveryveryveryveryveryveryveryverylongwordwithoutanyspaceatallthatcannotfitanywhere at all",
    "Two\n\nparagraphs with a blank line\nand\ttabs\r\nand CR LF.",
    "",
    "   leading and trailing spaces   ",
};

} // namespace

TEST(TextLayout, LinesNeverExceedTheWidth)
{
    for (const auto& text : samples)
        for (const double width : {20.0, 45.0, 80.0, 150.0, 300.0, 500.0})
            for (const auto style : {FontStyle::Regular, FontStyle::Bold}) {
                const Font font{9.5, style};
                const auto lines = wrap_text(metrics(), text, font, width);
                ASSERT_FALSE(lines.empty());
                for (const auto& line : lines)
                    EXPECT_LE(metrics().text_width(line, font.size, font.style), width + 1e-6)
                        << "'" << line << "' at width " << width;
            }
}

TEST(TextLayout, KeepsEveryCharacterInOrder)
{
    for (const auto& text : samples)
        for (const double width : {20.0, 80.0, 500.0}) {
            std::string joined;
            for (const auto& line : wrap_text(metrics(), text, {9.5}, width))
                joined += line;
            EXPECT_EQ(without_spaces(joined), without_spaces(clean_text(text))) << text;
        }
}

TEST(TextLayout, BreaksAtSpacesFirst)
{
    const double width = 60;
    const auto lines = wrap_text(metrics(), "one two three four five six seven eight nine ten", {10}, width);
    ASSERT_GT(lines.size(), 1u);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_NE(lines[i].front(), ' ');
        EXPECT_NE(lines[i].back(), ' ');
        if (i + 1 < lines.size()) { // greedy: the next word would not have fitted
            const auto next = lines[i + 1].substr(0, lines[i + 1].find(' '));
            EXPECT_GT(metrics().text_width(lines[i] + " " + next, 10), width) << lines[i];
        }
    }
}

TEST(TextLayout, BreaksAfterAHyphenButNotInsideNumbers)
{
    const Font font{10};
    const double w = metrics().text_width("Łukasiewicz-", 10) + 1;
    const auto name = wrap_text(metrics(), "Łukasiewicz-Żółw", font, w);
    ASSERT_EQ(name.size(), 2u);
    EXPECT_EQ(name[0], "Łukasiewicz-");
    EXPECT_EQ(name[1], "Żółw");
    const auto date = wrap_text(metrics(), "on 2026-09-13", font, metrics().text_width("2026-09-13", 10) + 1);
    EXPECT_EQ(date.back(), "2026-09-13");
}

TEST(TextLayout, KeepsBlankLinesAndCleansControlCharacters)
{
    const auto lines = wrap_text(metrics(), "a\n\nb\x07\tc", {10}, 200);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1], "");
    EXPECT_EQ(lines[2], "b c");
    EXPECT_EQ(clean_text("bad \xff byte"), "bad \xEF\xBF\xBD byte");
}

TEST(TextLayout, ATwoThousandCharacterNameWrapsInsideTheWidth)
{
    std::string name;
    while (name.size() < 2000)
        name += "Ødegaard-Παπαδοπούλου Иванов ";
    name.resize(2000);
    const auto lines = wrap_text(metrics(), name, {10, FontStyle::Bold}, 250);
    EXPECT_GT(lines.size(), 30u);
    for (const auto& line : lines)
        EXPECT_LE(metrics().text_width(line, 10, FontStyle::Bold), 250 + 1e-6);
}

TEST(TextLayout, LimitedWrapEndsInAnEllipsisInsideTheWidth)
{
    const std::string text(3000, 'W');
    const auto lines = wrap_text_limited(metrics(), text, {9}, 120, 2);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[1].ends_with("\u2026"));
    for (const auto& line : lines)
        EXPECT_LE(metrics().text_width(line, 9), 120 + 1e-6);
    const auto fitted = fit_line(metrics(), text, {9}, 100);
    EXPECT_TRUE(fitted.ends_with("\u2026"));
    EXPECT_LE(metrics().text_width(fitted, 9), 100 + 1e-6);
    EXPECT_EQ(fit_line(metrics(), "short", {9}, 100), "short");
}
