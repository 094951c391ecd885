// What the CLI never takes for a clinic or writes to: a missing or empty file (only `init` makes a
// clinic), a damaged file (after `check` found it so, or before the first write of a process), a
// backup. And a busy clinic: many writers at once all get through, and a file that stays locked
// gives exit 7.
#include "cli_fixture.h"
#include "support/file_bytes.h"
#include "support/sanitizers.h"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using fc::test::CliTest;
using fc::test::contains;
using fc::test::read_all;
using fc::test::write_all;
namespace fs = std::filesystem;

namespace {

class CliClinicFileTest : public CliTest {
protected:
    void demo() { ASSERT_EQ(cli({"demo", "--patients", "30", "--seed", "4"}).exit_code, 0); }
};

} // namespace

TEST_F(CliClinicFileTest, OnlyInitMakesAClinicOfAMissingOrEmptyFile)
{
    fs::remove(db);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check"}, {"patient", "list"}, {"clinician", "add", "--name", "Robin Sample"},
          {"patient", "add", "--family", "A", "--given", "B", "--dob", "1980-01-01"}, {"demo", "--patients", "3"}}) {
        const auto r = cli(command);
        EXPECT_EQ(r.exit_code, 1) << command[0] << ": " << r.err;
        EXPECT_TRUE(contains(r.err, db)) << r.err;
        EXPECT_TRUE(contains(r.err, "init")) << r.err;
        EXPECT_FALSE(fs::exists(db)) << command[0] << " made a clinic file";
    }

    write_all(db, ""); // a failed copy, a full disk
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check"}, {"patient", "list"}, {"clinician", "add", "--name", "Robin Sample"}}) {
        const auto r = cli(command);
        EXPECT_EQ(r.exit_code, 1) << command[0] << ": " << r.err;
        EXPECT_TRUE(contains(r.err, "empty")) << r.err;
        EXPECT_TRUE(contains(r.err, "backup")) << r.err;
        EXPECT_EQ(r.err.find("init"), r.err.rfind("init")) << "the advice is given once: " << r.err;
        EXPECT_EQ(fs::file_size(db), 0u) << command[0] << " changed the empty file";
    }

    EXPECT_EQ(cli({"init"}).exit_code, 0);
    EXPECT_EQ(cli({"clinician", "add", "--name", "Robin Sample"}).exit_code, 0);
}

TEST_F(CliClinicFileTest, ADamagedFileIsNeverWrittenTo)
{
    demo();
    const auto clean = read_all(db);
    const std::size_t page = 4096, pages = clean.size() / page;
    ASSERT_GT(pages, 20u);
    int found_damaged = 0;
    for (std::size_t copy = 0; copy < 8; ++copy) {
        // Flip bits near the start of some page after the first (a b-tree page's header and cell
        // pointers), as a failing disk or a bad copy would.
        auto bytes = clean;
        const std::size_t at = (1 + (copy * 37 + 5) % (pages - 1)) * page + copy * 5 % 24;
        for (std::size_t i = 0; i < 3; ++i)
            bytes[at + i * 2] = static_cast<char>(bytes[at + i * 2] ^ 0x5a);
        const auto copy_path = dir.file("copy" + std::to_string(copy) + ".floorchart").string();
        write_all(copy_path, bytes);
        auto on_copy = [&](std::vector<std::string> args) {
            args.insert(args.begin(), {"--db", copy_path});
            return fc::test::run_program(FLOORCHART_CLI, args, environment());
        };
        const auto checked = on_copy({"check"});
        if (checked.exit_code == 0)
            continue; // damage the checks cannot see (free space, a value still well formed)
        ++found_damaged;
        const auto shown = on_copy({"patient", "show", "1"});
        EXPECT_NE(shown.exit_code, 0) << "copy " << copy << ": " << shown.out;
        EXPECT_TRUE(contains(shown.err, "damaged")) << shown.err;
        if (found_damaged <= 2) { // the other writers, on two of the copies
            const auto out = dir.file("reports" + std::to_string(copy)).string();
            on_copy({"report", "batch", "--out-dir", out});
            on_copy({"--clinician", "1", "patient", "add", "--family", "New", "--given", "One", "--dob",
                     "1980-01-01"});
        }
        EXPECT_EQ(read_all(copy_path), bytes) << "copy " << copy << " was written to after check failed";
        EXPECT_FALSE(fs::exists(copy_path + "-wal") && fs::file_size(copy_path + "-wal") > 0) << copy;
    }
    EXPECT_GT(found_damaged, 3) << "the copies were hardly damaged: the test proves little";
}

TEST_F(CliClinicFileTest, ADamagedCopyIsCheckedBeforeItsFirstWrite)
{
    demo();
    auto bytes = read_all(db);
    int root = 0;
    {
        SQLite::Database raw(db, SQLite::OPEN_READONLY);
        // A table `patient show` never reads: without the check it would show the patient and write
        // its audit row into the damaged file.
        root = raw.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'note_typing'").getInt();
    }
    for (std::size_t i = 0; i < 12; ++i)
        bytes[static_cast<std::size_t>(root - 1) * 4096 + i] = '\x7f';
    const auto copy = dir.file("copied.floorchart").string();
    write_all(copy, bytes);
    const auto r = fc::test::run_program(FLOORCHART_CLI, {"--db", copy, "patient", "show", "1"}, environment());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(contains(r.err, "damaged")) << r.err;
    EXPECT_TRUE(contains(r.err, "Restore the newest backup")) << r.err;
    EXPECT_EQ(read_all(copy), bytes);
}

TEST_F(CliClinicFileTest, ABackupOpensReadOnlyAndIsNeverChanged)
{
    demo();
    const auto backup = dir.file("b.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", backup}).exit_code, 0);
    const auto before = read_all(backup);
    auto on_backup = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", backup});
        return fc::test::run_program(FLOORCHART_CLI, args, environment());
    };
    const auto listed = on_backup({"patient", "list"});
    EXPECT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_TRUE(contains(listed.out, "MRN") || !listed.out.empty());
    const auto added = on_backup({"--clinician", "1", "patient", "add", "--family", "New", "--given", "One", "--dob",
                                  "1980-01-01"});
    EXPECT_EQ(added.exit_code, 1);
    EXPECT_TRUE(contains(added.err, "backup")) << added.err;
    EXPECT_TRUE(contains(added.err, "restore")) << added.err;
    EXPECT_EQ(cli({"backup", "verify", backup}).exit_code, 0);
    EXPECT_EQ(read_all(backup), before);
    EXPECT_FALSE(fs::exists(backup + "-wal"));
    EXPECT_FALSE(fs::exists(backup + "-shm"));
}

TEST_F(CliClinicFileTest, ARestorePutsBackAMissingClinic)
{
    demo();
    const auto backup = dir.file("b.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", backup}).exit_code, 0);
    fs::remove(db);
    const auto r = cli({"restore", backup});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"patient", "list"}).size(), 30u);
    EXPECT_EQ(cli({"--clinician", "1", "patient", "add", "--family", "New", "--given", "One", "--dob", "1980-01-01"})
                  .exit_code,
              0)
        << "the restored clinic is a clinic again, not a read-only backup";
}

TEST_F(CliClinicFileTest, TwoHundredWritersAtOnceAllGetThrough)
{
    ASSERT_EQ(cli({"clinician", "add", "--name", "Robin Sample"}).exit_code, 0);
    // Under the sanitizers each writer starts many times slower: 60 of them keep the file as busy.
    const int count = fc::test::address_sanitizer ? 60 : 200;
    std::vector<pid_t> writers;
    for (int i = 0; i < count; ++i) {
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            fc::test::exec_in_child(FLOORCHART_CLI,
                                    {"--db", db, "patient", "add", "--family", "Writer" + std::to_string(i),
                                     "--given", "Busy", "--dob", "1980-01-01"},
                                    environment());
        }
        writers.push_back(pid);
    }
    int failed = 0;
    for (const pid_t pid : writers) {
        int status = 0;
        waitpid(pid, &status, 0);
        failed += !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(json({"patient", "list"}).size(), static_cast<std::size_t>(count));
}

TEST_F(CliClinicFileTest, AWriterWaitsLongerThanSqlitesBusyTimeoutForAnotherWriter)
{
    ASSERT_EQ(cli({"clinician", "add", "--name", "Robin Sample"}).exit_code, 0);
    SQLite::Database other(db, SQLite::OPEN_READWRITE); // another workstation's long write
    other.exec("BEGIN IMMEDIATE");
    const pid_t writer = fork();
    ASSERT_GE(writer, 0);
    if (writer == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        fc::test::exec_in_child(FLOORCHART_CLI,
                                {"--db", db, "patient", "add", "--family", "Patient", "--given", "Waiting", "--dob",
                                 "1980-01-01"},
                                environment());
    }
    sleep(6); // longer than the 5 s SQLite waits by itself
    other.exec("COMMIT");
    int status = 0;
    waitpid(writer, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the writer gave up while the other write was still going";
    EXPECT_EQ(json({"patient", "list"}).size(), 1u);
}

TEST_F(CliClinicFileTest, ARestoreRefusedBecauseTheClinicIsInUseExitsSeven)
{
    demo();
    const auto backup = dir.file("b.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", backup}).exit_code, 0);
    SQLite::Database holder(db, SQLite::OPEN_READWRITE); // another FloorChart has it open
    holder.exec("SELECT count(*) FROM patients");
    const auto r = cli({"restore", backup});
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_TRUE(contains(r.err, "open in another FloorChart")) << r.err;
}
