#include "store/output_file.h"

#include "core/errors.h"
#include "store/open_files.h"
#include "store/schema.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <system_error>
#include <sys/stat.h>
#include <unistd.h>

namespace fc::store {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const fs::path& file, std::string_view why)
{
    throw Error(fmt::format("{} {}", file.string(), why));
}

[[noreturn]] void cannot_write(const fs::path& file, int error)
{
    // error_code's message, unlike strerror(), may be asked for from several threads (report batch).
    const auto reason = std::error_code(error, std::generic_category()).message();
    throw Error(fmt::format("cannot write {}: {}", file.string(), reason));
}

// The name as the folder holds it: the folder made absolute with its links resolved, the last
// part as given (so a link at the name is not followed).
fs::path lexical_place(const fs::path& file)
{
    std::error_code ec;
    const auto absolute = fs::absolute(file, ec);
    if (ec)
        return file.lexically_normal();
    const auto folder = fs::weakly_canonical(absolute.parent_path(), ec);
    return ec ? absolute.lexically_normal() : folder / absolute.filename();
}

bool same_file(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// A FloorChart clinic or backup: an SQLite header with either of FloorChart's application ids. A
// file this process has open through SQLite is one too (its header is not read again: closing a
// descriptor on it would drop the process's SQLite locks), and a link is never followed.
bool is_floorchart_file(const fs::path& file)
{
    const auto header = read_file_header(file);
    if (header.status == FileHeader::Status::OpenHere)
        return true;
    const auto sqlite = parse_sqlite_header(header);
    return sqlite.is_sqlite &&
           (sqlite.application_id == application_id || sqlite.application_id == backup_application_id);
}

std::string random_suffix()
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    return fmt::format("{:016x}", random());
}

void sync_folder(const fs::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd); // some file systems cannot sync a folder; the rename itself has happened
    ::close(fd);
}

// rename() that never replaces: renameat2(RENAME_NOREPLACE), or link()+unlink() where the file
// system has no such rename. Returns 0 or an errno value.
int rename_no_replace(const fs::path& from, const fs::path& to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::link(from.c_str(), to.c_str()) != 0)
        return errno;
    ::unlink(from.c_str());
    return 0;
}

} // namespace

void check_output(const OutputTarget& target)
{
    const auto& file = target.file;
    const auto name = file.filename();
    if (name.empty() || name == "." || name == "..")
        refuse(file, "is a folder; give a file name for the output");

    struct stat link {};
    const bool exists = ::lstat(file.c_str(), &link) == 0;
    struct stat resolved {};
    const bool resolves = exists && ::stat(file.c_str(), &resolved) == 0;
    if (resolves && S_ISDIR(resolved.st_mode))
        refuse(file, "is a folder; give a file name for the output");

    if (const auto& clinic = target.guard.clinic_file; !clinic.empty()) {
        const auto at = lexical_place(file);
        const auto clinic_at = lexical_place(clinic);
        for (const char* companion : {"", "-wal", "-shm", "-journal"}) {
            auto other = clinic_at;
            other += companion;
            struct stat st {};
            // stat() opens nothing: the clinic's locks are safe.
            if (at == other || (resolves && ::stat(other.c_str(), &st) == 0 && same_file(st, resolved)))
                refuse(file, *companion ? fmt::format("is the clinic file's {} file; FloorChart never writes an "
                                                      "output over it, even with --force",
                                                      companion + 1)
                                        : "is the clinic file in use; FloorChart never writes an output over it, "
                                          "even with --force");
        }
    }
    if (resolves) {
        std::error_code ec;
        const auto& backups = target.guard.backup_folder;
        const bool in_backups = !backups.empty() && fs::exists(backups, ec) &&
                                fs::equivalent(fs::canonical(file, ec).parent_path(), backups, ec);
        if (in_backups || (S_ISREG(resolved.st_mode) && is_floorchart_file(fs::canonical(file, ec))))
            refuse(file, "is a FloorChart clinic or backup file; FloorChart never writes an output over one, even "
                         "with --force");
    }
    if (exists && target.existing == ExistingFile::Refuse)
        refuse(file, "already exists; choose another name or give --force");
}

OutputFile::OutputFile(OutputTarget target) : target_(std::move(target))
{
    check_output(target_);
    const auto folder = target_.file.parent_path();
    for (int attempt = 0; fd_ < 0; ++attempt) {
        temporary_ = folder / fmt::format(".floorchart-{}.partial", random_suffix());
        fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd_ < 0 && (errno != EEXIST || attempt == 100)) {
            temporary_.clear();
            cannot_write(target_.file, errno);
        }
    }
    struct stat st {};
    ::fstat(fd_, &st);
    dev_ = st.st_dev;
    ino_ = st.st_ino;
}

OutputFile::~OutputFile()
{
    if (fd_ >= 0)
        ::close(fd_);
    if (!placed_ && !temporary_.empty())
        ::unlink(temporary_.c_str());
}

void OutputFile::write(std::string_view bytes)
{
    open_again();
    while (!bytes.empty()) {
        const auto n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            cannot_write(target_.file, n < 0 ? errno : ENOSPC);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void OutputFile::release()
{
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

void OutputFile::open_again()
{
    if (fd_ >= 0)
        return;
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    struct stat st {};
    if (fd_ < 0 || ::fstat(fd_, &st) != 0 || st.st_dev != dev_ || st.st_ino != ino_)
        cannot_write(target_.file, fd_ < 0 ? errno : EEXIST);
}

void OutputFile::place()
{
    open_again();
    if (::fsync(fd_) != 0)
        cannot_write(target_.file, errno);
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0)
        cannot_write(target_.file, errno);
    check_output(target_); // again, just before: the target may have changed while writing
    const int error = target_.existing == ExistingFile::Replace
                          ? (::rename(temporary_.c_str(), target_.file.c_str()) == 0 ? 0 : errno)
                          : rename_no_replace(temporary_, target_.file);
    if (error == EEXIST)
        refuse(target_.file, "already exists; choose another name or give --force");
    if (error != 0)
        cannot_write(target_.file, error);
    placed_ = true;
    sync_folder(target_.file.parent_path());
}

void write_output_file(const OutputTarget& target, std::string_view bytes)
{
    OutputFile out(target);
    out.write(bytes);
    out.place();
}

} // namespace fc::store
