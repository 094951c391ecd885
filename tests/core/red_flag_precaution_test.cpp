#include "core/red_flag_rules.h"

#include "core/red_flag_fixtures.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using fc::Date;
using fc::PrecautionKind;
using fc::RedFlagRule;
using fc::RedFlagSeverity;
using fc::test::default_flag_settings;
using fc::test::flag_context;
using fc::test::key_texts;
using fc::test::messages;
using fc::test::plan_version;
using fc::test::precaution;
using fc::test::session;
using fc::test::with_rule;

namespace {
using Strings = std::vector<std::string>;
const Date work_day(2026, 11, 20);

// The precaution-not-cleared flags of dilator work on 2026-11-20 (note 11) with `precautions`
// and no plan, so that only the note can raise one.
std::vector<fc::RedFlag> work_flags(const std::vector<fc::Precaution>& precautions,
                                    std::optional<int> mm = 13, std::optional<int> minutes = std::nullopt)
{
    auto ctx = flag_context();
    ctx.plan_versions.clear();
    ctx.precautions = precautions;
    auto n = session(11, work_day, mm);
    n.measures.minutes_held = minutes;
    ctx.notes.push_back(n);
    return with_rule(fc::all_red_flags(ctx, default_flag_settings), RedFlagRule::PrecautionNotCleared);
}

fc::PlanVersion stopped(fc::PlanVersion v)
{
    v.plan.status = fc::PlanStatus::Stopped;
    v.plan.stop_reason = "Referred for surgery";
    return v;
}
} // namespace

TEST(RedFlagPrecaution, DilatorWorkWhileAPrecautionIsOpenIsUrgent)
{
    const auto flags = work_flags({precaution(2, PrecautionKind::Fissure, Date(2026, 11, 1))});
    EXPECT_EQ(key_texts(flags), Strings{"precaution-not-cleared:note:11"});
    EXPECT_EQ(messages(flags), Strings{"Dilator work on 2026-11-20 while a precaution is open and not cleared: "
                                       "History of anal fissure (since 2026-11-01)"});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].severity, RedFlagSeverity::Urgent);
    EXPECT_EQ(flags[0].on, work_day);
}

TEST(RedFlagPrecaution, MinutesHeldAloneIsDilatorWorkButOtherWorkIsNot)
{
    const std::vector<fc::Precaution> open = {precaution(2, PrecautionKind::Surgery, Date(2026, 11, 1))};
    EXPECT_EQ(work_flags(open, std::nullopt, 10).size(), 1u);
    EXPECT_EQ(work_flags(open, std::nullopt, 0).size(), 1u); // recorded, even if zero
    EXPECT_TRUE(work_flags(open, std::nullopt, std::nullopt).empty());
}

TEST(RedFlagPrecaution, ClearedTheDayBeforeOrTheDayOfTheWorkIsNoFlagTheDayAfterIs)
{
    const auto cleared_on = [](Date d) {
        return std::vector{precaution(2, PrecautionKind::Fissure, Date(2026, 11, 1), d)};
    };
    EXPECT_TRUE(work_flags(cleared_on(Date(2026, 11, 19))).empty());
    EXPECT_TRUE(work_flags(cleared_on(work_day)).empty());
    EXPECT_EQ(work_flags(cleared_on(Date(2026, 11, 21))).size(), 1u);
}

TEST(RedFlagPrecaution, APrecautionNotedAfterTheWorkIsNoFlagNotedThatDayIs)
{
    EXPECT_TRUE(work_flags({precaution(2, PrecautionKind::Bleeding, Date(2026, 11, 21))}).empty());
    EXPECT_EQ(messages(work_flags({precaution(2, PrecautionKind::Bleeding, work_day)})),
              Strings{"Dilator work on 2026-11-20 while a precaution is open and not cleared: Rectal bleeding "
                      "(since 2026-11-20)"});
}

TEST(RedFlagPrecaution, OneFlagNamesEveryOpenPrecautionOldestFirst)
{
    const auto flags = work_flags({precaution(7, PrecautionKind::Haemorrhoids, Date(2026, 11, 10)),
                                   precaution(3, PrecautionKind::Ibd, Date(2026, 3, 2)),
                                   precaution(4, PrecautionKind::Fissure, Date(2026, 3, 2), Date(2026, 6, 1))});
    EXPECT_EQ(messages(flags), Strings{"Dilator work on 2026-11-20 while a precaution is open and not cleared: "
                                       "Inflammatory bowel disease (since 2026-03-02); Active painful haemorrhoids "
                                       "(since 2026-11-10)"});
}

TEST(RedFlagPrecaution, APlanVersionWithADilatorProgrammeWhileAPrecautionIsOpen)
{
    auto ctx = flag_context(); // version 1 (id 31) from 2026-11-02 with the standard set
    ctx.precautions = {precaution(2, PrecautionKind::Fissure, Date(2026, 11, 1))};
    const auto flags = fc::all_red_flags(ctx, default_flag_settings);
    EXPECT_EQ(key_texts(flags), Strings{"precaution-not-cleared:plan-version:31"});
    EXPECT_EQ(messages(flags), Strings{"Dilator programme in plan version 1 of 2026-11-02 while a precaution is open "
                                       "and not cleared: History of anal fissure (since 2026-11-01)"});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].on, Date(2026, 11, 2));
    EXPECT_EQ(flags[0].severity, RedFlagSeverity::Urgent);

    ctx.precautions[0].cleared_on = Date(2026, 11, 2);
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
}

TEST(RedFlagPrecaution, AnOverrideLetsThePlanStartButStillRaisesTheFlag)
{
    auto ctx = flag_context();
    ctx.precautions = {precaution(2, PrecautionKind::Fissure, Date(2026, 11, 1))};
    auto& dilator = ctx.plan_versions[0].plan.components[0];
    dilator.precaution_override =
        fc::PrecautionOverride{.reason = "Cleared verbally by Dr Quill", .clinician_id = 3, .on = Date(2026, 11, 2),
                               .precaution_ids = {2}};
    ctx.notes = {session(11, work_day, 13)};
    const auto flags = fc::all_red_flags(ctx, default_flag_settings);
    EXPECT_EQ(key_texts(flags), (Strings{"precaution-not-cleared:plan-version:31", "precaution-not-cleared:note:11"}));
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].message, "Dilator programme in plan version 1 of 2026-11-02 while a precaution is open and not "
                                "cleared: History of anal fissure (since 2026-11-01); it was started with a recorded "
                                "override");
}

TEST(RedFlagPrecaution, PlansWithoutDilatorsOrNotActiveRaiseNothing)
{
    auto ctx = flag_context();
    ctx.precautions = {precaution(2, PrecautionKind::Fissure, Date(2026, 11, 1))};
    ctx.plan_versions = {plan_version(31, 1, Date(2026, 11, 2), std::nullopt)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
    ctx.plan_versions = {stopped(plan_version(31, 1, Date(2026, 11, 2), fc::test::standard_set_id))};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
}

TEST(RedFlagPrecaution, APrecautionNotedWhileADilatorPlanRunsIsFlaggedOnTheSameDayByThePlan)
{
    auto ctx = flag_context(); // dilator plan since 2026-11-02
    ctx.precautions = {precaution(2, PrecautionKind::Bleeding, Date(2026, 11, 12))};
    const auto flags = fc::all_red_flags(ctx, default_flag_settings);
    EXPECT_EQ(key_texts(flags), Strings{"precaution-not-cleared:precaution:2"});
    EXPECT_EQ(messages(flags), Strings{"Dilator programme in the plan in force (version 1 of 2026-11-02) while a "
                                       "precaution is open and not cleared: Rectal bleeding (since 2026-11-12)"});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].on, Date(2026, 11, 12));

    // Noted the day the version starts: the version raises it, not the precaution too.
    ctx.precautions = {precaution(2, PrecautionKind::Bleeding, Date(2026, 11, 2))};
    EXPECT_EQ(key_texts(fc::all_red_flags(ctx, default_flag_settings)),
              Strings{"precaution-not-cleared:plan-version:31"});
    // Cleared the day it was noted: never open.
    ctx.precautions = {precaution(2, PrecautionKind::Bleeding, Date(2026, 11, 12), Date(2026, 11, 12))};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
    // No plan in force yet.
    ctx.precautions = {precaution(2, PrecautionKind::Bleeding, Date(2026, 10, 30), Date(2026, 11, 1))};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
}

TEST(RedFlagPrecaution, SavingAPrecautionFlagsTheWorkDoneWhileItIsOpen)
{
    auto ctx = flag_context();
    ctx.plan_versions.push_back(plan_version(32, 2, Date(2026, 11, 16), fc::test::standard_set_id));
    ctx.notes = {session(10, Date(2026, 11, 9), 13), session(11, work_day, 13), session(12, Date(2026, 11, 27), 13)};
    ctx.precautions = {precaution(9, PrecautionKind::Other, Date(2026, 11, 26))}; // flags note 12, not ours
    // Recorded late, dated from 2026-11-10, cleared 2026-11-25.
    const auto p = precaution(2, PrecautionKind::Fissure, Date(2026, 11, 10), Date(2026, 11, 25));
    const auto flags = fc::flags_for_precaution(p, ctx, default_flag_settings);
    EXPECT_EQ(key_texts(flags), (Strings{"precaution-not-cleared:precaution:2",
                                         "precaution-not-cleared:plan-version:32", "precaution-not-cleared:note:11"}));
    // The same once it is stored in the context, and part of a rescan of the patient.
    ctx.precautions.push_back(p);
    EXPECT_EQ(key_texts(fc::flags_for_precaution(p, ctx, default_flag_settings)), key_texts(flags));
    EXPECT_EQ(key_texts(fc::all_red_flags(ctx, default_flag_settings)),
              (Strings{"precaution-not-cleared:precaution:2", "precaution-not-cleared:plan-version:32",
                       "precaution-not-cleared:note:11", "precaution-not-cleared:precaution:9",
                       "precaution-not-cleared:note:12"}));
    // Clearing it later raises nothing new.
    auto earlier = p;
    earlier.cleared_on = Date(2026, 11, 11);
    EXPECT_EQ(key_texts(fc::flags_for_precaution(earlier, ctx, default_flag_settings)),
              Strings{"precaution-not-cleared:precaution:2"});
}

TEST(RedFlagPrecaution, SavingAPlanVersionFlagsItAndThePrecautionsNotedFromItsDate)
{
    auto ctx = flag_context();
    ctx.plan_versions.clear();
    ctx.precautions = {precaution(2, PrecautionKind::Surgery, Date(2026, 11, 1)),
                       precaution(3, PrecautionKind::Bleeding, Date(2026, 11, 12))};
    const auto v = plan_version(31, 1, Date(2026, 11, 2), fc::test::standard_set_id);
    const auto flags = fc::flags_for_plan_version(v, ctx, default_flag_settings);
    EXPECT_EQ(key_texts(flags),
              (Strings{"precaution-not-cleared:plan-version:31", "precaution-not-cleared:precaution:3"}));
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].message, "Dilator programme in plan version 1 of 2026-11-02 while a precaution is open and not "
                                "cleared: Recent anorectal surgery (since 2026-11-01)");
}
