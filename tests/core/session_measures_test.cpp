#include "core/session_measures.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::test::only;
using fc::test::rules_on;

namespace {
// The rules broken when `field` of the measures form holds `value` (and the set is the standard one).
std::vector<std::string> rules(std::string fc::MeasuresForm::*field, const std::string& name, const std::string& value)
{
    fc::MeasuresForm f;
    f.*field = value;
    const auto set = fc::standard_dilator_set();
    fc::FieldCheck check;
    fc::read_measures(check, f, &set);
    return rules_on(check.errors(), name);
}

struct Bounds {
    std::string fc::MeasuresForm::*field;
    const char* name;
    int min;
    int max;
};
} // namespace

TEST(SessionMeasures, EveryScaleAcceptsItsEndsAndRefusesJustBeyond)
{
    const Bounds scales[] = {
        {&fc::MeasuresForm::pain_during, "pain-during", 0, 10},
        {&fc::MeasuresForm::pain_after, "pain-after", 0, 10},
        {&fc::MeasuresForm::comfort, "comfort", 0, 10},
        {&fc::MeasuresForm::minutes_held, "minutes-held", 0, 120},
        {&fc::MeasuresForm::oxford, "oxford", 0, 5},
        {&fc::MeasuresForm::perfect_p, "perfect-p", 0, 5},
        {&fc::MeasuresForm::perfect_e, "perfect-e", 0, 60},
        {&fc::MeasuresForm::perfect_r, "perfect-r", 0, 20},
        {&fc::MeasuresForm::perfect_f, "perfect-f", 0, 20},
        {&fc::MeasuresForm::bristol, "bristol", 1, 7},
    };
    for (const auto& s : scales) {
        EXPECT_TRUE(rules(s.field, s.name, std::to_string(s.min)).empty()) << s.name;
        EXPECT_TRUE(rules(s.field, s.name, std::to_string(s.max)).empty()) << s.name;
        EXPECT_EQ(rules(s.field, s.name, std::to_string(s.min - 1)), only("range")) << s.name;
        EXPECT_EQ(rules(s.field, s.name, std::to_string(s.max + 1)), only("range")) << s.name;
        EXPECT_EQ(rules(s.field, s.name, "2.5"), only("number-format")) << s.name;
        EXPECT_TRUE(rules(s.field, s.name, "").empty()) << s.name;
    }
}

TEST(SessionMeasures, NamedBoundaryCases)
{
    EXPECT_TRUE(rules(&fc::MeasuresForm::pain_during, "pain-during", "10").empty());
    EXPECT_EQ(rules(&fc::MeasuresForm::pain_during, "pain-during", "11"), only("range"));
    EXPECT_TRUE(rules(&fc::MeasuresForm::oxford, "oxford", "5").empty());
    EXPECT_EQ(rules(&fc::MeasuresForm::oxford, "oxford", "6"), only("range"));
    EXPECT_EQ(rules(&fc::MeasuresForm::bristol, "bristol", "0"), only("range"));
    EXPECT_TRUE(rules(&fc::MeasuresForm::bristol, "bristol", "1").empty());
    EXPECT_TRUE(rules(&fc::MeasuresForm::bristol, "bristol", "7").empty());
    EXPECT_EQ(rules(&fc::MeasuresForm::bristol, "bristol", "8"), only("range"));
}

TEST(SessionMeasures, DilatorSizeMustBeASizeOfTheProgrammesSet)
{
    EXPECT_TRUE(rules(&fc::MeasuresForm::dilator_mm, "dilator-mm", "22").empty());
    EXPECT_EQ(rules(&fc::MeasuresForm::dilator_mm, "dilator-mm", "20"), only("not-in-set"));
    fc::FieldCheck check;
    const auto m = fc::read_measures(check, fc::MeasuresForm{.dilator_mm = "20"}, nullptr);
    EXPECT_EQ(m.dilator_mm, 20); // no programme: any size within 5..60 mm
}

TEST(SessionMeasures, MeasuresAreOptionalAndRoundTripThroughTheForm)
{
    fc::FieldCheck check;
    EXPECT_FALSE(fc::read_measures(check, {}, nullptr).any());
    const fc::MeasuresForm f{.pain_during = "3", .dilator_mm = "16", .minutes_held = "12", .perfect_e = "8"};
    const auto m = fc::read_measures(check, f, nullptr);
    EXPECT_TRUE(m.any());
    EXPECT_EQ(m.pain_during, 3);
    EXPECT_FALSE(m.pain_after.has_value());
    EXPECT_EQ(m.perfect_endurance_s, 8);
    EXPECT_EQ(fc::read_measures(check, fc::MeasuresForm::from(m), nullptr), m);
    EXPECT_TRUE(check.ok());
}

TEST(SessionMeasures, RecordDatesLieBetweenBirthAndToday)
{
    const fc::RecordingContext ctx{.dob = fc::Date(1990, 5, 17), .today = fc::Date(2026, 11, 25)};
    fc::FieldCheck check;
    EXPECT_EQ(fc::record_date(check, "date", "1990-05-17", ctx), fc::Date(1990, 5, 17)); // day of birth
    EXPECT_EQ(fc::record_date(check, "date", "2026-11-25", ctx), ctx.today);
    EXPECT_EQ(fc::record_date(check, "date", "", ctx), ctx.today);
    EXPECT_TRUE(check.ok());
    EXPECT_FALSE(fc::record_date(check, "date", "1990-05-16", ctx).has_value());
    EXPECT_FALSE(fc::record_date(check, "date", "2026-11-26", ctx).has_value());
    EXPECT_EQ(rules_on(check.errors(), "date"), (std::vector<std::string>{"too-early", "too-late"}));
    EXPECT_EQ(check.errors()[0].message, "1990-05-16 is before the patient's date of birth (1990-05-17)");
    EXPECT_EQ(check.errors()[1].message, "2026-11-26 is in the future");
}
