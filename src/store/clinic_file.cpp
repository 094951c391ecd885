#include "store/clinic_file.h"

#include "core/errors.h"
#include "store/clean_close.h"
#include "store/schema.h"
#include "store/schema_check.h"
#include "store/sqlite_errors.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <system_error>

namespace fc::store {

namespace fs = std::filesystem;
using Kind = ClinicFileError::Kind;

namespace {

enum class Existing { Missing, Empty, Clinic, Backup };

struct Inspection {
    Existing existing = Existing::Missing;
    std::optional<FileId> id;
    bool wal_left_behind = false;
};

std::string restore_hint(const fs::path& path)
{
    return fmt::format("Restore the newest backup (floorchart-cli --db {0} backup list, then floorchart-cli --db {0} "
                       "restore FILE)",
                       path.string());
}

bool has_wal_content(const fs::path& path)
{
    struct stat st {};
    return ::stat((path.string() + "-wal").c_str(), &st) == 0 && st.st_size > 0;
}

// Reads the header ourselves, so that a file that is not SQLite at all, is cut short or is a backup
// is known before SQLite touches it. A file this process already has open was read when it opened.
Inspection inspect(const fs::path& path)
{
    using Status = FileHeader::Status;
    const auto header = read_file_header(path);
    Inspection found;
    found.id = header.id;
    switch (header.status) {
    case Status::Missing:
        return found;
    case Status::Folder:
        throw ClinicFileError(Kind::NotFloorChart,
                              fmt::format("{} is a folder, not a FloorChart clinic file.", path.string()));
    case Status::NotRegular:
        throw ClinicFileError(Kind::NotFloorChart,
                              fmt::format("{} is a link or a device, not a FloorChart clinic file. Name the clinic "
                                          "file itself; nothing was changed.",
                                          path.string()));
    case Status::Unreadable:
        throw ClinicFileError(Kind::Io, fmt::format("Cannot open {} for reading ({}); check its permissions.",
                                                    path.string(), std::strerror(header.error)));
    case Status::Empty:
        found.existing = Existing::Empty;
        return found;
    case Status::OpenHere:
        found.existing = kind_open_in_this_process(*header.id) == FileKind::Backup ? Existing::Backup
                                                                                     : Existing::Clinic;
        return found;
    case Status::Read:
        break;
    }
    const auto sqlite = parse_sqlite_header(header);
    if (!sqlite.is_sqlite) {
        static constexpr char magic[16] = "SQLite format 3";
        if (header.bytes_read < 16 || std::memcmp(header.bytes.data(), magic, 16) != 0)
            throw ClinicFileError(Kind::NotFloorChart,
                                  fmt::format("{} is not a FloorChart clinic file (it is not an SQLite database). "
                                              "Choose another file; this one was not changed.",
                                              path.string()));
        throw ClinicFileError(Kind::Corrupt, fmt::format("The clinic file {} is damaged (cut short at {} bytes). {}; "
                                                         "the damaged file was not changed.",
                                                         path.string(), header.size, restore_hint(path)));
    }
    found.wal_left_behind = has_wal_content(path);
    const auto promised = static_cast<std::uint64_t>(sqlite.pages) * sqlite.page_size;
    if (sqlite.page_size < 512 || (sqlite.page_size & (sqlite.page_size - 1)) != 0 ||
        (!found.wal_left_behind && sqlite.pages > 0 && header.size < promised))
        throw ClinicFileError(Kind::Corrupt,
                              fmt::format("The clinic file {} is damaged (it is {} bytes long, its header promises "
                                          "{}). {}; the damaged file was not changed.",
                                          path.string(), header.size, promised, restore_hint(path)));
    // A copy made by a backup, by a restore (the replaced file), or by an older FloorChart's backup:
    // FloorChart's own clinic files are always in WAL mode.
    const bool backup = sqlite.application_id == backup_application_id ||
                        (sqlite.application_id == application_id && !sqlite.wal && sqlite.user_version > 0);
    found.existing = backup ? Existing::Backup : Existing::Clinic;
    return found;
}

int pragma_int(SQLite::Database& db, const char* name)
{
    return db.execAndGet(fmt::format("PRAGMA {}", name)).getInt();
}

// The check's findings; a page too damaged for the check to read is a finding too.
std::vector<std::string> quick_check(SQLite::Database& db, bool thorough)
{
    std::vector<std::string> problems;
    try {
        SQLite::Statement q(db, thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        while (q.executeStep()) {
            std::string line = q.getColumn(0).getString();
            if (line != "ok")
                problems.push_back(std::move(line));
        }
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xFF;
        if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
            throw;
        problems.push_back(e.what());
    }
    return problems;
}

std::unique_ptr<SQLite::Database> open_connection(const fs::path& path, Existing existing)
{
    try {
        if (existing == Existing::Backup) // read-only and immutable: not even a -shm is made beside it
            return std::make_unique<SQLite::Database>(immutable_uri(path),
                                                      SQLite::OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW);
        const int flags = SQLite::OPEN_READWRITE | (existing == Existing::Missing ? SQLite::OPEN_CREATE : 0) |
                          SQLITE_OPEN_NOFOLLOW;
        return std::make_unique<SQLite::Database>(path.string(), flags, 5000);
    } catch (const SQLite::Exception& e) {
        throw ClinicFileError(e.getErrorCode() == SQLITE_CANTOPEN ? Kind::ReadOnly : Kind::Io,
                              fmt::format("Cannot open the clinic file {}: {}. Check that the file and its "
                                          "folder exist and are writable by you.",
                                          path.string(), e.what()));
    }
}

} // namespace

ClinicFile::ClinicFile(const fs::path& path, OpenOptions options) : path_(path)
{
    const auto found = inspect(path);
    if (!options.create_if_missing && found.existing == Existing::Missing)
        throw ClinicFileError(Kind::Missing, fmt::format("There is no clinic file at {}.", path.string()));
    if (!options.create_if_missing && found.existing == Existing::Empty)
        throw ClinicFileError(Kind::Missing,
                              fmt::format("The clinic file {} is empty (0 bytes): a failed copy or a full disk "
                                          "leaves a file like this. {}; to start a new clinic in this file, use "
                                          "'floorchart-cli init'.",
                                          path.string(), restore_hint(path)));
    if (found.existing == Existing::Missing && !path.parent_path().empty()) {
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            throw ClinicFileError(Kind::Io, fmt::format("Cannot create the folder {}: {}.", path.parent_path().string(),
                                                        ec.message()));
    }
    backup_ = found.existing == Existing::Backup;
    created_ = found.existing == Existing::Missing || found.existing == Existing::Empty;
    // A WAL left by a connection that is gone: the last connection to close removes it. One still
    // open in this process is no leftover. (Another process's open connection also leaves one; the
    // quick check it then costs is harmless.)
    checked_on_open_ = found.existing == Existing::Clinic && found.wal_left_behind;
    const auto kind = backup_ ? FileKind::Backup : FileKind::Clinic;
    if (found.id)
        mark_.attach(*found.id, kind);
    db_ = open_connection(path, found.existing);
    if (!found.id) {
        if (const auto id = file_id(path))
            mark_.attach(*id, kind);
    }
    translating_errors(path_, [&] { open_checks(); });
}

ClinicFile::~ClinicFile()
{
    const auto state = mark_.state();
    db_.reset(); // the last connection anywhere checkpoints and removes the WAL
    const bool last_here = mark_.detach();
    if (last_here && !backup_ && state.checked_for_writes && !state.damaged && !has_wal_content(path_))
        remember_clean_close(path_);
}

void ClinicFile::open_checks()
{
    auto& db = *db_;
    if (!backup_ && sqlite3_db_readonly(db.getHandle(), "main") == 1)
        throw ClinicFileError(Kind::ReadOnly,
                              fmt::format("The clinic file {} is read-only. Copy it to a folder you can write "
                                          "to, or ask your administrator for write access; it was not changed.",
                                          path_.string()));
    const int app_id = pragma_int(db, "application_id");
    const int version = pragma_int(db, "user_version");
    if (app_id == 0 && version == 0) {
        const int objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (objects > 0)
            throw ClinicFileError(Kind::NotFloorChart,
                                  fmt::format("{} is an SQLite database but not a FloorChart clinic file. "
                                              "Choose another file; this one was not changed.",
                                              path_.string()));
        if (!created_)
            throw ClinicFileError(Kind::Missing,
                                  fmt::format("{} is an empty database, not a clinic. {}; to start a new clinic in "
                                              "this file, use 'floorchart-cli init'.",
                                              path_.string(), restore_hint(path_)));
    } else if (app_id != application_id && app_id != backup_application_id) {
        throw ClinicFileError(Kind::NotFloorChart,
                              fmt::format("{} belongs to another program (application id {:#x}), not "
                                          "FloorChart. Choose another file; this one was not changed.",
                                          path_.string(), static_cast<unsigned>(app_id)));
    }
    if (version > latest_schema_version())
        throw ClinicFileError(Kind::NewerSchema,
                              fmt::format("{} was written by a newer FloorChart (schema {}; this version "
                                          "knows up to {}). Install the newer FloorChart to open it; the file "
                                          "was not changed.",
                                          path_.string(), version, latest_schema_version()));
    if (checked_on_open_) {
        if (auto problems = quick_check(db, false); !problems.empty())
            refuse_as_damaged(problems.front());
        mark_.set_checked_for_writes();
    }
    if (const auto missing = missing_schema_objects(db, version); !missing.empty())
        refuse_as_damaged(fmt::format("its schema lacks {}", missing.front()));
    db.exec("PRAGMA foreign_keys = ON");
    // 8 MB of page cache (the default is 2 MB): the patient list's pages and indexes stay in
    // memory between keystrokes. (32 MB, when a short word scanned every patient, cost the
    // app 50 MB of resident memory at 100,000 patients over its two connections.)
    db.exec("PRAGMA cache_size = -8000");
    if (backup_) {
        schema_version_ = version;
        return;
    }
    if (created_)
        mark_.set_checked_for_writes(); // nothing in it to check
    if (version < latest_schema_version() || created_)
        prepare_write(); // the migrations below write
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    if (created_)
        db.exec(fmt::format("PRAGMA application_id = {}", application_id));
    migrate(db, version);
    schema_version_ = latest_schema_version();
}

void ClinicFile::refuse_as_damaged(const std::string& problem)
{
    mark_.set_damaged();
    remember_damage(path_);
    throw ClinicFileError(Kind::Corrupt, fmt::format("The clinic file {} is damaged ({}). {}; the damaged file was "
                                                     "not changed.",
                                                     path_.string(), problem, restore_hint(path_)));
}

void ClinicFile::prepare_write()
{
    if (backup_)
        throw ClinicFileError(Kind::ReadOnly,
                              fmt::format("{} is a FloorChart backup: it opens read-only and is never changed. To "
                                          "work in it, put it back with 'floorchart-cli restore {}'; nothing was "
                                          "changed.",
                                          path_.string(), path_.string()));
    const auto state = mark_.state();
    if (state.damaged)
        refuse_as_damaged("a check found problems");
    if (state.checked_for_writes)
        return;
    switch (remembered_state(path_)) {
    case RememberedState::Unchanged:
        break;
    case RememberedState::Damaged:
        refuse_as_damaged("a check found problems, and the file has not changed since");
    case RememberedState::Unknown:
        if (auto problems = translating_errors(path_, [&] { return quick_check(*db_, false); }); !problems.empty())
            refuse_as_damaged(problems.front());
        break;
    }
    mark_.set_checked_for_writes();
}

ClinicHealth ClinicFile::check(bool thorough)
{
    auto report = translating_errors(path_, [&] {
        ClinicHealth r;
        r.latest_schema_version = latest_schema_version();
        r.schema_version = pragma_int(*db_, "user_version");
        r.problems = quick_check(*db_, thorough);
        SQLite::Statement fk(*db_, "PRAGMA foreign_key_check");
        while (fk.executeStep())
            r.problems.push_back(fmt::format("row {} of {} refers to a missing row of {}", fk.getColumn(1).getInt64(),
                                             fk.getColumn(0).getString(), fk.getColumn(2).getString()));
        const int app_id = pragma_int(*db_, "application_id");
        if (app_id != application_id && !(backup_ && app_id == backup_application_id))
            r.problems.push_back("the application id is not FloorChart's");
        if (r.schema_version != r.latest_schema_version && !backup_)
            r.problems.push_back(fmt::format("schema version {} (expected {})", r.schema_version,
                                             r.latest_schema_version));
        for (const auto& missing : missing_schema_objects(*db_, r.schema_version))
            r.problems.push_back("the schema lacks " + missing);
        return r;
    });
    report.ok = report.problems.empty();
    if (!report.ok) {
        mark_.set_damaged();
        if (!backup_)
            remember_damage(path_);
    } else if (!backup_) {
        mark_.set_checked_for_writes();
    }
    return report;
}

fs::path default_clinic_path()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::current_path();
    return base / "floorchart" / "clinic.floorchart";
}

} // namespace fc::store
