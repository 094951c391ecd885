#include "core/field_values.h"
#include "core/time_of_day.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::TimeOfDay;
using fc::test::only;
using fc::test::rules_on;

TEST(TimeOfDay, ParsesHoursAndMinutesWithinTheDay)
{
    EXPECT_EQ(fc::parse_time_of_day("00:00"), TimeOfDay::at(0, 0));
    EXPECT_EQ(fc::parse_time_of_day("09:05"), TimeOfDay::at(9, 5));
    EXPECT_EQ(fc::parse_time_of_day("9:05"), TimeOfDay::at(9, 5));
    EXPECT_EQ(fc::parse_time_of_day("23:59"), TimeOfDay::at(23, 59));
    EXPECT_EQ(fc::parse_time_of_day("23:59")->minutes, 23 * 60 + 59);
}

TEST(TimeOfDay, RejectsTimesOutsideTheDayAndMalformedText)
{
    for (const char* bad : {"24:00", "9:5", "09:60", "0930", "9.30", "009:30", "09:300", ":30", "09:", "-1:30", "09:3a",
                            "", " 09:30", "09:30 ", "12:00pm"})
        EXPECT_FALSE(fc::parse_time_of_day(bad).has_value()) << bad;
}

TEST(TimeOfDay, FormatsAsTwoDigitHoursAndMinutes)
{
    EXPECT_EQ(fc::to_iso(TimeOfDay::at(9, 5)), "09:05");
    EXPECT_EQ(fc::to_iso(*fc::parse_time_of_day("7:30")), "07:30");
    EXPECT_LT(TimeOfDay::at(9, 59), TimeOfDay::at(10, 0));
}

TEST(TimeOfDay, UtcInstantsNeedTheExactShapeAndRealValues)
{
    EXPECT_TRUE(fc::is_utc_instant("2026-11-25T09:30:00Z"));
    EXPECT_TRUE(fc::is_utc_instant("2024-02-29T23:59:59Z"));
    for (const char* bad : {"2026-11-25T09:30:00", "2026-11-25 09:30:00Z", "2026-02-30T09:30:00Z",
                            "2026-11-25T24:00:00Z", "2026-11-25T09:60:00Z", "2026-11-25T09:30Z", ""})
        EXPECT_FALSE(fc::is_utc_instant(bad)) << bad;
}

TEST(FieldValues, WholeNumbersWithinTheRange)
{
    fc::FieldCheck check;
    const fc::NumberRule nrs{.min = 0, .max = 10};
    EXPECT_EQ(fc::whole_number(check, "pain", "10", nrs), 10);
    EXPECT_EQ(fc::whole_number(check, "pain", " 0 ", nrs), 0);
    EXPECT_FALSE(fc::whole_number(check, "pain", "", nrs).has_value());
    EXPECT_TRUE(check.ok());

    EXPECT_FALSE(fc::whole_number(check, "pain", "11", nrs).has_value());
    EXPECT_FALSE(fc::whole_number(check, "pain", "-1", nrs).has_value());
    EXPECT_FALSE(fc::whole_number(check, "pain", "99999999999999999999999", nrs).has_value());
    EXPECT_FALSE(fc::whole_number(check, "pain", "7.5", nrs).has_value());
    EXPECT_FALSE(fc::whole_number(check, "pain", "seven", nrs).has_value());
    EXPECT_FALSE(fc::whole_number(check, "pain", "", fc::NumberRule{.required = true, .max = 10}).has_value());
    EXPECT_EQ(rules_on(check.errors(), "pain"),
              (std::vector<std::string>{"range", "range", "range", "number-format", "number-format", "required"}));
    EXPECT_EQ(check.errors()[0].message, "is 11; must be from 0 to 10");
    EXPECT_EQ(check.errors()[3].message, "'7.5' is not a whole number");
}

TEST(FieldValues, RangeMessageCarriesTheUnitAndNeverEchoesHugeText)
{
    fc::FieldCheck check;
    fc::whole_number(check, "minutes", "121", fc::NumberRule{.min = 0, .max = 120, .unit = "minutes"});
    fc::whole_number(check, "minutes", std::string(1'000'000, 'x'), fc::NumberRule{.max = 120});
    ASSERT_EQ(check.errors().size(), 2u);
    EXPECT_EQ(check.errors()[0].message, "is 121 minutes; must be from 0 to 120 minutes");
    EXPECT_EQ(check.errors()[1].message, "is not a whole number");
}

TEST(FieldValues, TimesAndRecordIds)
{
    fc::FieldCheck check;
    EXPECT_EQ(fc::time_of_day(check, "start", "9:30", true), TimeOfDay::at(9, 30));
    EXPECT_FALSE(fc::time_of_day(check, "start", "24:00", true).has_value());
    EXPECT_FALSE(fc::time_of_day(check, "start", "", true).has_value());
    EXPECT_FALSE(fc::time_of_day(check, "end", "", false).has_value());
    EXPECT_EQ(fc::record_id(check, "set", "12", true), 12);
    EXPECT_FALSE(fc::record_id(check, "set", "0", true).has_value());
    EXPECT_FALSE(fc::record_id(check, "set", "1x", true).has_value());
    EXPECT_EQ(rules_on(check.errors(), "start"), (std::vector<std::string>{"time-format", "required"}));
    EXPECT_TRUE(rules_on(check.errors(), "end").empty());
    EXPECT_EQ(rules_on(check.errors(), "set"), (std::vector<std::string>{"id-format", "id-format"}));
}

TEST(FieldValues, CommaItemsAreTrimmedAndEmptyOnesDropped)
{
    EXPECT_EQ(fc::comma_items(" 10, 13 ,,16 "), (std::vector<std::string>{"10", "13", "16"}));
    EXPECT_TRUE(fc::comma_items(" , ").empty());
    EXPECT_EQ(fc::comma_items("hygiene"), std::vector<std::string>{"hygiene"});
}
