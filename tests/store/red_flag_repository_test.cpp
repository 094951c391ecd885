#include "store/clinic_file.h"
#include "store/red_flag_repository.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

namespace {
class RedFlagRepositoryTest : public ::testing::Test {
protected:
    fc::test::TempDir dir;
    fc::store::ClinicFile file{dir.file("clinic.floorchart")};
    fc::store::RedFlagRepository repo{file.db()};

    void SetUp() override
    {
        file.db().exec("INSERT INTO clinicians (name, created_at, updated_at) VALUES ('Harriet Ashdown', 'x', 'x')");
        file.db().exec("INSERT INTO patients (mrn, family_name, given_name, dob, sort_key, search_text, created_at, "
                       "updated_at) VALUES ('M1', 'Ødegaard', 'Ingrid', '1984-02-29', 'o', 'o', 'x', 'x')");
    }

    fc::RedFlag flag(fc::RedFlagRule rule, std::int64_t source_id, fc::Date on)
    {
        fc::RedFlag f;
        f.patient_id = 1;
        f.rule = rule;
        f.severity = fc::severity_of(rule);
        f.message = "A sentence";
        f.source = fc::RedFlagSource::Note;
        f.source_id = source_id;
        f.on = on;
        f.raised_at = "2026-11-25T09:00:00Z";
        f.version = 1;
        return f;
    }
};
} // namespace

TEST_F(RedFlagRepositoryTest, RoundTripAndOneFlagPerRuleAndSource)
{
    auto f = flag(fc::RedFlagRule::Bleeding, 7, fc::Date(2026, 11, 20));
    f.id = repo.insert(f, 1);
    EXPECT_EQ(*repo.find(f.id), f);
    EXPECT_THROW(repo.insert(f, 1), SQLite::Exception);
    EXPECT_EQ(repo.keys_for_patient(1), std::vector<fc::RedFlagKey>{f.key()});
}

TEST_F(RedFlagRepositoryTest, AcknowledgementIsRecordedOnceAndThenNothingChanges)
{
    auto f = flag(fc::RedFlagRule::Burning, 3, fc::Date(2026, 11, 20));
    f.id = repo.insert(f, 1);
    f.acknowledgement = fc::Acknowledgement{fc::RedFlagAction::Advised, "Advised rest", 1, "2026-11-25T10:00:00Z"};
    EXPECT_TRUE(repo.record_acknowledgement(f));
    EXPECT_FALSE(repo.record_acknowledgement(f)); // stale and already acknowledged
    EXPECT_EQ(repo.find(f.id)->acknowledgement->note, "Advised rest");
    EXPECT_THROW(file.db().exec("UPDATE red_flags SET ack_note = 'rewritten'"), SQLite::Exception);
    EXPECT_THROW(file.db().exec("DELETE FROM red_flags"), SQLite::Exception);
}

TEST_F(RedFlagRepositoryTest, RaisedFlagsKeepWhatTheySay)
{
    const auto id = repo.insert(flag(fc::RedFlagRule::Bleeding, 1, fc::Date(2026, 11, 20)), 1);
    EXPECT_THROW(file.db().exec("UPDATE red_flags SET message = 'nothing to see' WHERE id = " + std::to_string(id)),
                 SQLite::Exception);
    EXPECT_THROW(file.db().exec("UPDATE red_flags SET ack_note = '  ', ack_action = 'none', ack_by = 1, "
                                "ack_at = 'x' WHERE id = " + std::to_string(id)),
                 SQLite::Exception); // a blank acknowledgement note is refused by the file itself
}

TEST_F(RedFlagRepositoryTest, QueueOrderAndCounts)
{
    repo.insert(flag(fc::RedFlagRule::Burning, 1, fc::Date(2026, 11, 1)), 1);
    repo.insert(flag(fc::RedFlagRule::Bleeding, 2, fc::Date(2026, 11, 20)), 1);
    repo.insert(flag(fc::RedFlagRule::SharpPain, 3, fc::Date(2026, 11, 10)), 1);
    const auto queue = repo.list({.open_only = true});
    ASSERT_EQ(queue.size(), 3u);
    EXPECT_EQ(queue[0].rule, fc::RedFlagRule::SharpPain);
    EXPECT_EQ(queue[2].rule, fc::RedFlagRule::Burning);
    const auto counts = repo.open_counts();
    EXPECT_EQ(counts.open, 3);
    EXPECT_EQ(counts.urgent, 2);
}

TEST_F(RedFlagRepositoryTest, SettingsDefaultAndPersist)
{
    EXPECT_EQ(repo.settings(), fc::RedFlagSettings{});
    repo.save_settings({5, 3});
    repo.save_settings({6, 3});
    EXPECT_EQ(repo.settings(), (fc::RedFlagSettings{6, 3}));
}
