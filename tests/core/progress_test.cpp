#include "core/progress.h"

#include <gtest/gtest.h>

using fc::Date;
using fc::PointSource;

namespace {
fc::SessionNote note(std::int64_t id, Date date, std::optional<int> mm, std::optional<int> pain = std::nullopt)
{
    fc::SessionNote n;
    n.id = id;
    n.date = date;
    n.status = fc::NoteStatus::Signed;
    n.measures.dilator_mm = mm;
    n.measures.pain_during = pain;
    return n;
}

fc::HomeLogEntry home(std::int64_t id, Date date, std::optional<int> mm = std::nullopt,
                      std::optional<int> minutes = std::nullopt)
{
    fc::HomeLogEntry e;
    e.id = id;
    e.date = date;
    e.dilator_mm = mm;
    e.minutes = minutes;
    return e;
}

fc::PlanVersion version(int number, Date effective, int per_week, std::int64_t set_id = 1)
{
    fc::PlanVersion v;
    v.number = number;
    v.effective_on = effective;
    v.plan.start_on = Date(2026, 11, 2);
    v.plan.components.push_back(
        fc::PlanComponent{.params = fc::DilatorProgramme{.set_id = set_id, .per_week = per_week}});
    return v;
}

fc::DilatorCatalogue catalogue()
{
    fc::DilatorCatalogue c;
    c.sets.push_back(fc::standard_dilator_set());
    c.sets[0].id = 1;
    return c;
}

std::vector<double> values(const fc::Series& s)
{
    std::vector<double> out;
    for (const auto& p : s)
        out.push_back(p.value);
    return out;
}
} // namespace

TEST(ProgressSeries, EmptyInputGivesEmptySeries)
{
    const auto s = fc::progress_series({}, {}, {}, catalogue());
    EXPECT_TRUE(s.dilator_mm.empty());
    EXPECT_TRUE(s.pain_during.empty());
    EXPECT_TRUE(s.oxford.empty());
}

TEST(ProgressSeries, OnlySignedAttendedNotesCount)
{
    auto draft = note(2, Date(2026, 11, 5), 16);
    draft.status = fc::NoteStatus::Draft;
    auto cancelled = note(3, Date(2026, 11, 6), 19);
    cancelled.attendance = fc::Attendance::Cancelled;
    const auto s = fc::progress_series({note(1, Date(2026, 11, 4), 13), draft, cancelled}, {}, {}, catalogue());
    ASSERT_EQ(s.dilator_mm.size(), 1u); // a single point
    EXPECT_EQ(s.dilator_mm[0], (fc::SeriesPoint{Date(2026, 11, 4), 13, PointSource::Note, 1}));
}

TEST(ProgressSeries, PointsAreOrderedByDateThenSourceThenId)
{
    const Date day(2026, 11, 10);
    const auto s = fc::progress_series({note(9, day, 16), note(4, day, 13), note(1, Date(2026, 11, 12), 19)},
                                       {home(2, day, 16), home(8, Date(2026, 11, 9), 13)}, {}, catalogue());
    std::vector<std::int64_t> ids;
    for (const auto& p : s.dilator_mm)
        ids.push_back(p.record_id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{8, 4, 9, 2, 1}));
    EXPECT_EQ(s.dilator_mm[3].source, PointSource::HomeLog);
    EXPECT_EQ(fc::to_string(PointSource::HomeLog), "home-log");
}

TEST(ProgressSeries, DilatorStepUsesTheSetOfThePlanInForceThatDay)
{
    auto small = fc::dilator_set_from_form({"Small", "", "13, 16, 19"});
    small.id = 2;
    auto c = catalogue();
    c.sets.push_back(small);
    const std::vector<fc::PlanVersion> versions = {version(1, Date(2026, 11, 2), 3, 1),
                                                   version(2, Date(2026, 11, 16), 3, 2)};
    const auto s = fc::progress_series(
        {note(1, Date(2026, 11, 1), 16), note(2, Date(2026, 11, 9), 16), note(3, Date(2026, 11, 16), 16)}, {}, versions,
        c);
    EXPECT_EQ(values(s.dilator_mm), (std::vector<double>{16, 16, 16}));
    // No plan on 11-01; step 2 of the standard set on 11-09; step 1 of the small set from 11-16.
    ASSERT_EQ(s.dilator_step.size(), 2u);
    EXPECT_EQ(s.dilator_step[0].date, Date(2026, 11, 9));
    EXPECT_EQ(values(s.dilator_step), (std::vector<double>{2, 1}));
}

TEST(ProgressSeries, HomeSessionsFeedMinutesAndPainButNotPainAfterOrOxford)
{
    auto n = note(1, Date(2026, 11, 4), 13, 5);
    n.measures.pain_after = 2;
    n.measures.oxford = 3;
    n.measures.minutes_held = 10;
    auto e = home(1, Date(2026, 11, 6), 13, 12);
    e.pain = 3;
    const auto s = fc::progress_series({n}, {e}, {}, catalogue());
    EXPECT_EQ(values(s.minutes_held), (std::vector<double>{10, 12}));
    EXPECT_EQ(values(s.pain_during), (std::vector<double>{5, 3}));
    EXPECT_EQ(values(s.pain_after), (std::vector<double>{2}));
    EXPECT_EQ(values(s.oxford), (std::vector<double>{3}));
}

TEST(IsoWeek, WeeksStartOnMondayAndBelongToTheYearOfTheirThursday)
{
    EXPECT_EQ(fc::iso_week(Date(2026, 11, 25)), "2026-W48");
    EXPECT_EQ(fc::monday_of(Date(2026, 11, 29)), Date(2026, 11, 23)); // Sunday
    EXPECT_EQ(fc::monday_of(Date(2026, 11, 23)), Date(2026, 11, 23)); // Monday
    EXPECT_EQ(fc::iso_week(Date(2027, 1, 1)), "2026-W53");            // a Friday
    EXPECT_EQ(fc::iso_week(Date(2024, 12, 30)), "2025-W01");          // a Monday
}

TEST(Adherence, SessionsPerIsoWeekAgainstTheTargetInForce)
{
    // Target 3 a week from Monday 2026-11-02, raised to 4 from Wednesday 2026-11-11.
    const std::vector<fc::PlanVersion> versions = {version(1, Date(2026, 11, 2), 3), version(2, Date(2026, 11, 11), 4)};
    const std::vector<fc::SessionNote> notes = {note(1, Date(2026, 11, 2), 13), note(2, Date(2026, 11, 9), 13)};
    const std::vector<fc::HomeLogEntry> log = {
        home(1, Date(2026, 11, 4)), home(2, Date(2026, 11, 6)), home(3, Date(2026, 11, 8)), // Sunday, week 45
        home(4, Date(2026, 11, 9)),                                                         // Monday, week 46
    };
    const auto a = fc::adherence(notes, log, versions, Date(2026, 11, 4), Date(2026, 11, 15));
    ASSERT_EQ(a.weeks.size(), 2u);
    EXPECT_EQ(a.weeks[0].week, "2026-W45");
    EXPECT_EQ(a.weeks[0].monday, Date(2026, 11, 2)); // widened to the whole week
    EXPECT_EQ(a.weeks[0].notes, 1);
    EXPECT_EQ(a.weeks[0].home_sessions, 3);
    EXPECT_EQ(a.weeks[0].target, 3);
    EXPECT_EQ(a.weeks[1].done(), 2);
    EXPECT_EQ(a.weeks[1].target, 4); // the version in force at the end of the week
    EXPECT_EQ(a.sessions_done, 6);
    EXPECT_EQ(a.sessions_counted, 3 + 2); // the extra session of week 45 does not make up for week 46
    EXPECT_EQ(a.sessions_target, 7);
    ASSERT_TRUE(a.percent.has_value());
    EXPECT_NEAR(*a.percent, 100.0 * 5 / 7, 1e-9);
}

TEST(Adherence, WeeksWithoutATargetAreShownButNotCounted)
{
    const std::vector<fc::PlanVersion> versions = {version(1, Date(2026, 11, 9), 2)};
    const auto a = fc::adherence({}, {home(1, Date(2026, 11, 3)), home(2, Date(2026, 11, 10))}, versions,
                                 Date(2026, 11, 2), Date(2026, 11, 15));
    ASSERT_EQ(a.weeks.size(), 2u);
    EXPECT_FALSE(a.weeks[0].target.has_value());
    EXPECT_EQ(a.weeks[0].done(), 1);
    EXPECT_EQ(a.sessions_target, 2);
    ASSERT_TRUE(a.percent.has_value());
    EXPECT_DOUBLE_EQ(*a.percent, 50.0);
}

TEST(Adherence, NoTargetAtAllGivesNoPercentage)
{
    auto pfmt_only = version(1, Date(2026, 11, 2), 3);
    pfmt_only.plan.components = {fc::PlanComponent{.params = fc::PfmtProgramme{}}};
    const auto a = fc::adherence({}, {home(1, Date(2026, 11, 3))}, {pfmt_only}, Date(2026, 11, 2), Date(2026, 11, 8));
    ASSERT_EQ(a.weeks.size(), 1u);
    EXPECT_EQ(a.sessions_done, 1);
    EXPECT_FALSE(a.percent.has_value());
    EXPECT_FALSE(fc::adherence({}, {}, {}, Date(2026, 11, 2), Date(2026, 11, 8)).percent.has_value());
}

TEST(Adherence, AStoppedPlanOrOneNotYetStartedSetsNoTarget)
{
    auto stopped = version(2, Date(2026, 11, 9), 3);
    stopped.plan.status = fc::PlanStatus::Stopped;
    const std::vector<fc::PlanVersion> versions = {version(1, Date(2026, 11, 2), 3), stopped};
    EXPECT_EQ(fc::dilator_target_on(versions, Date(2026, 11, 8)), 3);
    EXPECT_FALSE(fc::dilator_target_on(versions, Date(2026, 11, 9)).has_value());
    auto future = version(1, Date(2026, 10, 1), 3); // written in October, starting 2026-11-02
    const std::vector<fc::PlanVersion> planned = {future};
    EXPECT_FALSE(fc::dilator_target_on(planned, Date(2026, 11, 1)).has_value());
    EXPECT_EQ(fc::dilator_target_on(planned, Date(2026, 11, 2)), 3);
}

TEST(Adherence, UnsignedAndCancelledNotesAreNotSessions)
{
    auto draft = note(1, Date(2026, 11, 3), std::nullopt);
    draft.status = fc::NoteStatus::Draft;
    auto dna = note(2, Date(2026, 11, 4), std::nullopt);
    dna.attendance = fc::Attendance::DidNotAttend;
    const auto a = fc::adherence({draft, dna, note(3, Date(2026, 11, 5), std::nullopt)}, {},
                                 {version(1, Date(2026, 11, 2), 2)}, Date(2026, 11, 2), Date(2026, 11, 8));
    ASSERT_EQ(a.weeks.size(), 1u);
    EXPECT_EQ(a.weeks[0].notes, 1);
    ASSERT_TRUE(a.percent.has_value());
    EXPECT_DOUBLE_EQ(*a.percent, 50.0);
}

TEST(Adherence, APeriodEndingBeforeItStartsIsEmpty)
{
    const auto a = fc::adherence({}, {}, {}, Date(2026, 11, 8), Date(2026, 11, 2));
    EXPECT_TRUE(a.weeks.empty());
    EXPECT_EQ(a.sessions_done, 0);
}
