#include "core/home_log.h"
#include "core/note_defaults.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::Date;
using fc::test::only;
using fc::test::rules_on;

namespace {
const Date today(2026, 11, 25);
const fc::RecordingContext with_set{.dob = Date(1990, 5, 17), .today = today, .set = fc::standard_dilator_set()};
const fc::RecordingContext without_set{.dob = Date(1990, 5, 17), .today = today};

fc::SessionNote note(std::int64_t id, Date date, bool is_signed, std::optional<int> mm, std::optional<int> minutes,
                     int duration = 40)
{
    fc::SessionNote n;
    n.id = id;
    n.date = date;
    n.duration_min = duration;
    n.measures.dilator_mm = mm;
    n.measures.minutes_held = minutes;
    if (is_signed)
        n.status = fc::NoteStatus::Signed;
    return n;
}

fc::TherapyPlan plan_with_dilator()
{
    fc::TherapyPlan p;
    p.components.push_back(fc::PlanComponent{
        .params = fc::DilatorProgramme{.set_id = 1, .start_mm = 13, .target_mm = 22, .minutes_start = 8}});
    return p;
}
} // namespace

TEST(HomeLog, AnEntryRecordsOneHomeSession)
{
    const auto e = fc::home_log_from_form(
        {.date = "2026-11-24", .dilator_mm = "19", .minutes = "10", .comfort = "7", .pain = "2", .text = "Easier"},
        with_set);
    EXPECT_EQ(e.date, Date(2026, 11, 24));
    EXPECT_EQ(e.dilator_mm, 19);
    EXPECT_EQ(e.minutes, 10);
    EXPECT_EQ(e.comfort, 7);
    EXPECT_EQ(e.pain, 2);
    EXPECT_FALSE(e.bleeding);
    EXPECT_EQ(fc::home_log_from_form({}, with_set).date, today);
    EXPECT_EQ(fc::home_log_from_form(fc::HomeLogForm::from(e), with_set).text, "Easier");
}

TEST(HomeLog, DateIsNotInTheFutureNorBeforeBirth)
{
    EXPECT_EQ(rules_on(fc::check_home_log_form({.date = "2026-11-26"}, with_set), "date"), only("too-late"));
    EXPECT_EQ(rules_on(fc::check_home_log_form({.date = "1990-05-16"}, with_set), "date"), only("too-early"));
    EXPECT_TRUE(fc::check_home_log_form({.date = "1990-05-17"}, with_set).empty());
}

TEST(HomeLog, DilatorSizeBelongsToTheSetWhenOneIsKnown)
{
    EXPECT_EQ(rules_on(fc::check_home_log_form({.dilator_mm = "20"}, with_set), "dilator-mm"), only("not-in-set"));
    EXPECT_TRUE(fc::check_home_log_form({.dilator_mm = "20"}, without_set).empty());
    EXPECT_EQ(rules_on(fc::check_home_log_form({.dilator_mm = "70"}, without_set), "dilator-mm"), only("range"));
}

TEST(HomeLog, ScoresAndMinutesAreWithinTheirScales)
{
    const auto errors = fc::check_home_log_form({.minutes = "121", .comfort = "11", .pain = "-1"}, with_set);
    EXPECT_EQ(rules_on(errors, "minutes"), only("range"));
    EXPECT_EQ(rules_on(errors, "comfort"), only("range"));
    EXPECT_EQ(rules_on(errors, "pain"), only("range"));
    EXPECT_TRUE(fc::check_home_log_form({.minutes = "120", .comfort = "10", .pain = "0"}, with_set).empty());
    EXPECT_EQ(rules_on(fc::check_home_log_form({.text = std::string(4001, 't')}, with_set), "text"),
              only("max-length"));
}

TEST(NoteDefaults, AFirstNoteIsAnInitialAssessmentStartingFromThePlan)
{
    const auto plan = plan_with_dilator();
    const auto f = fc::next_note_form({}, &plan, today);
    EXPECT_EQ(f.date, "2026-11-25");
    EXPECT_EQ(f.type, "initial");
    EXPECT_EQ(f.attendance, "attended");
    EXPECT_EQ(f.duration, "60");
    EXPECT_EQ(f.measures.dilator_mm, "13");
    EXPECT_EQ(f.measures.minutes_held, "8");
    EXPECT_TRUE(f.start.empty());
    const auto bare = fc::next_note_form({}, nullptr, today);
    EXPECT_TRUE(bare.measures.dilator_mm.empty());
}

TEST(NoteDefaults, AFollowUpCopiesTheLastSignedAttendedNote)
{
    auto cancelled = note(4, Date(2026, 11, 20), true, std::nullopt, std::nullopt);
    cancelled.attendance = fc::Attendance::Cancelled;
    const std::vector<fc::SessionNote> notes = {
        note(1, Date(2026, 11, 4), true, 13, 10, 30),
        note(2, Date(2026, 11, 11), true, 16, 12, 50),
        note(3, Date(2026, 11, 18), false, 19, 15), // draft: not copied
        cancelled,
    };
    ASSERT_NE(fc::previous_note(notes), nullptr);
    EXPECT_EQ(fc::previous_note(notes)->id, 2);
    const auto plan = plan_with_dilator();
    const auto f = fc::next_note_form(notes, &plan, today);
    EXPECT_EQ(f.type, "follow-up");
    EXPECT_EQ(f.duration, "50");
    EXPECT_EQ(f.measures.dilator_mm, "16");
    EXPECT_EQ(f.measures.minutes_held, "12");
    EXPECT_TRUE(f.subjective.empty());
    EXPECT_FALSE(f.consent_internal);
}

TEST(NoteDefaults, WhatThePreviousNoteLeftEmptyComesFromThePlan)
{
    const std::vector<fc::SessionNote> notes = {note(1, Date(2026, 11, 4), true, std::nullopt, std::nullopt)};
    const auto plan = plan_with_dilator();
    const auto f = fc::next_note_form(notes, &plan, today);
    EXPECT_EQ(f.measures.dilator_mm, "13");
    EXPECT_EQ(f.measures.minutes_held, "8");
}

TEST(NoteDefaults, SameDayNotesAreOrderedByStartTime)
{
    auto morning = note(7, today, true, 16, 10);
    morning.start = fc::TimeOfDay::at(9, 0);
    auto afternoon = note(6, today, true, 19, 10);
    afternoon.start = fc::TimeOfDay::at(15, 0);
    const std::vector<fc::SessionNote> notes = {afternoon, morning};
    EXPECT_EQ(fc::previous_note(notes)->id, 6);
}
