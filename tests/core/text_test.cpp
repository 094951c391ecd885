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
