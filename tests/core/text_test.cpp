#include "core/text.h"

#include <gtest/gtest.h>

using namespace fc::text;

TEST(Text, TrimRemovesSurroundingWhitespaceOnly)
{
    EXPECT_EQ(trim("  Ana María \t\n"), "Ana María");
    EXPECT_EQ(trim("   "), "");
    EXPECT_EQ(trim("a  b"), "a  b");
}

TEST(Text, LengthCountsCharactersNotBytes)
{
    EXPECT_EQ(length("Ødegaard"), 8u);
    EXPECT_EQ(length("Ελένη"), 5u);
    EXPECT_EQ(length(""), 0u);
}

TEST(Text, Utf8ValidityRejectsBrokenSequences)
{
    EXPECT_TRUE(is_valid_utf8("Łukasiewicz-Żółw"));
    EXPECT_FALSE(is_valid_utf8("\xC3"));             // truncated
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Text, ControlCharactersAreFoundExceptLineBreaksInMultilineText)
{
    EXPECT_TRUE(has_control_characters("a\x01" "b", false));
    EXPECT_TRUE(has_control_characters("a\nb", false));
    EXPECT_FALSE(has_control_characters("a\nb\tc", true));
    EXPECT_TRUE(has_control_characters("a\x7F", true));
    EXPECT_TRUE(has_control_characters("a\xC2\x85", true)); // U+0085, a C1 control
    EXPECT_FALSE(has_control_characters("O'Brien %s%n", false));
}

TEST(Text, CrlfLineEndsBecomeLfAndLoneCarriageReturnsStay)
{
    EXPECT_EQ(with_lf_line_ends("a\r\nb\r\n"), "a\nb\n");
    EXPECT_EQ(with_lf_line_ends("a\rb\r\r\n"), "a\rb\r\n");
    EXPECT_TRUE(has_control_characters("a\rb", true)) << "a lone CR is not a line break";
}

TEST(Text, InvisibleAndRightToLeftCharactersAreRecognised)
{
    EXPECT_TRUE(is_bidi_control(0x202E));
    EXPECT_TRUE(is_bidi_control(0x2069));
    EXPECT_TRUE(is_bidi_control(0x200F));
    EXPECT_FALSE(is_bidi_control(0x200D));
    EXPECT_TRUE(is_zero_width(0x200B));
    EXPECT_TRUE(is_zero_width(0xFEFF));
    EXPECT_FALSE(is_zero_width(' '));
    EXPECT_TRUE(is_right_to_left(0x05D0));  // Hebrew alef
    EXPECT_TRUE(is_right_to_left(0x0639));  // Arabic ain
    EXPECT_FALSE(is_right_to_left('A'));
    EXPECT_FALSE(is_right_to_left(0x0661)); // Arabic-Indic digit one: weak, not a letter
}
