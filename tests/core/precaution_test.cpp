#include "core/precaution.h"

#include <gtest/gtest.h>

namespace {
const fc::Date today(2026, 11, 25);
}

TEST(Precaution, OpenFromItsDateUntilTheDayItIsCleared)
{
    fc::Precaution p;
    p.noted_on = fc::Date(2026, 11, 1);
    EXPECT_FALSE(p.is_open_on(fc::Date(2026, 10, 31)));
    EXPECT_TRUE(p.is_open_on(fc::Date(2026, 11, 1)));
    p.cleared_on = fc::Date(2026, 11, 10);
    EXPECT_TRUE(p.is_open_on(fc::Date(2026, 11, 9)));
    EXPECT_FALSE(p.is_open_on(fc::Date(2026, 11, 10)));
}

TEST(Precaution, FormNeedsAKnownKindAndAPastDate)
{
    EXPECT_EQ(fc::precaution_from_form({"fissure", "", ""}, today).noted_on, today);
    EXPECT_EQ(fc::precaution_from_form({"IBD", "Crohn's", "2026-01-05"}, today).kind, fc::PrecautionKind::Ibd);
    const auto errors = fc::check_precaution_form({"sore", "", "2026-12-01"}, today);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].field, "kind");
    EXPECT_EQ(errors[1].field, "date");
}

TEST(Precaution, ClearingRecordsWhoAndWhenOnce)
{
    fc::Precaution p;
    p.id = 3;
    p.noted_on = fc::Date(2026, 11, 1);
    const auto c = fc::cleared(p, {"Dr Ada Quill", "2026-11-20"}, "Harriet Ashdown", today);
    EXPECT_EQ(c.cleared_by, "Dr Ada Quill");
    EXPECT_EQ(c.cleared_on, fc::Date(2026, 11, 20));
    EXPECT_EQ(fc::cleared(p, {"", ""}, "Harriet Ashdown", today).cleared_by, "Harriet Ashdown");
    EXPECT_THROW(fc::cleared(c, {"x", ""}, "y", today), fc::Conflict);
}

TEST(Precaution, ClearanceCannotPredateThePrecautionOrBeInTheFuture)
{
    fc::Precaution p;
    p.noted_on = fc::Date(2026, 11, 1);
    EXPECT_THROW(fc::cleared(p, {"", "2026-10-31"}, "x", today), fc::InvalidInput);
    EXPECT_THROW(fc::cleared(p, {"", "2026-11-26"}, "x", today), fc::InvalidInput);
}

TEST(Precaution, KindsRoundTripThroughTheirIds)
{
    for (const auto k : fc::all_precaution_kinds)
        EXPECT_EQ(fc::parse_precaution_kind(fc::to_string(k)), k);
    EXPECT_FALSE(fc::parse_precaution_kind("fissures").has_value());
}
