// What never becomes or changes a clinic: an empty file, a file cut short or missing part of its
// schema, a file a check found damaged, a backup. And the clinic file is never opened outside
// SQLite while this process has it open (that would drop its locks).
#include "store/clinic_backup.h"
#include "store/clinic_file.h"
#include "store/output_file.h"
#include "store/schema.h"
#include "support/file_bytes.h"
#include "support/temp_dir.h"

#include "core/errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using fc::ClinicFileError;
using fc::store::ClinicFile;
namespace fs = std::filesystem;
using fc::test::contains;
using fc::test::read_all;
using fc::test::write_all;

namespace {

ClinicFileError open_error(const fs::path& p, bool create = false)
{
    try {
        ClinicFile f(p, {.create_if_missing = create});
    } catch (const ClinicFileError& e) {
        return e;
    }
    ADD_FAILURE() << "opening " << p << " succeeded";
    return ClinicFileError(ClinicFileError::Kind::Io, "opened");
}

// A clinic with some rows in a table of its own pages, closed cleanly.
fs::path make_clinic(const fc::test::TempDir& dir, const std::string& name = "clinic.floorchart")
{
    const auto path = dir.file(name);
    ClinicFile f(path);
    for (int i = 0; i < 300; ++i)
        f.db().exec("INSERT INTO settings VALUES ('k" + std::to_string(i) + "', '" + std::string(300, 'x') + "')");
    return path;
}

// A backup of a clinic made by make_clinic.
fs::path make_backup(const fc::test::TempDir& dir, const std::string& name)
{
    const auto backup = dir.file(name);
    ClinicFile f(make_clinic(dir), {.create_if_missing = false});
    fc::store::write_backup(f.db(), fc::store::OutputTarget{.file = backup});
    return backup;
}

// Overwrites the start of the first page of `table`'s b-tree, as a failing disk would.
void damage_table(const fs::path& path, const std::string& table)
{
    int page = 0, page_size = 0;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'").getInt();
        page_size = db.execAndGet("PRAGMA page_size").getInt();
    }
    ASSERT_GT(page, 1);
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(page - 1) * page_size);
    const std::string junk(16, '\x7f');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
}

// The POSIX locks this process holds on `file`, from /proc/locks.
int locks_held_on(const fs::path& file)
{
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0)
        return -1;
    std::ifstream locks("/proc/locks");
    std::string line;
    int held = 0;
    const auto pid = std::to_string(::getpid());
    const auto inode = ":" + std::to_string(st.st_ino) + " ";
    while (std::getline(locks, line))
        if (contains(line, " POSIX ") && contains(line, " " + pid + " ") && contains(line, inode))
            ++held;
    return held;
}

} // namespace

TEST(EmptyClinicFile, IsRefusedUnlessCreationIsAsked)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    write_all(path, "");
    const auto e = open_error(path);
    EXPECT_EQ(e.kind(), ClinicFileError::Kind::Missing);
    EXPECT_TRUE(contains(e.what(), path.string())) << e.what();
    EXPECT_TRUE(contains(e.what(), "empty")) << e.what();
    EXPECT_TRUE(contains(e.what(), "init")) << e.what();
    EXPECT_TRUE(contains(e.what(), "restore")) << e.what();
    EXPECT_EQ(fs::file_size(path), 0u);
    EXPECT_FALSE(fs::exists(path.string() + "-wal"));
}

TEST(DamagedClinicFile, AFileShorterThanItsHeaderPromisesIsRefusedAndLeftAlone)
{
    fc::test::TempDir dir;
    const auto path = make_clinic(dir);
    auto bytes = read_all(path);
    bytes.resize(bytes.size() - 4096); // the last page lost
    write_all(path, bytes);
    const auto e = open_error(path);
    EXPECT_EQ(e.kind(), ClinicFileError::Kind::Corrupt) << e.what();
    EXPECT_EQ(read_all(path), bytes);
}

TEST(DamagedClinicFile, AFileMissingATriggerIsRefused)
{
    fc::test::TempDir dir;
    const auto path = make_clinic(dir);
    std::string trigger;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        trigger = db.execAndGet("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name LIMIT 1")
                      .getString();
        db.exec("DROP TRIGGER " + trigger);
    }
    const auto before = read_all(path);
    const auto e = open_error(path);
    EXPECT_EQ(e.kind(), ClinicFileError::Kind::Corrupt);
    EXPECT_TRUE(contains(e.what(), "trigger " + trigger)) << e.what();
    EXPECT_EQ(read_all(path), before);
}

TEST(DamagedClinicFile, AFileChangedSinceItsLastCleanCloseIsCheckedBeforeTheFirstWrite)
{
    fc::test::TempDir dir;
    const auto path = make_clinic(dir);
    damage_table(path, "settings");
    const auto before = read_all(path);
    {
        ClinicFile f(path, {.create_if_missing = false}); // the cheap checks pass
        try {
            f.prepare_write();
            FAIL() << "a damaged file was about to be written";
        } catch (const ClinicFileError& e) {
            EXPECT_EQ(e.kind(), ClinicFileError::Kind::Corrupt);
            EXPECT_TRUE(contains(e.what(), "Restore the newest backup")) << e.what();
        }
    }
    // The next process is told at once: the damage is remembered until the file changes.
    ClinicFile again(path, {.create_if_missing = false});
    EXPECT_THROW(again.prepare_write(), ClinicFileError);
    EXPECT_EQ(read_all(path), before);
}

TEST(DamagedClinicFile, AFailedCheckStopsEveryLaterWrite)
{
    fc::test::TempDir dir;
    const auto path = make_clinic(dir);
    {
        ClinicFile clean(path, {.create_if_missing = false});
        clean.prepare_write(); // checked and found sound
    }
    damage_table(path, "settings");
    ClinicFile f(path, {.create_if_missing = false});
    EXPECT_FALSE(f.check().ok);
    EXPECT_THROW(f.prepare_write(), ClinicFileError);
    ClinicFile second(path, {.create_if_missing = false}); // another connection of this process
    EXPECT_THROW(second.prepare_write(), ClinicFileError);
}

TEST(Backups, OpenReadOnlyAndAreNeverChanged)
{
    fc::test::TempDir dir;
    const auto backup = make_backup(dir, "backup.floorchart");
    const auto before = read_all(backup);
    {
        ClinicFile b(backup, {.create_if_missing = false});
        EXPECT_TRUE(b.is_backup());
        EXPECT_GE(b.db().execAndGet("SELECT count(*) FROM settings").getInt(), 300);
        try {
            b.prepare_write();
            FAIL() << "a backup was about to be written";
        } catch (const ClinicFileError& e) {
            EXPECT_TRUE(contains(e.what(), "backup")) << e.what();
            EXPECT_TRUE(contains(e.what(), "restore")) << e.what();
        }
    }
    EXPECT_TRUE(fc::store::inspect_backup(backup).ok);
    EXPECT_EQ(read_all(backup), before);
    EXPECT_FALSE(fs::exists(backup.string() + "-wal"));
    EXPECT_FALSE(fs::exists(backup.string() + "-shm"));
}

TEST(Backups, ACopyInRollbackModeFromAnOlderFloorChartIsABackupToo)
{
    fc::test::TempDir dir;
    const auto backup = make_backup(dir, "old-backup.floorchart");
    {
        SQLite::Database old(backup.string(), SQLite::OPEN_READWRITE);
        old.exec("PRAGMA application_id = " + std::to_string(fc::store::application_id));
    }
    const auto before = read_all(backup);
    {
        ClinicFile b(backup, {.create_if_missing = false});
        EXPECT_TRUE(b.is_backup());
    }
    EXPECT_EQ(read_all(backup), before);
    EXPECT_FALSE(fs::exists(backup.string() + "-wal"));
}

TEST(OpenFiles, ASecondConnectionKeepsTheFirstOnesLocks)
{
    fc::test::TempDir dir;
    const auto path = make_clinic(dir);
    ClinicFile first(path, {.create_if_missing = false});
    first.db().exec("INSERT INTO settings VALUES ('a', 'b')");
    const int held = locks_held_on(path);
    ASSERT_GT(held, 0) << "a connection in WAL mode holds a lock on the clinic file";
    {
        ClinicFile second(path, {.create_if_missing = false}); // as the app's background search does
        EXPECT_EQ(locks_held_on(path), held) << "opening a second connection dropped the first one's locks";
        fc::store::inspect_backup(path); // a check of the clinic file itself, while it is open
        EXPECT_EQ(locks_held_on(path), held) << "checking the open clinic file dropped its locks";
    }
    EXPECT_EQ(locks_held_on(path), held) << "closing the second connection dropped the first one's locks";
}
