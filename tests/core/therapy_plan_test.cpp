#include "core/therapy_plan.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::Date;
using fc::test::only;
using fc::test::rules_on;

namespace {
const Date today(2026, 11, 25);

fc::PlanForm valid_form()
{
    fc::PlanForm f;
    f.title = "Fissure recovery";
    f.conditions = {"Chronic anal fissure"};
    f.goals = {{"Comfortable with the 22 mm dilator", "2027-02-01", false}};
    f.start = "2026-11-25";
    f.review = "2027-01-06";
    return f;
}

std::vector<std::string> rules(const fc::PlanForm& f, const std::string& field)
{
    return rules_on(fc::check_plan_form(f, today), field);
}

fc::PlanVersion version(int number, Date effective, int per_week = 3)
{
    fc::PlanVersion v;
    v.number = number;
    v.effective_on = effective;
    v.plan.title = "v" + std::to_string(number);
    v.plan.components.push_back(fc::PlanComponent{
        .params = fc::DilatorProgramme{.set_id = 1, .start_mm = 10, .target_mm = 22, .per_week = per_week}});
    return v;
}

// The number of the version in force on `on`; 0 when none is.
int number_on(const std::vector<fc::PlanVersion>& versions, Date on)
{
    const auto* v = fc::plan_on(versions, on);
    return v ? v->number : 0;
}
} // namespace

TEST(TherapyPlan, ValidFormBuildsThePlan)
{
    const auto p = fc::plan_from_form(valid_form(), today);
    EXPECT_EQ(p.title, "Fissure recovery");
    EXPECT_EQ(p.conditions, std::vector<std::string>{"Chronic anal fissure"});
    ASSERT_EQ(p.goals.size(), 1u);
    EXPECT_EQ(p.goals[0].target_on, Date(2027, 2, 1));
    EXPECT_FALSE(p.goals[0].achieved);
    EXPECT_EQ(p.status, fc::PlanStatus::Active);
    EXPECT_TRUE(p.components.empty());
    EXPECT_EQ(fc::plan_from_form(fc::PlanForm::from(p), today), p);
}

TEST(TherapyPlan, StartDefaultsToTodayAndReviewToSixWeeksLater)
{
    fc::PlanForm f;
    f.title = "Dyssynergia";
    const auto p = fc::plan_from_form(f, today);
    EXPECT_EQ(p.start_on, today);
    EXPECT_EQ(p.review_on, Date(2027, 1, 6));
}

TEST(TherapyPlan, ReviewMayBeOnButNotBeforeTheStart)
{
    auto f = valid_form();
    f.review = "2026-11-25";
    EXPECT_TRUE(rules(f, "review").empty());
    f.review = "2026-11-24";
    EXPECT_EQ(rules(f, "review"), only("too-early"));
    EXPECT_EQ(fc::test::message_on(fc::check_plan_form(f, today), "review"),
              "2026-11-24 is before the plan's start (2026-11-25)");
    f.review = "2028-11-26";
    EXPECT_EQ(rules(f, "review"), only("too-late"));
    f.review = "2026-11-31";
    EXPECT_EQ(rules(f, "review"), only("date-format"));
}

TEST(TherapyPlan, TitleIsRequiredAndStartAtMostAYearAhead)
{
    auto f = valid_form();
    f.title = "  ";
    f.start = "2027-11-26";
    f.review = "";
    EXPECT_EQ(rules(f, "title"), only("required"));
    EXPECT_EQ(rules(f, "start"), only("too-late"));
    EXPECT_TRUE(rules(f, "review").empty()); // not judged against a broken start
    f.start = "2027-11-25";
    EXPECT_TRUE(rules(f, "start").empty());
}

TEST(TherapyPlan, StopReasonIsRequiredExactlyWhenStopped)
{
    auto f = valid_form();
    f.status = "stopped";
    EXPECT_EQ(rules(f, "stop-reason"), only("required"));
    f.stop_reason = "Moved away";
    EXPECT_EQ(fc::plan_from_form(f, today).status, fc::PlanStatus::Stopped);
    f.status = "completed";
    EXPECT_EQ(rules(f, "stop-reason"), only("not-stopped"));
    f.status = "paused";
    EXPECT_EQ(rules(f, "status"), only("one-of"));
}

TEST(TherapyPlan, GoalsAndConditionsAreCheckedOneByOne)
{
    auto f = valid_form();
    f.goals.push_back({"", "2026-11-24", true});
    f.conditions.push_back(std::string(201, 'c'));
    const auto errors = fc::check_plan_form(f, today);
    EXPECT_EQ(rules_on(errors, "goal[2]"), only("required"));
    EXPECT_EQ(rules_on(errors, "goal-target[2]"), only("too-early"));
    EXPECT_EQ(rules_on(errors, "condition[2]"), only("max-length"));
    EXPECT_TRUE(rules_on(errors, "goal[1]").empty());
    f = valid_form();
    f.goals.assign(21, fc::GoalForm{"Goal", "", false});
    EXPECT_EQ(rules(f, "goal"), only("too-many"));
}

TEST(TherapyPlan, APlanHoldsOneDilatorProgramme)
{
    fc::TherapyPlan p;
    p.title = "Plan";
    EXPECT_EQ(fc::dilator_programme(p), nullptr);
    p = fc::with_component(p, fc::PlanComponent{.params = fc::PfmtProgramme{}});
    p = fc::with_component(p, fc::PlanComponent{.params = fc::DilatorProgramme{.set_id = 1, .per_week = 2}});
    ASSERT_NE(fc::dilator_programme(p), nullptr);
    EXPECT_EQ(fc::dilator_programme(p)->per_week, 2);
    EXPECT_THROW(fc::with_component(p, fc::PlanComponent{.params = fc::DilatorProgramme{}}), fc::Conflict);
}

TEST(PlanVersions, PlanOnFindsTheVersionInForceOnADate)
{
    const std::vector<fc::PlanVersion> versions = {version(1, Date(2026, 11, 1)), version(2, Date(2026, 11, 15)),
                                                   version(3, Date(2026, 12, 1))};
    EXPECT_EQ(number_on(versions, Date(2026, 10, 31)), 0); // before the first
    EXPECT_EQ(number_on(versions, Date(2026, 11, 1)), 1);  // on its effective date
    EXPECT_EQ(number_on(versions, Date(2026, 11, 14)), 1);
    EXPECT_EQ(number_on(versions, Date(2026, 11, 15)), 2);
    EXPECT_EQ(number_on(versions, Date(2026, 11, 20)), 2); // between
    EXPECT_EQ(number_on(versions, Date(2027, 6, 1)), 3);
    const std::vector<fc::PlanVersion> none;
    EXPECT_EQ(fc::plan_on(none, Date(2026, 11, 20)), nullptr);
}

TEST(PlanVersions, SameDayChangesAreOrderedByNumberWhateverTheListOrder)
{
    const std::vector<fc::PlanVersion> versions = {version(3, Date(2026, 11, 15)), version(1, Date(2026, 11, 1)),
                                                   version(2, Date(2026, 11, 15))};
    EXPECT_EQ(number_on(versions, Date(2026, 11, 15)), 3);
    EXPECT_EQ(number_on(versions, Date(2026, 11, 14)), 1);
    EXPECT_EQ(fc::latest_plan_version(versions)->number, 3);
}

TEST(PlanVersions, ANewVersionNeverRewritesHistory)
{
    std::vector<fc::PlanVersion> history;
    auto first = fc::next_plan_version(history, version(0, today).plan, Date(2026, 11, 1), 7);
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.clinician_id, 7);
    first.episode_id = 12;
    history.push_back(first);
    const auto same_day = fc::next_plan_version(history, version(0, today).plan, Date(2026, 11, 1), 7);
    EXPECT_EQ(same_day.number, 2);
    EXPECT_EQ(same_day.episode_id, 12);
    try {
        fc::next_plan_version(history, version(0, today).plan, Date(2026, 10, 31), 7);
        FAIL() << "expected InvalidInput";
    } catch (const fc::InvalidInput& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors()[0].field, "effective");
        EXPECT_EQ(e.errors()[0].rule, "too-early");
    }
}

TEST(PlanVersions, StatusIdsRoundTrip)
{
    for (const auto s : {fc::PlanStatus::Active, fc::PlanStatus::Completed, fc::PlanStatus::Stopped})
        EXPECT_EQ(fc::parse_plan_status(fc::to_string(s)), s);
    EXPECT_FALSE(fc::parse_plan_status("Active").has_value());
}
