// floorchart-cli's file outputs (report progress|note|handout|batch, appt export-ics, backup -o),
// run for real (run_cli) with random output paths, with and without --force, in a scratch folder
// that holds the clinic, a backup, symlinks to them and to the clinic's -wal, a dangling symlink,
// a planted "report.pdf.partial" symlink to the clinic, an existing file and a folder. Whatever
// the path, the clinic file's bytes (and the backup's) never change, its -wal and -shm stay the
// same files, and the exit code is a documented one.
//
// Input: byte 0 chooses the command, byte 1 bit 0 adds --force, the rest is the output path
// inside the scratch folder ("." and ".." parts dropped, so nothing outside it is touched).
//
// The clinic's bytes are comparable because this harness keeps a read transaction open on it from
// the start: the reports' audit entries then stay in the -wal, no checkpoint may copy them into the
// clinic file, and any change to that file is an output written where it must never go. The bytes
// are read in a child process: closing a descriptor of this process on the clinic file would drop
// the SQLite locks this process holds on it.
#include "fuzz_cli_run.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

fs::path scratch;
fs::path clinic;
fs::path backup;
std::uint64_t clinic_hash = 0;
std::uint64_t backup_hash = 0;
struct stat wal_before {};
struct stat shm_before {};

int run(const std::vector<std::string>& words, bool as_clinician = true)
{
    return fc::fuzz::run_cli_checked(clinic.string(), words, as_clinician);
}

// FNV-1a of the file's bytes, read in a child process (see above); 0 when it cannot be read.
std::uint64_t hash_of(const fs::path& file)
{
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0)
        std::abort();
    const pid_t child = ::fork();
    if (child < 0)
        std::abort();
    if (child == 0) { // system calls only (no allocation after fork), and no atexit handlers
        std::uint64_t h = 0;
        if (const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
            h = 14695981039346656037ull;
            std::array<unsigned char, 65536> buffer{};
            for (ssize_t n; (n = ::read(fd, buffer.data(), buffer.size())) > 0;)
                for (ssize_t i = 0; i < n; ++i)
                    h = (h ^ buffer[static_cast<std::size_t>(i)]) * 1099511628211ull;
        }
        const auto written = ::write(pipe_fds[1], &h, sizeof h);
        ::_exit(written == sizeof h ? 0 : 1);
    }
    ::close(pipe_fds[1]);
    std::uint64_t h = 0;
    const auto got = ::read(pipe_fds[0], &h, sizeof h);
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (got != sizeof h || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        std::abort();
    return h;
}

bool same_file(const fs::path& file, const struct stat& before)
{
    struct stat now {};
    return ::stat(file.c_str(), &now) == 0 && now.st_dev == before.st_dev && now.st_ino == before.st_ino;
}

const std::set<std::string> kept{"clinic.floorchart", "clinic.floorchart-wal", "clinic.floorchart-shm",
                                  "backup.floorchart"};

// The scratch folder as every input finds it: what the last input wrote is gone, the traps are
// set again.
void reset_scratch()
{
    for (const auto& entry : fs::directory_iterator(scratch))
        if (!kept.count(entry.path().filename().string()))
            fs::remove_all(entry.path());
    fs::create_symlink(clinic, scratch / "to-clinic");
    fs::create_symlink("clinic.floorchart-wal", scratch / "to-wal");
    fs::create_symlink("backup.floorchart", scratch / "to-backup");
    fs::create_symlink("nowhere.pdf", scratch / "dangling.pdf");
    fs::create_symlink("clinic.floorchart", scratch / "report.pdf.partial");
    fs::create_directory(scratch / "folder");
    fs::create_symlink("../clinic.floorchart", scratch / "folder" / "to-clinic");
    std::ofstream(scratch / "existing.pdf") << "someone's letter";
}

// The output path named by the input, inside the scratch folder.
fs::path output_path(const std::uint8_t* data, std::size_t size)
{
    fs::path out = scratch;
    std::string part;
    auto add = [&] {
        if (!part.empty() && part != "." && part != "..")
            out /= part;
        part.clear();
    };
    for (std::size_t i = 0; i < size && i < 200; ++i) {
        if (data[i] == '/') {
            add();
        } else if (data[i] != '\0') {
            part.push_back(static_cast<char>(data[i]));
        }
    }
    add();
    return out;
}

// A temporary file of the output writer left behind (it is removed whether the output was placed or not).
bool temporary_left_in(const fs::path& folder)
{
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().filename().string().starts_with(".floorchart-"))
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // In memory when there is /dev/shm: every command syncs.
    std::string pattern = fs::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    pattern += "/floorchart-fuzz-outputs-XXXXXX";
    std::vector<char> folder(pattern.begin(), pattern.end());
    folder.push_back('\0');
    if (!mkdtemp(folder.data()))
        std::abort();
    scratch = folder.data();
    clinic = scratch / "clinic.floorchart";
    backup = scratch / "backup.floorchart";
    std::atexit([] {
        std::error_code ec;
        fs::remove_all(scratch, ec);
    });
    if (chdir(folder.data()) != 0)
        std::abort();
    std::freopen("/dev/null", "w", stdout);
    if (run({"init"}, false) != 0 || run({"clinician", "add", "--name", "Robin Sample"}, false) != 0)
        std::abort();
    const std::vector<std::vector<std::string>> setup{
        {"patient", "add", "--family", "Sample", "--given", "Alex", "--dob", "1980-01-01"},
        {"plan", "add", "1", "--title", "Pelvic floor", "--start", "2026-11-01"},
        {"note", "add", "1", "--date", "2026-11-03", "--time", "09:30"},
        {"appt", "add", "1", "--date", "2026-11-04", "--time", "10:00"},
        {"backup", "-o", backup.string()},
    };
    for (const auto& words : setup)
        if (run(words) != 0)
            std::abort();
    // The read transaction that keeps every later write in the -wal (see the top of the file).
    static sqlite3* reader = nullptr;
    sqlite3_stmt* read = nullptr;
    if (sqlite3_open_v2(clinic.c_str(), &reader, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(reader, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(reader, "SELECT count(*) FROM patients", -1, &read, nullptr) != SQLITE_OK ||
        sqlite3_step(read) != SQLITE_ROW)
        std::abort();
    sqlite3_finalize(read);
    if (::stat((clinic.string() + "-wal").c_str(), &wal_before) != 0 ||
        ::stat((clinic.string() + "-shm").c_str(), &shm_before) != 0)
        std::abort();
    clinic_hash = hash_of(clinic);
    backup_hash = hash_of(backup);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    reset_scratch();
    const auto out = output_path(data + 2, size - 2).string();
    const std::vector<std::vector<std::string>> commands{
        {"report", "progress", "1", "-o", out},
        {"report", "note", "1", "-o", out},
        {"report", "handout", "1", "-o", out},
        {"appt", "export-ics", "--week", "2026-11-02", "-o", out},
        {"backup", "-o", out},
        {"report", "batch", "--out-dir", out},
    };
    auto words = commands[data[0] % commands.size()];
    if (data[1] & 1)
        words.push_back("--force");
    run(words);
    if (hash_of(clinic) != clinic_hash || hash_of(backup) != backup_hash)
        std::abort(); // an output was written over the clinic or its backup
    if (!same_file(clinic.string() + "-wal", wal_before) || !same_file(clinic.string() + "-shm", shm_before))
        std::abort(); // an output replaced the clinic's -wal or -shm
    if (temporary_left_in(scratch) || temporary_left_in(scratch / "folder"))
        std::abort();
    return 0;
}
