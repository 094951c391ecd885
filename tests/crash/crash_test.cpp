// Kills a writing child process at random moments and checks, after each kill, that the clinic
// file passes integrity_check, opens in FloorChart, and holds every write reported complete. The
// writer holds two connections, as the app does, and before each kill another process opens the
// file, writes and closes it, as a floorchart-cli beside the app does.
// FLOORCHART_CRASH_KILLS sets the number of kills (default 200; the --long run uses 2,000).
#include "crash_workload.h"

#include "services/clinic.h"
#include "services/patient_records.h"
#include "services/session_notes.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

// Sanitized code runs two to three times slower: the writer gets as much done between kills
// when the kills come that much later after its first write.
#if defined(__SANITIZE_ADDRESS__)
constexpr int slowdown = 3;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int slowdown = 3;
#else
constexpr int slowdown = 1;
#endif
#else
constexpr int slowdown = 1;
#endif

int kills_wanted()
{
    if (const char* n = std::getenv("FLOORCHART_CRASH_KILLS"))
        return std::max(1, std::atoi(n));
    return 200;
}

struct Check {
    int patients = 0;
    int notes = 0;
    int home_log = 0;
    int appointments = 0;
    int visitors = 0; // patients added by the other process; not the writer's progress
    int all() const { return patients + notes + home_log + appointments; }
};

// Every complete journal line must be in the file, as written.
Check verify_journal(const std::filesystem::path& clinic_path, const std::filesystem::path& journal)
{
    Check seen;
    fc::Clinic clinic(clinic_path, false);
    fc::PatientRecords records(clinic, fc::Actor::nobody());
    fc::SessionNotes notes(clinic, fc::Actor::nobody());
    SQLite::Database raw(clinic_path.string(), SQLite::OPEN_READONLY);
    std::ifstream in(journal);
    std::string line;
    while (std::getline(in, line)) {
        if (in.eof())
            break; // a line the kill cut short was never reported complete
        std::istringstream words(line);
        std::string kind, value;
        std::int64_t id = 0;
        words >> kind >> id >> value;
        if (kind == "patient" || kind == "visitor") {
            EXPECT_EQ(records.get(id).family_name, value) << line;
            ++(kind == "patient" ? seen.patients : seen.visitors);
        } else if (kind == "note") {
            const auto n = notes.get(id).note;
            EXPECT_EQ(n.is_signed(), value == "signed") << line;
            ++seen.notes;
        } else if (kind == "homelog") {
            SQLite::Statement q(raw, "SELECT minutes FROM home_log WHERE id = ?");
            q.bind(1, id);
            EXPECT_TRUE(q.executeStep()) << line;
            EXPECT_EQ(q.getColumn(0).getString(), value) << line;
            ++seen.home_log;
        } else if (kind == "appointment") {
            // The line's state, or a later one the journal also records (moved after booked).
            SQLite::Statement q(raw, "SELECT status, start FROM appointments WHERE id = ?");
            q.bind(1, id);
            if (!q.executeStep()) {
                ADD_FAILURE() << "missing: " << line;
                continue;
            }
            const auto status = q.getColumn(0).getString();
            if (value == "attended") {
                EXPECT_EQ(status, "attended") << line;
            } else if (value.rfind("moved-", 0) == 0) {
                EXPECT_EQ(q.getColumn(1).getString(), value.substr(6)) << line;
            }
            ++seen.appointments;
        } else if (kind == "precaution") {
            SQLite::Statement q(raw, "SELECT 1 FROM precautions WHERE id = ?");
            q.bind(1, id);
            EXPECT_TRUE(q.executeStep()) << line;
        }
    }
    return seen;
}

} // namespace

TEST(CrashSafety, EveryReportedWriteSurvivesSigkill)
{
    fc::test::TempDir dir;
    const auto clinic = dir.file("clinic.floorchart");
    const auto journal = dir.file("journal.txt");
    std::mt19937 rnd(12345);
    const int kills = kills_wanted();
    Check last;
    int stretch = 1;
    for (int k = 0; k < kills; ++k) {
        int ready[2], go[2];
        ASSERT_EQ(pipe(ready), 0);
        ASSERT_EQ(pipe(go), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(ready[0]);
            close(go[1]);
            try {
                fc::test::run_crash_workload(clinic, journal, static_cast<unsigned>(k), ready[1], go[0]);
            } catch (...) {
                _exit(2);
            }
            _exit(0);
        }
        close(ready[1]);
        close(go[0]);
        // The delay counts from the writer's first write, not from the fork: opening the file
        // (a quick check after every kill) takes longer on a loaded machine.
        char byte = 0;
        const bool started = read(ready[0], &byte, 1) == 1;
        close(ready[0]);
        if (!started) {
            int status = 0;
            waitpid(child, &status, 0);
            FAIL() << "the writer could not open the clinic after kill " << k << " (exit "
                   << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << ")";
        }
        // Another process opens the file, writes and closes it while the writer has its connections
        // open (the app and a floorchart-cli beside it); then the writer writes, and its writes must
        // survive the kill all the same.
        const pid_t visitor = fork();
        ASSERT_GE(visitor, 0);
        if (visitor == 0) {
            try {
                fc::test::visit_clinic(clinic, journal, "Visitor" + std::to_string(k));
            } catch (...) {
                _exit(2);
            }
            _exit(0);
        }
        int visited = 0;
        waitpid(visitor, &visited, 0);
        ASSERT_TRUE(WIFEXITED(visited) && WEXITSTATUS(visited) == 0) << "the visitor failed at kill " << k;
        const char byte_go = 'g';
        ASSERT_EQ(write(go[1], &byte_go, 1), 1);
        close(go[1]);
        // When the last writer finished nothing (a loaded machine: fsync waits behind other
        // disk writes), the next one is given longer, up to 16 times, until it does again.
        std::this_thread::sleep_for(std::chrono::microseconds(slowdown * stretch * (2000 + rnd() % 40000)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself (exit " << WEXITSTATUS(status) << ") at kill "
                                         << k;

        {
            SQLite::Database db(clinic.string(), SQLite::OPEN_READONLY);
            ASSERT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok") << "after kill " << k;
        }
        const int before = last.all();
        last = verify_journal(clinic, journal);
        stretch = last.all() > before ? 1 : std::min(stretch * 2, 16);
        if (::testing::Test::HasFailure())
            FAIL() << "after kill " << k;
    }
    EXPECT_GT(last.patients, kills / 4) << "the writer barely wrote anything between kills";
    EXPECT_GT(last.notes, 0);
    RecordProperty("kills", kills);
    RecordProperty("patients", last.patients);
    EXPECT_EQ(last.visitors, kills);
    EXPECT_GT(last.appointments, 0) << "the writer never reached the diary";
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--long") == 0)
            setenv("FLOORCHART_CRASH_KILLS", "2000", 1);
    return RUN_ALL_TESTS();
}
