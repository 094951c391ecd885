#include "core/plan_component.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::test::message_on;
using fc::test::only;
using fc::test::rules_on;

namespace {
fc::DilatorCatalogue catalogue()
{
    fc::DilatorCatalogue c;
    auto standard = fc::standard_dilator_set();
    standard.id = 1;
    auto latex = fc::dilator_set_from_form({"Latex 4", "latex", "12, 15, 18, 21"});
    latex.id = 2;
    auto retired = fc::dilator_set_from_form({"Old set", "plastic", "10, 20"});
    retired.id = 3;
    retired.active = false;
    c.sets = {standard, latex, retired};
    c.default_set_id = 1;
    return c;
}

fc::ComponentForm dilator_form()
{
    fc::ComponentForm f;
    f.kind = "dilator";
    return f;
}

std::vector<std::string> rules(const fc::ComponentForm& f, const std::string& field)
{
    return rules_on(fc::check_component_form(f, catalogue()), field);
}
} // namespace

TEST(PlanComponent, OmittedDilatorOptionsTakeTheDefaultSetAndDose)
{
    const auto c = fc::component_from_form(dilator_form(), catalogue());
    ASSERT_EQ(c.kind(), fc::ComponentKind::Dilator);
    const auto& d = std::get<fc::DilatorProgramme>(c.params);
    EXPECT_EQ(d.set_id, 1);
    EXPECT_EQ(d.start_mm, 10);
    EXPECT_EQ(d.target_mm, 32);
    EXPECT_EQ(d.minutes_start, 5);
    EXPECT_EQ(d.minutes_target, 15);
    EXPECT_EQ(d.per_week, 3);
    EXPECT_EQ(d.lubricant, fc::Lubricant::Water);
    EXPECT_EQ(c.instructions, fc::default_instructions(c.params));
    EXPECT_NE(c.instructions.find("start with the 10 mm dilator for 5 minutes"), std::string::npos);
}

TEST(PlanComponent, DilatorSizesMustBeSizesOfTheChosenSet)
{
    auto f = dilator_form();
    f.set = "2";
    f.start_mm = "15";
    f.target_mm = "21";
    const auto c = fc::component_from_form(f, catalogue());
    EXPECT_EQ(std::get<fc::DilatorProgramme>(c.params).set_id, 2);
    f.start_mm = "13"; // a size of the standard set, not of this one
    EXPECT_EQ(rules(f, "start-mm"), only("not-in-set"));
    EXPECT_NE(message_on(fc::check_component_form(f, catalogue()), "start-mm").find("12, 15, 18, 21 mm"),
              std::string::npos);
}

TEST(PlanComponent, DilatorTargetMayEqualButNotUndercutTheStart)
{
    auto f = dilator_form();
    f.start_mm = "19";
    f.target_mm = "19";
    EXPECT_TRUE(fc::check_component_form(f, catalogue()).empty());
    f.target_mm = "16";
    EXPECT_EQ(rules(f, "target-mm"), only("below-start"));
    f.target_mm = "";
    f.minutes_start = "20";
    EXPECT_EQ(std::get<fc::DilatorProgramme>(fc::component_from_form(f, catalogue()).params).minutes_target, 20);
    f.minutes_target = "10";
    EXPECT_EQ(rules(f, "minutes-target"), only("below-start"));
}

TEST(PlanComponent, DilatorDoseBoundaries)
{
    auto f = dilator_form();
    f.minutes_start = "1";
    f.minutes_target = "60";
    f.per_week = "7";
    EXPECT_TRUE(fc::check_component_form(f, catalogue()).empty());
    f.minutes_start = "0";
    f.minutes_target = "61";
    f.per_week = "8";
    EXPECT_EQ(rules(f, "minutes-start"), only("range"));
    EXPECT_EQ(rules(f, "minutes-target"), only("range"));
    EXPECT_EQ(rules(f, "per-week"), only("range"));
    f = dilator_form();
    f.per_week = "0";
    f.lubricant = "vaseline";
    EXPECT_EQ(rules(f, "per-week"), only("range"));
    EXPECT_EQ(rules(f, "lubricant"), only("one-of"));
}

TEST(PlanComponent, UnknownRetiredOrMissingSetsAreRefused)
{
    auto f = dilator_form();
    f.set = "9";
    EXPECT_EQ(rules(f, "set"), only("unknown-set"));
    f.set = "3";
    EXPECT_EQ(rules(f, "set"), only("inactive-set"));
    f.set = "x";
    EXPECT_EQ(rules(f, "set"), only("id-format"));
    auto no_default = catalogue();
    no_default.default_set_id = 0;
    EXPECT_EQ(rules_on(fc::check_component_form(dilator_form(), no_default), "set"), only("required"));
}

TEST(PlanComponent, OilBasedLubricantOnALatexSetIsWarnedAbout)
{
    auto f = dilator_form();
    f.set = "2";
    f.lubricant = "oil";
    const auto latex_oil = fc::component_from_form(f, catalogue()); // a warning, not a refusal
    const auto warnings = fc::component_warnings(latex_oil, catalogue());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].field, "lubricant");
    EXPECT_EQ(warnings[0].rule, "oil-degrades-latex");
    f.lubricant = "water";
    EXPECT_TRUE(fc::component_warnings(fc::component_from_form(f, catalogue()), catalogue()).empty());
    f.set = "1";
    f.lubricant = "oil";
    EXPECT_TRUE(fc::component_warnings(fc::component_from_form(f, catalogue()), catalogue()).empty());
}

TEST(PlanComponent, PfmtDefaultsAndBoundaries)
{
    fc::ComponentForm f;
    f.kind = "PFMT";
    const auto p = std::get<fc::PfmtProgramme>(fc::component_from_form(f, catalogue()).params);
    EXPECT_EQ(p, (fc::PfmtProgramme{.hold_s = 5, .reps = 10, .sets = 3, .fast = 10, .relaxation = false}));
    f.hold_s = "31";
    f.reps = "0";
    f.sets = "11";
    f.fast = "0";
    f.relaxation = true;
    EXPECT_EQ(rules(f, "hold-s"), only("range"));
    EXPECT_EQ(rules(f, "reps"), only("range"));
    EXPECT_EQ(rules(f, "sets"), only("range"));
    EXPECT_TRUE(rules(f, "fast").empty());
    f.hold_s = "10";
    f.reps = "30";
    f.sets = "10";
    const auto c = fc::component_from_form(f, catalogue());
    EXPECT_TRUE(std::get<fc::PfmtProgramme>(c.params).relaxation);
    EXPECT_NE(c.instructions.find("relaxation"), std::string::npos);
}

TEST(PlanComponent, BreathingMassageAndHeatHaveMinutesAndFrequency)
{
    fc::ComponentForm f;
    f.kind = "breathing";
    EXPECT_EQ(std::get<fc::BreathingPractice>(fc::component_from_form(f, catalogue()).params),
              (fc::BreathingPractice{.minutes = 5, .per_day = 1}));
    f.per_day = "11";
    EXPECT_EQ(rules(f, "per-day"), only("range"));
    f.per_day = "";
    f.per_week = "3"; // breathing is counted per day
    EXPECT_EQ(rules(f, "per-week"), only("not-applicable"));

    fc::ComponentForm heat;
    heat.kind = "heat";
    heat.minutes = "20";
    const auto h = fc::component_from_form(heat, catalogue());
    EXPECT_EQ(std::get<fc::HeatTherapy>(h.params), (fc::HeatTherapy{.minutes = 20, .per_week = 3}));
    EXPECT_NE(h.instructions.find("20 minutes before training"), std::string::npos);

    fc::ComponentForm massage;
    massage.kind = "massage";
    massage.per_week = "7";
    EXPECT_NE(fc::component_from_form(massage, catalogue()).instructions.find("every day"), std::string::npos);
}

TEST(PlanComponent, OptionsOfAnotherKindAreRefused)
{
    auto f = dilator_form();
    f.hold_s = "5";
    f.to = "GP";
    f.topics = {"hygiene"};
    const auto errors = fc::check_component_form(f, catalogue());
    EXPECT_EQ(rules_on(errors, "hold-s"), only("not-applicable"));
    EXPECT_EQ(rules_on(errors, "to"), only("not-applicable"));
    EXPECT_EQ(rules_on(errors, "topic"), only("not-applicable"));
    EXPECT_EQ(message_on(errors, "hold-s"), "does not apply to a dilator component");
}

TEST(PlanComponent, EducationTopicsComeFromTheKnownListPlusFreeText)
{
    fc::ComponentForm f;
    f.kind = "education";
    EXPECT_EQ(rules(f, "topic"), only("required"));
    f.topics = {"toilet-posture, hygiene", "hygiene"};
    const auto e = std::get<fc::Education>(fc::component_from_form(f, catalogue()).params);
    EXPECT_EQ(e.topics,
              (std::vector<fc::EducationTopic>{fc::EducationTopic::Hygiene, fc::EducationTopic::ToiletPosture}));
    f.topics = {"yoga"};
    EXPECT_EQ(rules(f, "topic"), only("one-of"));
    f.topics.clear();
    f.other_topic = "Sitting on a cushion at work";
    EXPECT_TRUE(fc::check_component_form(f, catalogue()).empty());
}

TEST(PlanComponent, ReferralNeedsWhomAndWhy)
{
    fc::ComponentForm f;
    f.kind = "referral";
    EXPECT_EQ(rules(f, "to"), only("required"));
    EXPECT_EQ(rules(f, "reason"), only("required"));
    f.to = "Colorectal surgeon";
    f.reason = "Bleeding persists after six weeks";
    EXPECT_EQ(fc::component_from_form(f, catalogue()).instructions,
              "Referral to Colorectal surgeon: Bleeding persists after six weeks");
}

TEST(PlanComponent, KindIsRequiredAndOneOfTheStableIds)
{
    EXPECT_EQ(rules({}, "kind"), only("required"));
    fc::ComponentForm f;
    f.kind = "yoga";
    EXPECT_EQ(rules(f, "kind"), only("one-of"));
    for (const auto k : fc::all_component_kinds)
        EXPECT_EQ(fc::parse_component_kind(fc::to_string(k)), k);
    std::string ids;
    for (const auto k : fc::all_component_kinds)
        ids += std::string(fc::to_string(k)) + " ";
    EXPECT_EQ(ids, "dilator pfmt breathing massage heat education referral ");
}

TEST(PlanComponent, WrittenInstructionsAreKeptAndRoundTripThroughTheForm)
{
    auto f = dilator_form();
    f.start_mm = "13";
    f.instructions = "Use the 13 mm dilator after your warm bath.";
    const auto c = fc::component_from_form(f, catalogue());
    EXPECT_EQ(c.instructions, "Use the 13 mm dilator after your warm bath.");
    const auto again = fc::component_from_form(fc::ComponentForm::from(c), catalogue());
    EXPECT_EQ(again, c);
    const auto plain = fc::component_from_form(dilator_form(), catalogue());
    EXPECT_TRUE(fc::ComponentForm::from(plain).instructions.empty()); // generated text is not frozen in the form
}
