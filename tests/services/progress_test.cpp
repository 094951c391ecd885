// The progress of the long use cases (backup, restore, rescan): counts that only go up, end at
// their total and leave the result exactly as it is without a progress callback.
#include "clinic_fixture.h"

#include "services/clinic_backups.h"
#include "services/demo_clinic.h"
#include "services/red_flags.h"

#include <SQLiteCpp/Database.h>

#include <utility>
#include <vector>

using namespace fc;

namespace {
using Calls = std::vector<std::pair<int, int>>;

class ProgressTest : public test::ClinicTest {
protected:
    void SetUp() override { fill_demo_clinic(clinic, {.patients = 30, .seed = 4}); }
    Actor someone() { return ClinicianDirectory(clinic).act_as(std::int64_t{1}); }
    static std::function<void(int, int)> recording(Calls& calls)
    {
        return [&calls](int done, int total) { calls.emplace_back(done, total); };
    }
};

int page_count(const std::filesystem::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA page_count").getInt();
}

// Nothing counted yet (0, 0), then counts that never go back and never pass their total, which
// does not change once known.
void expect_counts_only_go_up(const Calls& calls)
{
    int total = 0;
    int done = 0;
    for (const auto& [d, t] : calls) {
        if (t == 0) {
            EXPECT_EQ(d, 0) << "a count without a total";
            EXPECT_EQ(total, 0) << "the total was forgotten";
            continue;
        }
        if (total != 0) {
            EXPECT_EQ(t, total) << "the total changed";
        }
        EXPECT_GE(d, done) << "the count went back";
        EXPECT_LE(d, t);
        total = t;
        done = d;
    }
}
} // namespace

TEST_F(ProgressTest, ABackupCountsItsPagesToTheEnd)
{
    Calls calls;
    const auto file = ClinicBackups(clinic).back_up(dir.file("b.floorchart"), someone(), recording(calls));
    ASSERT_FALSE(calls.empty());
    expect_counts_only_go_up(calls);
    EXPECT_EQ(calls.back().first, calls.back().second);
    EXPECT_EQ(calls.back().second, page_count(file)) << "every page of the backup counted";
    const auto check = verify_backup(file);
    EXPECT_TRUE(check.ok);
    EXPECT_EQ(check.patients, 30);
}

TEST_F(ProgressTest, TheAutomaticBackupCountsOnlyWhenItWritesOne)
{
    Calls calls;
    ASSERT_TRUE(ClinicBackups(clinic).back_up_automatically(someone(), {}, recording(calls)));
    ASSERT_FALSE(calls.empty());
    EXPECT_EQ(calls.back().first, calls.back().second);
    calls.clear();
    EXPECT_FALSE(ClinicBackups(clinic).back_up_automatically(someone(), {}, recording(calls))) << "one a day";
    EXPECT_TRUE(calls.empty());
}

TEST_F(ProgressTest, ARestoreCountsThePagesKeptAsideAndThoseRestored)
{
    const auto backup = ClinicBackups(clinic).back_up(dir.file("b.floorchart"), someone());
    PatientRecords(clinic, someone()).add(form("Added", "After Backup", "1990-01-01"));
    {
        Clinic moved = std::move(clinic); // restore needs the file to itself
    }
    const int current = page_count(path);
    Calls calls;
    const auto result = restore_clinic(path, backup, Actor::nobody(), recording(calls));
    ASSERT_FALSE(calls.empty());
    expect_counts_only_go_up(calls);
    EXPECT_EQ(calls.back().first, calls.back().second);
    EXPECT_EQ(calls.back().second, current + page_count(backup));
    EXPECT_TRUE(result.restored.ok);
    Clinic reopened(path, false);
    EXPECT_TRUE(PatientRecords(reopened, Actor::nobody()).search({.text = "added after"}).empty());
}

TEST_F(ProgressTest, ARescanCountsEveryPatientOnce)
{
    RedFlags flags(clinic, someone());
    Calls calls;
    flags.rescan(std::nullopt, recording(calls));
    ASSERT_EQ(calls.size(), 30u);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(calls[static_cast<std::size_t>(i)], std::make_pair(i + 1, 30));
    calls.clear();
    flags.rescan(std::int64_t{1}, recording(calls));
    EXPECT_EQ(calls, (Calls{{1, 1}})) << "one patient";
}
