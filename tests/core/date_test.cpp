#include "core/date.h"

#include <gtest/gtest.h>

using fc::Date;

TEST(Date, ParsesStrictIsoDates)
{
    EXPECT_EQ(fc::parse_iso_date("2024-02-29"), Date(2024, 2, 29));
    EXPECT_EQ(fc::parse_iso_date("1900-01-01"), Date(1900, 1, 1));
}

TEST(Date, RejectsImpossibleAndMalformedDates)
{
    for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01",
                            "26-01-01", "2026/01/01", "2026-01-01x", "", "abcd-ef-gh", " 2026-01-01"})
        EXPECT_FALSE(fc::parse_iso_date(bad).has_value()) << bad;
}

TEST(Date, FormatsAsIso)
{
    EXPECT_EQ(fc::to_iso(Date(2026, 3, 7)), "2026-03-07");
}

TEST(Date, AgeCountsWholeYearsAndLeapDayBirthdays)
{
    EXPECT_EQ(fc::age_on(Date(1984, 2, 29), Date(2026, 2, 28)), 41);
    EXPECT_EQ(fc::age_on(Date(1984, 2, 29), Date(2026, 3, 1)), 42);
    EXPECT_EQ(fc::age_on(Date(2000, 6, 15), Date(2026, 6, 14)), 25);
    EXPECT_EQ(fc::age_on(Date(2000, 6, 15), Date(2026, 6, 15)), 26);
    EXPECT_EQ(fc::age_on(Date(2030, 1, 1), Date(2026, 1, 1)), 0);
}
