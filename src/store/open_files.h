#pragma once
// Which clinic files this process has open through SQLite (by device and inode, so that another
// path or a link to the same file counts), and the one safe way to read a file's first bytes
// ourselves.
//
// POSIX drops every lock a process holds on a file as soon as the process closes any descriptor
// of that file. SQLite's locks live on its own descriptors: opening and closing the clinic file
// (or its -wal or -shm) outside SQLite while a connection of this process is open silently
// unlocks it, and the next FloorChart process to close the file then believes it is the last
// user and deletes the WAL this process is still writing into ("How To Corrupt An SQLite Database
// File", 2.2). So nothing here opens a file that this process has open through SQLite.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

namespace fc::store {

struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
    friend auto operator<=>(const FileId&, const FileId&) = default;
};

// The identity of the file `path` names (links followed); nullopt when it cannot be stat'ed.
std::optional<FileId> file_id(const std::filesystem::path& path);

enum class FileKind { Clinic, Backup };

// What this process knows of a file it has open: shared by all its connections to it.
struct OpenFileState {
    int connections = 0;
    FileKind kind = FileKind::Clinic;
    bool checked_for_writes = false; // the full check before the first write has passed
    bool damaged = false;            // a check failed: no connection of this process writes to it
};

// One connection of this process to a file, counted while it lives.
class OpenFileMark {
public:
    OpenFileMark() = default;
    OpenFileMark(FileId id, FileKind kind);
    ~OpenFileMark();
    OpenFileMark(const OpenFileMark&) = delete;
    OpenFileMark& operator=(const OpenFileMark&) = delete;

    bool attached() const { return id_.has_value(); }
    // Counts a connection from now on (after the file was created by it).
    void attach(FileId id, FileKind kind);
    // Stops counting; true when it was this process's last connection to the file.
    bool detach();
    // This process's shared knowledge of the file (a copy).
    OpenFileState state() const;
    void set_checked_for_writes();
    void set_damaged();

private:
    std::optional<FileId> id_;
};

bool open_in_this_process(const FileId& id);
std::optional<FileKind> kind_open_in_this_process(const FileId& id);

struct FileHeader {
    enum class Status { Missing, NotRegular, Folder, Empty, Unreadable, OpenHere, Read } status = Status::Missing;
    std::uint64_t size = 0;          // of the file, in bytes
    std::size_t bytes_read = 0;      // of the header, at most 100
    std::array<unsigned char, 100> bytes{};
    int error = 0;                   // errno, when Unreadable
    std::optional<FileId> id;
};

// Reads the first 100 bytes of `path` (the SQLite header), unless this process has the file open
// through SQLite (Status::OpenHere: it was read before that connection opened). Never follows a
// link at the last component: a link is NotRegular.
FileHeader read_file_header(const std::filesystem::path& path);

// The fields of an SQLite header that FloorChart looks at.
struct SqliteHeader {
    bool is_sqlite = false;
    std::uint32_t page_size = 0;
    bool wal = false;              // file format numbers 2/2: WAL mode
    std::uint32_t pages = 0;       // the in-header database size, 0 when it is not valid
    std::int32_t application_id = 0;
    std::int32_t user_version = 0;
};
SqliteHeader parse_sqlite_header(const FileHeader& header);

// The SQLite URI that opens `path` read-only and immutable (no lock taken, no -wal or -shm made):
// for copies nobody writes to, such as backups.
std::string immutable_uri(const std::filesystem::path& path);

} // namespace fc::store
