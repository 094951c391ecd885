// The patient's home log.
#include "store/home_log_repository.h"

#include "store_test_clinic.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

using fc::HomeLogEntry;

namespace {

class HomeLogRepositoryTest : public fc::test::StoreTestClinic {
protected:
    fc::store::HomeLogRepository repo{db};

    HomeLogEntry entry(fc::Date on)
    {
        HomeLogEntry e;
        e.patient_id = patient;
        e.date = on;
        return e;
    }
};

void expect_same(const HomeLogEntry& a, const HomeLogEntry& b)
{
    EXPECT_EQ(a.patient_id, b.patient_id);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.dilator_mm, b.dilator_mm);
    EXPECT_EQ(a.minutes, b.minutes);
    EXPECT_EQ(a.comfort, b.comfort);
    EXPECT_EQ(a.pain, b.pain);
    EXPECT_EQ(a.bleeding, b.bleeding);
    EXPECT_EQ(a.text, b.text);
}

} // namespace

TEST_F(HomeLogRepositoryTest, EntryWithEveryFieldRoundTrips)
{
    auto e = entry(fc::Date(2026, 11, 20));
    e.dilator_mm = 16;
    e.minutes = 12;
    e.comfort = 7;
    e.pain = 2;
    e.bleeding = true;
    e.text = "Easier «today»;\nused more lubricant.";
    const auto id = repo.insert(e, other_clinician);
    const auto back = repo.find(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, id);
    EXPECT_EQ(back->version, 1);
    expect_same(*back, e);
    EXPECT_EQ(db.execAndGet("SELECT recorded_by FROM home_log").getInt64(), other_clinician);
}

TEST_F(HomeLogRepositoryTest, EntryWithNothingOptionalRoundTrips)
{
    const auto e = entry(fc::Date(2026, 11, 21));
    const auto back = repo.find(repo.insert(e, clinician));
    ASSERT_TRUE(back);
    expect_same(*back, e);
    EXPECT_FALSE(back->dilator_mm || back->minutes || back->comfort || back->pain);
    // Zero is a value, not "not recorded".
    auto zeros = entry(fc::Date(2026, 11, 22));
    zeros.minutes = 0;
    zeros.comfort = 0;
    zeros.pain = 0;
    expect_same(*repo.find(repo.insert(zeros, clinician)), zeros);
}

TEST_F(HomeLogRepositoryTest, PatientsEntriesComeByDateThenId)
{
    const auto third = repo.insert(entry(fc::Date(2026, 11, 22)), clinician);
    const auto first = repo.insert(entry(fc::Date(2026, 11, 2)), clinician);
    const auto fourth = repo.insert(entry(fc::Date(2026, 11, 22)), clinician);
    const auto second = repo.insert(entry(fc::Date(2026, 11, 10)), clinician);
    auto theirs = entry(fc::Date(2026, 11, 1));
    theirs.patient_id = other_patient;
    repo.insert(theirs, clinician);
    std::vector<std::int64_t> ids;
    for (const auto& e : repo.for_patient(patient))
        ids.push_back(e.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{first, second, third, fourth}));
    EXPECT_EQ(repo.for_patient(other_patient).size(), 1u);
    EXPECT_FALSE(repo.find(12345));
}

TEST_F(HomeLogRepositoryTest, OutOfRangeValuesAndDeletionAreRefused)
{
    auto e = entry(fc::Date(2026, 11, 20));
    e.minutes = 121;
    EXPECT_THROW(repo.insert(e, clinician), SQLite::Exception);
    e.minutes = 120;
    e.pain = 11;
    EXPECT_THROW(repo.insert(e, clinician), SQLite::Exception);
    e.pain = 10;
    e.comfort = -1;
    EXPECT_THROW(repo.insert(e, clinician), SQLite::Exception);
    e.comfort = 10;
    e.dilator_mm = 4;
    EXPECT_THROW(repo.insert(e, clinician), SQLite::Exception);
    e.dilator_mm = 60;
    EXPECT_THROW(repo.insert(e, 999), SQLite::Exception); // no such clinician
    EXPECT_NO_THROW(repo.insert(e, clinician));
    EXPECT_THROW(db.exec("DELETE FROM home_log"), SQLite::Exception);
    EXPECT_EQ(count("home_log"), 1);
}
