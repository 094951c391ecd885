// Episodes of care and their append-only plan versions.
#include "store/plan_repository.h"

#include "sample_plans.h"
#include "store_test_clinic.h"

#include "core/errors.h"
#include "core/time_of_day.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

using fc::EpisodeOfCare;
using fc::PlanVersion;
using fc::TherapyPlan;

namespace {

class PlanRepositoryTest : public fc::test::StoreTestClinic {
protected:
    fc::store::PlanRepository repo{db};

    std::int64_t open_episode(std::int64_t for_patient, fc::Date on)
    {
        return repo.insert_episode(EpisodeOfCare{.patient_id = for_patient, .opened_on = on});
    }

    PlanVersion version(std::int64_t episode, int number, fc::Date effective, TherapyPlan plan)
    {
        return PlanVersion{.episode_id = episode,
                           .number = number,
                           .effective_on = effective,
                           .clinician_id = clinician,
                           .plan = std::move(plan)};
    }

    static TherapyPlan small_plan(const std::string& title)
    {
        TherapyPlan p;
        p.title = title;
        p.start_on = fc::Date(2026, 11, 25);
        p.review_on = fc::Date(2027, 1, 6);
        return p;
    }
};

} // namespace

TEST_F(PlanRepositoryTest, EpisodeWithItsVersionsRoundTrips)
{
    const auto episode = open_episode(patient, fc::Date(2026, 11, 25));
    const auto first = fc::test::plan_with_every_component();
    auto second = first;
    second.title = "Phase 2";
    second.status = fc::PlanStatus::Active;
    second.stop_reason.clear();
    second.components.pop_back();
    const auto id1 = repo.insert_version(version(episode, 1, fc::Date(2026, 11, 25), first));
    auto v2 = version(episode, 2, fc::Date(2026, 12, 9), second);
    v2.clinician_id = other_clinician;
    const auto id2 = repo.insert_version(v2);

    const auto found = repo.find(episode);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, episode);
    EXPECT_EQ(found->patient_id, patient);
    EXPECT_EQ(found->version, 1);
    EXPECT_EQ(found->opened_on, fc::Date(2026, 11, 25));
    ASSERT_EQ(found->plan_versions.size(), 2u);
    const auto& a = found->plan_versions[0];
    EXPECT_EQ(a.id, id1);
    EXPECT_EQ(a.episode_id, episode);
    EXPECT_EQ(a.number, 1);
    EXPECT_EQ(a.effective_on, fc::Date(2026, 11, 25));
    EXPECT_EQ(a.clinician_id, clinician);
    EXPECT_EQ(a.plan, first);
    const auto& b = found->plan_versions[1];
    EXPECT_EQ(b.id, id2);
    EXPECT_EQ(b.number, 2);
    EXPECT_EQ(b.effective_on, fc::Date(2026, 12, 9));
    EXPECT_EQ(b.clinician_id, other_clinician);
    EXPECT_EQ(b.plan, second);

    // The list columns are copied from the plan.
    SQLite::Statement q(db, "SELECT title, status, recorded_at FROM plan_versions WHERE id = ?");
    q.bind(1, id1);
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), first.title);
    EXPECT_EQ(q.getColumn(1).getString(), "stopped");
    EXPECT_TRUE(fc::is_utc_instant(q.getColumn(2).getString()));
}

TEST_F(PlanRepositoryTest, MissingEpisodeIsNotFound)
{
    EXPECT_FALSE(repo.find(42));
    EXPECT_TRUE(repo.for_patient(patient).empty());
}

TEST_F(PlanRepositoryTest, PatientsEpisodesComeOldestFirstWithTheirOwnVersions)
{
    const auto later = open_episode(patient, fc::Date(2027, 3, 1));
    const auto theirs = open_episode(other_patient, fc::Date(2026, 1, 1));
    const auto earlier = open_episode(patient, fc::Date(2026, 5, 1));
    const auto same_day = open_episode(patient, fc::Date(2027, 3, 1));
    repo.insert_version(version(later, 1, fc::Date(2027, 3, 1), small_plan("later 1")));
    repo.insert_version(version(theirs, 1, fc::Date(2026, 1, 1), small_plan("theirs 1")));
    repo.insert_version(version(earlier, 1, fc::Date(2026, 5, 1), small_plan("earlier 1")));
    repo.insert_version(version(later, 2, fc::Date(2027, 3, 8), small_plan("later 2")));
    repo.insert_version(version(earlier, 2, fc::Date(2026, 6, 1), small_plan("earlier 2")));
    repo.insert_version(version(later, 3, fc::Date(2027, 3, 8), small_plan("later 3")));

    const auto episodes = repo.for_patient(patient);
    std::vector<std::int64_t> ids;
    std::vector<std::vector<std::string>> titles;
    for (const auto& e : episodes) {
        ids.push_back(e.id);
        EXPECT_EQ(e.patient_id, patient);
        titles.emplace_back();
        for (const auto& v : e.plan_versions) {
            EXPECT_EQ(v.episode_id, e.id);
            titles.back().push_back(v.plan.title);
        }
    }
    EXPECT_EQ(ids, (std::vector<std::int64_t>{earlier, later, same_day}));
    EXPECT_EQ(titles, (std::vector<std::vector<std::string>>{
                          {"earlier 1", "earlier 2"}, {"later 1", "later 2", "later 3"}, {}}));
    ASSERT_EQ(repo.for_patient(other_patient).size(), 1u);
    EXPECT_EQ(repo.for_patient(other_patient)[0].plan_versions.size(), 1u);
}

TEST_F(PlanRepositoryTest, VersionsMustTakeTheNextNumberOfTheirEpisode)
{
    const auto episode = open_episode(patient, fc::Date(2026, 11, 25));
    const auto other = open_episode(patient, fc::Date(2026, 11, 25));
    EXPECT_THROW(repo.insert_version(version(episode, 2, fc::Date(2026, 11, 25), small_plan("skips 1"))),
                 SQLite::Exception);
    repo.insert_version(version(episode, 1, fc::Date(2026, 11, 25), small_plan("one")));
    EXPECT_THROW(repo.insert_version(version(episode, 1, fc::Date(2026, 11, 25), small_plan("one again"))),
                 SQLite::Exception);
    EXPECT_THROW(repo.insert_version(version(episode, 3, fc::Date(2026, 11, 25), small_plan("three"))),
                 SQLite::Exception);
    EXPECT_NO_THROW(repo.insert_version(version(episode, 2, fc::Date(2026, 11, 25), small_plan("two"))));
    EXPECT_NO_THROW(repo.insert_version(version(other, 1, fc::Date(2026, 11, 25), small_plan("other one"))));
    EXPECT_EQ(count("plan_versions"), 3);
}

TEST_F(PlanRepositoryTest, VersionsAndEpisodesAreNeverChangedOrDeleted)
{
    const auto episode = open_episode(patient, fc::Date(2026, 11, 25));
    const auto plan = fc::test::plan_with_every_component();
    repo.insert_version(version(episode, 1, fc::Date(2026, 11, 25), plan));
    EXPECT_THROW(db.exec("UPDATE plan_versions SET title = 'rewritten'"), SQLite::Exception);
    EXPECT_THROW(db.exec("UPDATE plan_versions SET content = '{}'"), SQLite::Exception);
    EXPECT_THROW(db.exec("DELETE FROM plan_versions"), SQLite::Exception);
    EXPECT_THROW(db.exec("DELETE FROM episodes"), SQLite::Exception);
    EXPECT_EQ(repo.find(episode)->plan_versions.at(0).plan, plan);
}

TEST_F(PlanRepositoryTest, UnreadableStoredPlanIsReportedAsDamaged)
{
    const auto episode = open_episode(patient, fc::Date(2026, 11, 25));
    const auto insert_raw = [&](int number, const std::string& content) {
        SQLite::Statement s(db, "INSERT INTO plan_versions (episode_id, number, effective_on, clinician_id, "
                                "recorded_at, title, status, content) VALUES (?, ?, '2026-11-25', ?, 'x', 't', "
                                "'active', ?)");
        s.bind(1, episode);
        s.bind(2, number);
        s.bind(3, clinician);
        s.bind(4, content);
        s.exec();
    };
    // Not JSON at all is refused by the table itself...
    EXPECT_THROW(insert_raw(1, "{\"format\": 1, "), SQLite::Exception);
    // ...but JSON that is not a plan is stored, and reading it says what is wrong.
    insert_raw(1, R"({"format": 1, "title": "t"})");
    const auto expect_damaged = [&](auto read) {
        try {
            read();
            ADD_FAILURE() << "a damaged plan was read";
        } catch (const fc::ClinicFileError& e) {
            EXPECT_EQ(e.kind(), fc::ClinicFileError::Kind::Corrupt);
            EXPECT_NE(std::string(e.what()).find("plan version"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("conditions is missing"), std::string::npos) << e.what();
        }
    };
    expect_damaged([&] { repo.find(episode); });
    expect_damaged([&] { repo.for_patient(patient); });
}

TEST_F(PlanRepositoryTest, TextThatIsNotJsonIsReportedAsDamaged)
{
    const auto episode = open_episode(patient, fc::Date(2026, 11, 25));
    // As if the file had been damaged behind SQLite's back: the table's own check is skipped.
    db.exec("PRAGMA ignore_check_constraints = ON");
    SQLite::Statement s(db, "INSERT INTO plan_versions (episode_id, number, effective_on, clinician_id, recorded_at, "
                            "title, status, content) VALUES (?, 1, '2026-11-25', ?, 'x', 't', 'active', 'garbage')");
    s.bind(1, episode);
    s.bind(2, clinician);
    s.exec();
    db.exec("PRAGMA ignore_check_constraints = OFF");
    try {
        repo.find(episode);
        FAIL() << "garbage was read as a plan";
    } catch (const fc::ClinicFileError& e) {
        EXPECT_EQ(e.kind(), fc::ClinicFileError::Kind::Corrupt);
        EXPECT_NE(std::string(e.what()).find("not valid JSON"), std::string::npos) << e.what();
    }
}
