#include "store/clinic_file.h"
#include "store/schema.h"
#include "support/machine_skip.h"
#include "support/read_only_folder.h"
#include "support/temp_dir.h"

#include "core/errors.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using fc::ClinicFileError;
using fc::store::ClinicFile;

namespace {
std::string read_all(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_all(const std::filesystem::path& p, const std::string& bytes)
{
    std::ofstream(p, std::ios::binary) << bytes;
}

ClinicFileError::Kind open_error(const std::filesystem::path& p, fc::store::OpenOptions o = {})
{
    try {
        ClinicFile f(p, o);
    } catch (const ClinicFileError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "opening " << p << " succeeded";
    return ClinicFileError::Kind::Io;
}
} // namespace

TEST(ClinicFile, CreatesSchemaWithWalFullSyncAndForeignKeys)
{
    fc::test::TempDir dir;
    const auto path = dir.file("sub/folder/clinic.floorchart");
    ClinicFile f(path);
    EXPECT_TRUE(f.created());
    EXPECT_EQ(f.schema_version(), fc::store::latest_schema_version());
    auto& db = f.db();
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.execAndGet("PRAGMA synchronous").getInt(), 2); // FULL
    EXPECT_EQ(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), fc::store::application_id);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), fc::store::latest_schema_version());
}

TEST(ClinicFile, ReopeningKeepsDataAndDoesNotRecreate)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    {
        ClinicFile f(path);
        f.db().exec("INSERT INTO settings VALUES ('clinic_name', 'Harbour Lane')");
    }
    ClinicFile again(path);
    EXPECT_FALSE(again.created());
    EXPECT_FALSE(again.was_checked_after_unclean_shutdown());
    EXPECT_EQ(again.db().execAndGet("SELECT value FROM settings WHERE key = 'clinic_name'").getString(), "Harbour Lane");
}

TEST(ClinicFile, MissingFileIsRefusedWhenCreationIsNotAsked)
{
    fc::test::TempDir dir;
    EXPECT_EQ(open_error(dir.file("none.floorchart"), {.create_if_missing = false}), ClinicFileError::Kind::Missing);
    EXPECT_FALSE(std::filesystem::exists(dir.file("none.floorchart")));
}

TEST(ClinicFile, NonDatabaseFileIsRefusedAndLeftUnchanged)
{
    fc::test::TempDir dir;
    const auto path = dir.file("notes.txt");
    const std::string bytes = "These are not the records you are looking for.\n";
    write_all(path, bytes);
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::NotFloorChart);
    EXPECT_EQ(read_all(path), bytes);
}

TEST(ClinicFile, OtherSqliteDatabaseIsRefusedAndLeftUnchanged)
{
    fc::test::TempDir dir;
    const auto path = dir.file("other.db");
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE recipes (name TEXT)");
    }
    const auto before = read_all(path);
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::NotFloorChart);
    EXPECT_EQ(read_all(path), before);

    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
        other.exec("PRAGMA application_id = 1234");
    }
    const auto tagged = read_all(path);
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::NotFloorChart);
    EXPECT_EQ(read_all(path), tagged);
}

TEST(ClinicFile, NewerSchemaIsRefusedNeverDowngraded)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    { ClinicFile f(path); }
    const int newer = fc::store::latest_schema_version() + 1;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    const auto before = read_all(path);
    try {
        ClinicFile f(path);
        FAIL() << "a newer schema was opened";
    } catch (const ClinicFileError& e) {
        EXPECT_EQ(e.kind(), ClinicFileError::Kind::NewerSchema);
        EXPECT_NE(std::string(e.what()).find("newer FloorChart"), std::string::npos);
    }
    EXPECT_EQ(read_all(path), before);
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), newer);
}

TEST(ClinicFile, EmptyFileIsInitialised)
{
    fc::test::TempDir dir;
    const auto path = dir.file("empty.floorchart");
    write_all(path, "");
    ClinicFile f(path);
    EXPECT_TRUE(f.created());
    EXPECT_EQ(f.schema_version(), fc::store::latest_schema_version());
}

TEST(ClinicFile, TruncatedOrGarbledFileIsReportedAsDamagedOrForeign)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    {
        ClinicFile f(path);
        for (int i = 0; i < 200; ++i)
            f.db().exec("INSERT INTO settings VALUES ('k" + std::to_string(i) + "', '" + std::string(200, 'x') + "')");
    }
    auto bytes = read_all(path);
    ASSERT_GT(bytes.size(), 8192u);
    // Keep the header, overwrite the rest of the first pages with noise.
    for (std::size_t i = 100; i < 8192; ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xFF);
    write_all(path, bytes);
    const auto kind = open_error(path);
    EXPECT_TRUE(kind == ClinicFileError::Kind::Corrupt || kind == ClinicFileError::Kind::NotFloorChart);
    EXPECT_EQ(read_all(path), bytes);

    write_all(path, bytes.substr(0, 50)); // cut short inside the SQLite header
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::Corrupt);
    write_all(path, bytes.substr(0, 5000)); // cut short inside the first pages
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::Corrupt);
    EXPECT_EQ(read_all(path).size(), 5000u);
}

TEST(ClinicFile, LeftoverWalTriggersQuickCheckOnOpen)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    { ClinicFile created(path); }
    // A writer killed while its connection was open leaves its WAL file behind.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        SQLite::Database writer(path.string(), SQLite::OPEN_READWRITE);
        writer.exec("INSERT INTO settings VALUES ('a', 'b')");
        kill(getpid(), SIGKILL);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    ClinicFile reopened(path);
    EXPECT_TRUE(reopened.was_checked_after_unclean_shutdown());
    EXPECT_EQ(reopened.db().execAndGet("SELECT value FROM settings WHERE key = 'a'").getString(), "b");
}

TEST(ClinicFile, ASecondConnectionInThisProcessIsNoUncleanShutdown)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    ClinicFile first(path); // stays open, so its WAL file exists
    first.db().exec("INSERT INTO settings VALUES ('a', 'b')");
    ClinicFile second(path);
    EXPECT_FALSE(second.was_checked_after_unclean_shutdown());
    EXPECT_EQ(second.db().execAndGet("SELECT value FROM settings WHERE key = 'a'").getString(), "b");
}

TEST(ClinicFile, CheckReportsHealthAndForeignKeyBreaks)
{
    fc::test::TempDir dir;
    ClinicFile f(dir.file("clinic.floorchart"));
    auto report = f.check();
    EXPECT_TRUE(report.ok);
    EXPECT_TRUE(report.problems.empty());

    f.db().exec("PRAGMA foreign_keys = OFF");
    f.db().exec("INSERT INTO conditions (patient_id, label, created_at) VALUES (999, 'orphan', 'now')");
    report = f.check(true);
    EXPECT_FALSE(report.ok);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("conditions"), std::string::npos);
}

TEST(ClinicFile, LockedFileGivesALockedError)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    { ClinicFile f(path); }
    SQLite::Database holder(path.string(), SQLite::OPEN_READWRITE);
    holder.exec("PRAGMA locking_mode = EXCLUSIVE");
    holder.exec("BEGIN EXCLUSIVE");
    holder.exec("INSERT INTO settings VALUES ('x', 'y')");
    // The busy timeout makes this wait 5 s before giving up; acceptable once in the suite.
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::Locked);
    holder.exec("ROLLBACK");
}

TEST(ClinicFile, AClinicInAReadOnlyFolderIsRefusedAndLeftUnchanged)
{
    // A read-only share or stick: neither the file nor its WAL can be written there.
    fc::test::TempDir dir;
    fc::test::ReadOnlyFolder folder(dir.file("share"));
    if (!folder.usable())
        FC_SKIP_ON_THIS_MACHINE() << "cannot make a read-only folder for root here (no tmpfs mount)";
    const auto path = folder.path() / "clinic.floorchart";
    { ClinicFile f(path); }
    const auto before = read_all(path);
    ASSERT_TRUE(folder.seal());
    EXPECT_EQ(open_error(path), ClinicFileError::Kind::ReadOnly);
    try {
        ClinicFile f(path);
    } catch (const ClinicFileError& e) {
        EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos) << e.what();
    }
    EXPECT_EQ(read_all(path), before);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(ClinicFile, ReadOnlyFileIsRefusedAndLeftUnchanged)
{
    // Tests run as root, where chmod does not stop writes; an immutable file does. Where the
    // file system or the user cannot set the flag, fall back to chmod for ordinary users.
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    { ClinicFile f(path); }
    const auto before = read_all(path);
    const std::string quoted = "'" + path.string() + "'";
    const bool immutable = std::system(("chattr +i " + quoted + " 2>/dev/null").c_str()) == 0;
    if (!immutable) {
        if (geteuid() == 0)
            FC_SKIP_ON_THIS_MACHINE() << "cannot make a file read-only for root here (no chattr)";
        std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    }
    const auto kind = open_error(path);
    if (immutable)
        std::system(("chattr -i " + quoted).c_str());
    EXPECT_EQ(kind, ClinicFileError::Kind::ReadOnly);
    EXPECT_EQ(read_all(path), before);
}
