#include "store/open_files.h"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace fc::store {

namespace {

std::mutex registry_mutex;
std::map<FileId, OpenFileState>& registry()
{
    static std::map<FileId, OpenFileState> files;
    return files;
}

std::uint32_t big_endian(const std::array<unsigned char, 100>& b, std::size_t at, std::size_t width)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < width; ++i)
        v = (v << 8) | b[at + i];
    return v;
}

} // namespace

std::optional<FileId> file_id(const std::filesystem::path& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

OpenFileMark::OpenFileMark(FileId id, FileKind kind)
{
    attach(id, kind);
}

OpenFileMark::~OpenFileMark()
{
    detach();
}

void OpenFileMark::attach(FileId id, FileKind kind)
{
    detach();
    std::lock_guard lock(registry_mutex);
    auto& state = registry()[id];
    if (state.connections++ == 0)
        state.kind = kind;
    id_ = id;
}

bool OpenFileMark::detach()
{
    if (!id_)
        return false;
    std::lock_guard lock(registry_mutex);
    bool last = false;
    if (auto it = registry().find(*id_); it != registry().end() && --it->second.connections <= 0) {
        registry().erase(it);
        last = true;
    }
    id_.reset();
    return last;
}

OpenFileState OpenFileMark::state() const
{
    std::lock_guard lock(registry_mutex);
    if (!id_)
        return {};
    return registry()[*id_];
}

void OpenFileMark::set_checked_for_writes()
{
    std::lock_guard lock(registry_mutex);
    if (id_)
        registry()[*id_].checked_for_writes = true;
}

void OpenFileMark::set_damaged()
{
    std::lock_guard lock(registry_mutex);
    if (id_)
        registry()[*id_].damaged = true;
}

bool open_in_this_process(const FileId& id)
{
    std::lock_guard lock(registry_mutex);
    return registry().count(id) > 0;
}

std::optional<FileKind> kind_open_in_this_process(const FileId& id)
{
    std::lock_guard lock(registry_mutex);
    const auto it = registry().find(id);
    if (it == registry().end())
        return std::nullopt;
    return it->second.kind;
}

FileHeader read_file_header(const std::filesystem::path& path)
{
    using Status = FileHeader::Status;
    FileHeader h;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        h.error = errno;
        h.status = errno == ENOENT ? Status::Missing : Status::Unreadable;
        return h;
    }
    h.id = FileId{st.st_dev, st.st_ino};
    h.size = static_cast<std::uint64_t>(st.st_size);
    if (S_ISDIR(st.st_mode)) {
        h.status = Status::Folder;
        return h;
    }
    if (!S_ISREG(st.st_mode)) {
        h.status = Status::NotRegular;
        return h;
    }
    // Held while the file is open here, so that no connection of this process opens meanwhile.
    std::lock_guard lock(registry_mutex);
    if (registry().count(*h.id)) {
        h.status = Status::OpenHere;
        return h;
    }
    if (h.size == 0) {
        h.status = Status::Empty;
        return h;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        h.error = errno;
        h.status = Status::Unreadable;
        return h;
    }
    ssize_t n = 0;
    do
        n = ::pread(fd, h.bytes.data(), h.bytes.size(), 0);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        h.error = errno;
        h.status = Status::Unreadable;
    } else {
        h.bytes_read = static_cast<std::size_t>(n);
        h.status = Status::Read;
    }
    ::close(fd);
    return h;
}

SqliteHeader parse_sqlite_header(const FileHeader& header)
{
    static constexpr char magic[16] = "SQLite format 3";
    SqliteHeader s;
    if (header.bytes_read < 100 || std::memcmp(header.bytes.data(), magic, 16) != 0)
        return s;
    s.is_sqlite = true;
    const auto& b = header.bytes;
    s.page_size = big_endian(b, 16, 2);
    if (s.page_size == 1)
        s.page_size = 65536;
    s.wal = b[18] == 2 && b[19] == 2;
    // The in-header size is valid only when the "version-valid-for" number matches the change counter.
    if (big_endian(b, 92, 4) == big_endian(b, 24, 4))
        s.pages = big_endian(b, 28, 4);
    s.user_version = static_cast<std::int32_t>(big_endian(b, 60, 4));
    s.application_id = static_cast<std::int32_t>(big_endian(b, 68, 4));
    return s;
}

std::string immutable_uri(const std::filesystem::path& path)
{
    std::string uri = "file:"; // every byte but the plainest escaped: SQLite gives ?, # and % meanings
    for (const unsigned char c : path.string()) {
        if (std::isalnum(c) || std::strchr("/._-~", c))
            uri += static_cast<char>(c);
        else
            uri += fmt::format("%{:02X}", c);
    }
    return uri + "?mode=ro&immutable=1";
}

} // namespace fc::store
