#include "core/red_flag_rules.h"

#include "core/red_flag_fixtures.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using fc::Date;
using fc::RedFlagRule;
using fc::RedFlagSeverity;
using fc::test::default_flag_settings;
using fc::test::flag_context;
using fc::test::home;
using fc::test::key_texts;
using fc::test::messages;
using fc::test::plan_version;
using fc::test::session;

namespace {
using Strings = std::vector<std::string>;
const Date d13(2026, 11, 13);
const Date d15(2026, 11, 15);
const Date d20(2026, 11, 20);

// The progression flags of the patient's notes and home-log entries.
std::vector<fc::RedFlag> progression(const std::vector<fc::SessionNote>& notes,
                                     const std::vector<fc::HomeLogEntry>& home_log = {},
                                     const fc::RedFlagSettings& settings = {})
{
    auto ctx = flag_context();
    ctx.notes = notes;
    ctx.home_log = home_log;
    return fc::test::with_rule(fc::all_red_flags(ctx, settings), RedFlagRule::ProgressionTooFast);
}

fc::DilatorSet wide_set() // 10, 16, 22, 28 mm: every other size of the standard set
{
    auto set = fc::dilator_set_from_form({"Wide", "silicone", "10, 16, 22, 28"});
    set.id = 2;
    return set;
}
} // namespace

TEST(RedFlagProgression, TheFirstSessionEverHasNothingToCompareWith)
{
    EXPECT_TRUE(progression({session(1, d20, 32, 9)}).empty());
    EXPECT_TRUE(progression({}, {fc::test::home(1, d20, 32, 9)}).empty());
}

TEST(RedFlagProgression, OneStepUpIsFineTwoStepsAreTooFast)
{
    EXPECT_TRUE(progression({session(1, d13, 13), session(2, d20, 16)}).empty());
    const auto flags = progression({session(1, d13, 13), session(2, d20, 19)});
    EXPECT_EQ(key_texts(flags), Strings{"progression-too-fast:note:2"});
    EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 13 mm to 19 mm (2 steps) between 2026-11-13 and "
                                       "2026-11-20"});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].severity, RedFlagSeverity::Review);
    EXPECT_EQ(flags[0].on, d20);
    EXPECT_EQ(messages(progression({session(1, d20, 10), session(2, d20, 19)})),
              Strings{"Dilator size raised from 10 mm to 19 mm (3 steps) on 2026-11-20"});
}

TEST(RedFlagProgression, AStepUpWithPainAtTheProgressionThreshold)
{
    EXPECT_TRUE(progression({session(1, d13, 13, 1), session(2, d20, 16, 3)}).empty());
    EXPECT_EQ(messages(progression({session(1, d13, 13, 1), session(2, d20, 16, 4)})),
              Strings{"Dilator size raised from 13 mm to 16 mm while pain was 4/10 on 2026-11-20"});
    EXPECT_EQ(messages(progression({session(1, d13, 13, 1), session(2, d20, 16, 5)})),
              Strings{"Dilator size raised from 13 mm to 16 mm while pain was 5/10 on 2026-11-20"});

    const fc::RedFlagSettings six{.progression_pain_threshold = 6};
    EXPECT_TRUE(progression({session(1, d13, 13, 1), session(2, d20, 16, 5)}, {}, six).empty());
    EXPECT_EQ(progression({session(1, d13, 13, 1), session(2, d20, 16, 6)}, {}, six).size(), 1u);
}

TEST(RedFlagProgression, PainAfterTheSessionAndPainAtTheSizeLeftCountToo)
{
    auto after = session(2, d20, 16, 1);
    after.measures.pain_after = 4;
    EXPECT_EQ(messages(progression({session(1, d13, 13, 0), after})),
              Strings{"Dilator size raised from 13 mm to 16 mm while pain was 4/10 on 2026-11-20"});
    // Moved up although the size left was not yet comfortable.
    EXPECT_EQ(messages(progression({session(1, d13, 13, 5), session(2, d20, 16, 2)})),
              Strings{"Dilator size raised from 13 mm to 16 mm while pain was still 5/10 at 13 mm on 2026-11-13"});
    EXPECT_TRUE(progression({session(1, d13, 13, 3), session(2, d20, 16, 3)}).empty());
}

TEST(RedFlagProgression, TwoStepsWithPainMakeOneFlagSayingBoth)
{
    const auto flags = progression({session(1, d13, 13), session(2, d20, 19, 6)});
    EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 13 mm to 19 mm (2 steps) between 2026-11-13 and "
                                       "2026-11-20 while pain was 6/10 on 2026-11-20"});
}

TEST(RedFlagProgression, AStepDownOrTheSameSizeIsNeverAFlag)
{
    EXPECT_TRUE(progression({session(1, d13, 22, 8), session(2, d20, 13, 9)}).empty());
    EXPECT_TRUE(progression({session(1, d13, 16, 8), session(2, d20, 16, 9)}).empty());
    EXPECT_TRUE(progression({}, {home(1, d13, 19, 6), home(2, d20, 16, 6)}).empty());
}

TEST(RedFlagProgression, DraftsAndSessionsNotAttendedAreSkippedWhenFindingThePreviousOne)
{
    auto draft = session(2, d15, 16);
    draft.status = fc::NoteStatus::Draft;
    auto cancelled = session(3, d15, 16);
    cancelled.attendance = fc::Attendance::Cancelled;
    auto missed = session(4, d15, 16);
    missed.attendance = fc::Attendance::DidNotAttend;
    for (const auto& skipped : {draft, cancelled, missed}) {
        const auto flags = progression({session(1, d13, 13), skipped, session(5, d20, 19)});
        EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 13 mm to 19 mm (2 steps) between 2026-11-13 "
                                           "and 2026-11-20"})
            << fc::to_string(skipped.attendance) << " " << fc::to_string(skipped.status);
    }
    auto jump = session(6, d20, 22);
    jump.status = fc::NoteStatus::Draft; // a draft raises nothing itself
    EXPECT_TRUE(progression({session(1, d13, 13), jump}).empty());
}

TEST(RedFlagProgression, RecordsWithoutASizeAreSkipped)
{
    const auto flags =
        progression({session(2, d15)}, {home(1, d13, 13), home(3, Date(2026, 11, 17)), home(4, d20, 19)});
    EXPECT_EQ(key_texts(flags), Strings{"progression-too-fast:home-log:4"});
    EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 13 mm to 19 mm (2 steps) between 2026-11-13 and "
                                       "2026-11-20"});
}

TEST(RedFlagProgression, NotesAndHomeLogAreComparedTogetherInDateOrder)
{
    EXPECT_TRUE(progression({session(1, d13, 13), session(3, d20, 19)}, {home(2, d15, 16)}).empty());
    const auto flags = progression({session(1, d13, 13), session(3, d20, 16)}, {home(2, d15, 10, 2)});
    EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 10 mm to 16 mm (2 steps) between 2026-11-15 and "
                                       "2026-11-20"});
    EXPECT_EQ(key_texts(flags), Strings{"progression-too-fast:note:3"});
}

TEST(RedFlagProgression, OnTheSameDayNotesComeBeforeHomeLogEntriesThenIdsDecide)
{
    // 10 mm on 11-13; on 11-20 the note (id 9) says 16 mm and the home log (id 2) 13 mm. Note
    // first: 10 -> 16 is two steps, then 16 -> 13 is down. Home log first would be two single steps.
    const auto flags = progression({session(1, d13, 10), session(9, d20, 16)}, {home(2, d20, 13)});
    EXPECT_EQ(key_texts(flags), Strings{"progression-too-fast:note:9"});
    EXPECT_EQ(messages(flags), Strings{"Dilator size raised from 10 mm to 16 mm (2 steps) between 2026-11-13 and "
                                       "2026-11-20"});
    // Two home sessions the same day: id 3 (16 mm) before id 5 (10 mm), whatever the list order.
    EXPECT_TRUE(progression({session(1, d13, 13)}, {home(5, d20, 10), home(3, d20, 16)}).empty());
    EXPECT_EQ(key_texts(progression({session(1, d13, 13)}, {home(3, d20, 10), home(5, d20, 16)})),
              Strings{"progression-too-fast:home-log:5"});
}

TEST(RedFlagProgression, StepsAreCountedInTheSetOfThePlanInForceThatDay)
{
    auto ctx = flag_context(); // standard set from 2026-11-02
    ctx.catalogue.sets.push_back(wide_set());
    ctx.plan_versions.push_back(plan_version(32, 2, d15, 2)); // the wide set from 2026-11-15
    ctx.notes = {session(1, Date(2026, 11, 9), 10), session(2, d20, 16)};
    // 10 -> 16 mm is one step of the wide set in force on 11-20 (two of the standard set).
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());

    ctx.plan_versions = {plan_version(31, 1, Date(2026, 11, 2), 2),
                         plan_version(32, 2, d15, fc::test::standard_set_id)};
    EXPECT_EQ(messages(fc::all_red_flags(ctx, default_flag_settings)),
              Strings{"Dilator size raised from 10 mm to 16 mm (2 steps) between 2026-11-09 and 2026-11-20"});
}

TEST(RedFlagProgression, WithoutAStepToCountThereIsNoFlag)
{
    // 17 mm is not a size of the standard set: neither the step to it nor from it can be counted.
    EXPECT_TRUE(progression({session(1, d13, 10), session(2, d15, 17), session(3, d20, 28)}).empty());

    auto ctx = flag_context();
    ctx.notes = {session(1, Date(2026, 10, 20), 10), session(2, Date(2026, 11, 1), 19)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty()); // no plan in force yet
    ctx.notes = {session(1, d13, 10), session(2, d20, 19)};
    ctx.plan_versions = {plan_version(31, 1, Date(2026, 11, 2), std::nullopt)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty()); // no dilator programme
    ctx.plan_versions = {plan_version(31, 1, Date(2026, 11, 2), 99)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty()); // a set the catalogue lacks
}

TEST(RedFlagProgression, SavingASessionAlsoChecksTheNextSessionsStep)
{
    auto ctx = flag_context();
    ctx.notes = {session(1, d13, 13), session(3, d20, 16)};
    // Logged late: 10 mm on 11-15 makes 11-20 a jump of two steps.
    const auto late = home(2, d15, 10);
    EXPECT_EQ(key_texts(fc::flags_for_home_log(late, ctx, default_flag_settings)),
              Strings{"progression-too-fast:note:3"});

    // An entry that loses its size: 13 -> (16) -> 19 becomes 13 -> 19.
    ctx.home_log = {home(2, d15, 16)};
    ctx.notes = {session(1, d13, 13), session(3, d20, 19)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty());
    EXPECT_EQ(key_texts(fc::flags_for_home_log(home(2, d15), ctx, default_flag_settings)),
              Strings{"progression-too-fast:note:3"});

    // A note's own step and its follower's are both reported, and nothing else.
    ctx.home_log = {home(4, Date(2026, 11, 22), 25)};
    auto bleeding = session(7, Date(2026, 11, 10));
    bleeding.symptoms.bleeding = true;
    ctx.notes = {bleeding, session(1, d13, 10)};
    EXPECT_EQ(key_texts(fc::flags_for_note(session(3, d20, 16), ctx, default_flag_settings)),
              (Strings{"progression-too-fast:note:3", "progression-too-fast:home-log:4"}));
}

TEST(RedFlagProgression, SavingAPlanVersionChecksTheStepsFromItsDate)
{
    auto ctx = flag_context();
    ctx.plan_versions.clear();
    ctx.notes = {session(1, Date(2026, 10, 20), 10), session(2, Date(2026, 10, 27), 16),
                 session(3, d13, 22), session(4, d20, 28)};
    EXPECT_TRUE(fc::all_red_flags(ctx, default_flag_settings).empty()); // no set, no steps
    const auto v = plan_version(31, 1, Date(2026, 11, 1), fc::test::standard_set_id);
    EXPECT_EQ(key_texts(fc::flags_for_plan_version(v, ctx, default_flag_settings)),
              (Strings{"progression-too-fast:note:3", "progression-too-fast:note:4"}));
}
