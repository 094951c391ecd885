#include "store/clean_close.h"

#include <fmt/format.h>

#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fc::store {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> state_folder()
{
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "floorchart" / "closed";
    if (const char* home = std::getenv("HOME"); home && *home && fs::path(home).is_absolute())
        return fs::path(home) / ".local" / "state" / "floorchart" / "closed";
    return std::nullopt;
}

// The file's identity and last change, and whether a WAL with content lies beside it; nullopt when
// it cannot be stat'ed. A leftover WAL means it was not closed cleanly, whatever its dates say.
std::optional<std::string> fingerprint(const fs::path& clinic)
{
    struct stat st {};
    if (::stat(clinic.c_str(), &st) != 0)
        return std::nullopt;
    struct stat wal {};
    const bool has_wal = ::stat((clinic.string() + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
    return fmt::format("{} {} {} {}.{:09} {}", st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec,
                       st.st_mtim.tv_nsec, has_wal ? "wal" : "nowal");
}

std::optional<fs::path> stamp_file(const fs::path& clinic)
{
    struct stat st {};
    const auto folder = state_folder();
    if (!folder || ::stat(clinic.c_str(), &st) != 0)
        return std::nullopt;
    return *folder / fmt::format("{}-{}", st.st_dev, st.st_ino);
}

void remember(const fs::path& clinic, const char* verdict)
{
    const auto stamp = stamp_file(clinic);
    const auto now = fingerprint(clinic);
    if (!stamp || !now)
        return;
    std::error_code ec;
    fs::create_directories(stamp->parent_path(), ec);
    const auto partial = fs::path(stamp->string() + fmt::format(".{}", ::getpid()));
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // nothing remembered: the next process checks before writing
    const auto line = fmt::format("{} {}\n", verdict, *now);
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!written || ::rename(partial.c_str(), stamp->c_str()) != 0)
        ::unlink(partial.c_str());
}

} // namespace

RememberedState remembered_state(const fs::path& clinic)
{
    const auto stamp = stamp_file(clinic);
    const auto now = fingerprint(clinic);
    if (!stamp || !now)
        return RememberedState::Unknown;
    std::ifstream in(*stamp);
    std::string line;
    if (!std::getline(in, line))
        return RememberedState::Unknown;
    if (line == "clean " + *now)
        return RememberedState::Unchanged;
    if (line == "damaged " + *now)
        return RememberedState::Damaged;
    return RememberedState::Unknown;
}

void remember_clean_close(const fs::path& clinic)
{
    remember(clinic, "clean");
}

void remember_damage(const fs::path& clinic)
{
    remember(clinic, "damaged");
}

} // namespace fc::store
