// One clinic file, two processes: the app (its main connection and the background search's) and
// another FloorChart process that opens the file, writes and closes it meanwhile. Closing the other
// process must never take the app's WAL for a leftover (SQLite deletes the WAL when it believes
// it is the last user, which happens when the app's own locks were dropped), and a SIGKILL of the
// app must lose nothing it reported done.
#include "clinic_fixture.h"

#include "services/patient_records.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fc::test {
namespace {

std::int64_t add_patient(Clinic& clinic, const Actor& by, const std::string& family)
{
    PatientForm f;
    f.family = family;
    f.given = "Test";
    f.dob = "1980-01-01";
    return PatientRecords(clinic, by).add(f).id;
}

bool has_patient(Clinic& clinic, const std::string& family)
{
    PatientQuery q;
    q.text = family;
    for (const auto& row : PatientRecords(clinic, Actor::nobody()).search(q))
        if (row.family_name == family)
            return true;
    return false;
}

// Runs `body` in a child process; its return value is the child's exit code.
template <class F>
pid_t in_child(F&& body)
{
    const pid_t pid = fork();
    if (pid == 0) {
        int code = 99;
        try {
            code = body();
        } catch (...) {
            code = 98;
        }
        _exit(code);
    }
    return pid;
}

int exit_code(pid_t pid)
{
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void send(int fd, char c)
{
    ASSERT_EQ(write(fd, &c, 1), 1);
}

char receive(int fd)
{
    char c = 0;
    return read(fd, &c, 1) == 1 ? c : '\0';
}

TEST(SharedClinicFile, AnotherProcessNeverTakesTheAppsWalAndAKillLosesNothing)
{
    TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    Actor by = Actor::nobody();
    {
        Clinic setup(path);
        const auto c = ClinicianDirectory(setup).add(ClinicianForm{"Dr Ada Test", "", ""}, Actor::nobody());
        by = Actor{c.id, c.name};
        add_patient(setup, by, "Before");
    }

    int to_app[2], from_app[2];
    ASSERT_EQ(pipe(to_app), 0);
    ASSERT_EQ(pipe(from_app), 0);
    const pid_t app = in_child([&] {
        // The app's way: the main connection, then the background search's own.
        Clinic main(path, false);
        add_patient(main, by, "Appone");
        Clinic search(path, false);
        if (!has_patient(search, "Appone"))
            return 10;
        send(from_app[1], 'r');
        if (receive(to_app[0]) != 'g')
            return 11;
        add_patient(main, by, "Apptwo"); // reported done by the next byte
        send(from_app[1], 'd');
        for (;;)
            pause(); // until killed
    });
    close(to_app[0]);
    close(from_app[1]);
    ASSERT_EQ(receive(from_app[0]), 'r') << "the app could not open the clinic";

    const auto wal = std::filesystem::path(path.string() + "-wal");
    ASSERT_TRUE(std::filesystem::exists(wal));
    const pid_t other = in_child([&] {
        Clinic clinic(path, false);
        if (!has_patient(clinic, "Appone"))
            return 20;
        add_patient(clinic, by, "Other");
        return 0;
    });
    EXPECT_EQ(exit_code(other), 0) << "20: the other process did not see the app's write";
    EXPECT_TRUE(std::filesystem::exists(wal)) << "closing the other process removed the WAL the app still uses";

    send(to_app[1], 'g');
    ASSERT_EQ(receive(from_app[0]), 'd') << "the app could not write after the other process closed";
    const pid_t reader = in_child([&] {
        Clinic clinic(path, false);
        return (has_patient(clinic, "Apptwo") ? 0 : 30) + (has_patient(clinic, "Other") ? 0 : 1);
    });
    EXPECT_EQ(exit_code(reader), 0) << "30: the app's write after the other's close is not seen by others";

    kill(app, SIGKILL);
    waitpid(app, nullptr, 0);
    close(to_app[1]);
    close(from_app[0]);

    Clinic after(path, false);
    for (const char* family : {"Before", "Appone", "Other", "Apptwo"})
        EXPECT_TRUE(has_patient(after, family)) << family << " was lost by the kill";
    EXPECT_TRUE(after.check().ok);
}

} // namespace
} // namespace fc::test
