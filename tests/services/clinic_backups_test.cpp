#include "clinic_fixture.h"

#include "services/clinic_backups.h"
#include "services/demo_clinic.h"
#include "services/session_notes.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <functional>

using namespace fc;

namespace {
// A digest of every row of the clinical tables, to compare a restore with what was backed up.
std::size_t content_hash(const std::filesystem::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    std::size_t h = 0;
    for (const char* table : {"patients", "precautions", "conditions", "consents", "clinicians", "episodes",
                              "plan_versions", "session_notes", "addenda", "home_log"}) {
        SQLite::Statement q(db, std::string("SELECT * FROM ") + table + " ORDER BY id");
        while (q.executeStep())
            for (int c = 0; c < q.getColumnCount(); ++c)
                h = h * 1000003u ^ std::hash<std::string>{}(q.getColumn(c).getString());
    }
    return h;
}

class ClinicBackupsTest : public test::ClinicTest {
protected:
    void SetUp() override { fill_demo_clinic(clinic, {.patients = 40, .seed = 9}); }
    Actor someone() { return ClinicianDirectory(clinic).act_as(std::int64_t{1}); }
};
} // namespace

TEST_F(ClinicBackupsTest, BackupIsVerifiedListedAndAudited)
{
    const auto file = ClinicBackups(clinic).back_up(std::nullopt, someone());
    EXPECT_EQ(file.parent_path(), backup_folder(path));
    const auto check = verify_backup(file);
    EXPECT_TRUE(check.ok);
    EXPECT_EQ(check.patients, 40);
    const auto listed = list_backups(path);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].path, file);
    EXPECT_THROW(ClinicBackups(clinic).back_up(file, someone()), ClinicFileError); // never overwrites
}

TEST_F(ClinicBackupsTest, RestoreGivesExactlyTheRecordsOfTheBackupAndKeepsTheReplacedFile)
{
    const auto backup = dir.file("before.floorchart");
    ClinicBackups(clinic).back_up(backup, someone());
    const auto at_backup = content_hash(backup);
    PatientRecords(clinic, someone()).add(form("Added", "After Backup", "1990-01-01"));
    const auto before_restore = content_hash(path);
    ASSERT_NE(before_restore, at_backup);

    {
        Clinic moved = std::move(clinic); // close our connection: restore needs the file to itself
    }
    const auto result = restore_clinic(path, backup, Actor::nobody());
    EXPECT_TRUE(result.restored.ok);
    EXPECT_EQ(content_hash(path), at_backup);
    EXPECT_EQ(content_hash(result.replaced_file_kept_as), before_restore);
    Clinic reopened(path, false);
    EXPECT_TRUE(PatientRecords(reopened, Actor::nobody()).search({.text = "added after"}).empty());
    Clinic kept(result.replaced_file_kept_as, false);
    EXPECT_EQ(PatientRecords(kept, Actor::nobody()).search({.text = "added after"}).size(), 1u);
}

TEST_F(ClinicBackupsTest, RestoreIsRefusedWhileTheFileIsOpen)
{
    const auto backup = dir.file("b.floorchart");
    ClinicBackups(clinic).back_up(backup, someone());
    const auto before = content_hash(path);
    try {
        restore_clinic(path, backup, Actor::nobody()); // `clinic` still has it open
        FAIL() << "restored over an open file";
    } catch (const ClinicFileError& e) {
        EXPECT_EQ(e.kind(), ClinicFileError::Kind::Locked);
    }
    EXPECT_EQ(content_hash(path), before);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 4); // nothing set aside
}

TEST_F(ClinicBackupsTest, UnhealthyBackupIsRefusedAndNothingChanges)
{
    const auto junk = dir.file("junk.floorchart");
    std::ofstream(junk) << "not a backup";
    EXPECT_FALSE(verify_backup(junk).ok);
    EXPECT_FALSE(verify_backup(dir.file("missing.floorchart")).ok);
    const auto before = content_hash(path);
    {
        Clinic moved = std::move(clinic);
    }
    EXPECT_THROW(restore_clinic(path, junk, Actor::nobody()), ClinicFileError);
    EXPECT_EQ(content_hash(path), before);
}

TEST_F(ClinicBackupsTest, DamagedBackupFailsVerification)
{
    const auto backup = dir.file("b.floorchart");
    ClinicBackups(clinic).back_up(backup, someone());
    std::fstream f(backup, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096 * 3);
    const std::string noise(4096, '\x5a');
    f.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    f.close();
    EXPECT_FALSE(verify_backup(backup).ok);
}

TEST_F(ClinicBackupsTest, AutomaticBackupsAreOneADayRotatedAndNeverTouchThoseMadeByHand)
{
    namespace fs = std::filesystem;
    const auto folder = backup_folder(path);
    fs::create_directories(folder);
    // Eighty days of automatic backups before today (2026-11-25), and one made by hand long ago.
    const auto by_hand = ClinicBackups(clinic).back_up(folder / "before-the-audit.floorchart", someone());
    for (int i = 1; i <= 80; ++i) {
        const Date on = test::pinned_today - boost::gregorian::days(i);
        const auto name = fmt::format("clinic-auto-{:04}{:02}{:02}-180000.floorchart", static_cast<int>(on.year()),
                                      static_cast<int>(on.month()), static_cast<int>(on.day()));
        fs::copy_file(by_hand, folder / name);
    }
    ASSERT_EQ(list_backups(path).size(), 81u);

    const auto written = ClinicBackups(clinic).back_up_automatically(someone(), {});
    ASSERT_TRUE(written);
    EXPECT_EQ(written->filename().string().substr(0, 20), "clinic-auto-20261125");
    EXPECT_TRUE(verify_backup(*written).ok);
    const auto left = list_backups(path);
    // 7 days (today and the six before) and 4 weeks, plus the one made by hand.
    EXPECT_EQ(left.size(), 7u + 4u + 1u);
    EXPECT_TRUE(fs::exists(by_hand)) << "a backup made by hand is never rotated";
    EXPECT_FALSE(fs::exists(folder / "clinic-auto-20260908-180000.floorchart")) << "older than four weeks";

    EXPECT_FALSE(ClinicBackups(clinic).back_up_automatically(someone(), {})) << "at most one a day";
    EXPECT_EQ(list_backups(path).size(), left.size());
}

TEST(AutomaticBackupNames, OnlyTheAutomaticPatternIsRecognised)
{
    EXPECT_EQ(automatic_backup_date("clinic-auto-20261125-093000.floorchart", "clinic"), Date(2026, 11, 25));
    EXPECT_FALSE(automatic_backup_date("clinic-20261125-093000.floorchart", "clinic")) << "made by hand";
    EXPECT_FALSE(automatic_backup_date("other-auto-20261125-093000.floorchart", "clinic"));
    EXPECT_FALSE(automatic_backup_date("clinic-auto-20261345-093000.floorchart", "clinic")) << "no such date";
    EXPECT_FALSE(automatic_backup_date("clinic-auto-2026112x-093000.floorchart", "clinic"));
}

TEST_F(ClinicBackupsTest, ADamagedClinicFileIsRestoredAndKeptAsItWas)
{
    namespace fs = std::filesystem;
    const auto backup = ClinicBackups(clinic).back_up(std::nullopt, someone());
    const auto expected = content_hash(backup);
    const auto by = someone();
    clinic = Clinic(dir.file("elsewhere.floorchart")); // the clinic file is closed
    // Cut short inside its first pages, as a failing disk or a half copy leaves it.
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, 5000);
    EXPECT_THROW(Clinic(path, false), ClinicFileError);

    const auto result = restore_clinic(path, backup, by);
    EXPECT_TRUE(result.restored.ok);
    EXPECT_EQ(content_hash(path), expected) << "exactly the records the backup held";
    ASSERT_TRUE(fs::exists(result.replaced_file_kept_as));
    EXPECT_EQ(fs::file_size(result.replaced_file_kept_as), 5000u) << "the damaged file kept as it was";
    EXPECT_NO_THROW(Clinic(path, false));
}
