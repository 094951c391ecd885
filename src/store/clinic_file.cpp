#include "store/clinic_file.h"

#include "core/errors.h"
#include "store/schema.h"
#include "store/sqlite_errors.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <system_error>

namespace fc::store {

namespace fs = std::filesystem;
using Kind = ClinicFileError::Kind;

namespace {

enum class Existing { Missing, Empty, Sqlite };

// Reads the first bytes ourselves so that a file that is not SQLite at all is refused before
// SQLite touches it.
Existing inspect(const fs::path& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return Existing::Missing;
    if (fs::is_directory(status))
        throw ClinicFileError(Kind::NotFloorChart,
                              fmt::format("{} is a folder, not a FloorChart clinic file.", path.string()));
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw ClinicFileError(Kind::Io, fmt::format("Cannot read {}: {}.", path.string(), ec.message()));
    if (size == 0)
        return Existing::Empty;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ClinicFileError(Kind::Io, fmt::format("Cannot open {} for reading (check its permissions).",
                                                    path.string()));
    std::array<char, 100> header{}; // the SQLite database header
    in.read(header.data(), header.size());
    static constexpr char magic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    if (in.gcount() < 16 || !std::equal(magic, magic + 16, header.begin()))
        throw ClinicFileError(Kind::NotFloorChart,
                              fmt::format("{} is not a FloorChart clinic file (it is not an SQLite database). "
                                          "Choose another file; this one was not changed.",
                                          path.string()));
    if (in.gcount() < static_cast<std::streamsize>(header.size()))
        throw ClinicFileError(Kind::Corrupt, fmt::format("The clinic file {} is damaged (cut short at {} bytes). "
                                                         "Restore the newest backup; the damaged file was not "
                                                         "changed.",
                                                         path.string(), in.gcount()));
    return Existing::Sqlite;
}

std::mutex open_files_mutex;
std::map<fs::path, int> open_files; // canonical path -> open connections in this process

fs::path canonical_or_same(const fs::path& path)
{
    std::error_code ec;
    auto c = fs::weakly_canonical(path, ec);
    return ec ? path : c;
}

// A WAL file left behind by a connection that is gone: the last connection to close removes
// it. One still open in this process is no leftover. (Another process's open connection
// also leaves one; the quick check it then costs is harmless.)
bool wal_left_behind(const fs::path& path)
{
    if (ClinicFile::OpenInThisProcess::contains(path))
        return false;
    std::error_code ec;
    const fs::path wal = path.string() + "-wal";
    return fs::exists(wal, ec) && fs::file_size(wal, ec) > 0;
}

int pragma_int(SQLite::Database& db, const char* name)
{
    return db.execAndGet(fmt::format("PRAGMA {}", name)).getInt();
}

std::vector<std::string> quick_check(SQLite::Database& db, bool thorough)
{
    std::vector<std::string> problems;
    SQLite::Statement q(db, thorough ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (q.executeStep()) {
        std::string line = q.getColumn(0).getString();
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    return problems;
}

void migrate(SQLite::Database& db, int from)
{
    for (const auto& m : migrations()) {
        if (m.version <= from)
            continue;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(std::string(m.sql));
        db.exec(fmt::format("PRAGMA user_version = {}", m.version));
        tx.commit();
    }
}

SQLite::Database open_connection(const fs::path& path, bool create)
{
    try {
        const int flags = SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0) | SQLITE_OPEN_NOFOLLOW;
        SQLite::Database db(path.string(), flags, 5000);
        return db;
    } catch (const SQLite::Exception& e) {
        throw ClinicFileError(e.getErrorCode() == SQLITE_CANTOPEN ? Kind::ReadOnly : Kind::Io,
                              fmt::format("Cannot open the clinic file {}: {}. Check that the file and its "
                                          "folder exist and are writable by you.",
                                          path.string(), e.what()));
    }
}

} // namespace

ClinicFile::ClinicFile(const fs::path& path, OpenOptions options)
    : path_(path), db_([&] {
          const auto existing = inspect(path);
          if (existing == Existing::Missing && !options.create_if_missing)
              throw ClinicFileError(Kind::Missing, fmt::format("There is no clinic file at {}.", path.string()));
          if (existing == Existing::Missing && !path.parent_path().empty()) {
              std::error_code ec;
              fs::create_directories(path.parent_path(), ec);
              if (ec)
                  throw ClinicFileError(Kind::Io, fmt::format("Cannot create the folder {}: {}.",
                                                              path.parent_path().string(), ec.message()));
          }
          checked_on_open_ = existing == Existing::Sqlite && wal_left_behind(path);
          created_ = existing != Existing::Sqlite;
          return open_connection(path, existing == Existing::Missing);
      }()),
      open_mark_(path)
{
    translating_errors(path_, [&] {
        if (db_.getHandle() && sqlite3_db_readonly(db_.getHandle(), "main") == 1)
            throw ClinicFileError(Kind::ReadOnly,
                                  fmt::format("The clinic file {} is read-only. Copy it to a folder you can write "
                                              "to, or ask your administrator for write access; it was not changed.",
                                              path_.string()));
        const int app_id = pragma_int(db_, "application_id");
        const int version = pragma_int(db_, "user_version");
        if (app_id == 0 && version == 0) {
            const int objects = db_.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
            if (objects > 0)
                throw ClinicFileError(Kind::NotFloorChart,
                                      fmt::format("{} is an SQLite database but not a FloorChart clinic file. "
                                                  "Choose another file; this one was not changed.",
                                                  path_.string()));
            created_ = true;
        } else if (app_id != application_id) {
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
            if (auto problems = quick_check(db_, false); !problems.empty())
                throw ClinicFileError(Kind::Corrupt,
                                      fmt::format("The clinic file {} is damaged ({}). Restore the newest backup; "
                                                  "the damaged file was not changed.",
                                                  path_.string(), problems.front()));
        }
        db_.exec("PRAGMA journal_mode = WAL");
        db_.exec("PRAGMA synchronous = FULL");
        db_.exec("PRAGMA foreign_keys = ON");
        // 8 MB of page cache (the default is 2 MB): the patient list's pages and indexes stay in
        // memory between keystrokes. (32 MB, when a short word scanned every patient, cost the
        // app 50 MB of resident memory at 100,000 patients over its two connections.)
        db_.exec("PRAGMA cache_size = -8000");
        if (created_)
            db_.exec(fmt::format("PRAGMA application_id = {}", application_id));
        migrate(db_, version);
        schema_version_ = latest_schema_version();
    });
}

IntegrityReport ClinicFile::check(bool thorough)
{
    return translating_errors(path_, [&] {
        IntegrityReport report;
        report.latest_schema_version = latest_schema_version();
        report.schema_version = pragma_int(db_, "user_version");
        report.problems = quick_check(db_, thorough);
        SQLite::Statement fk(db_, "PRAGMA foreign_key_check");
        while (fk.executeStep())
            report.problems.push_back(fmt::format("row {} of {} refers to a missing row of {}",
                                                  fk.getColumn(1).getInt64(), fk.getColumn(0).getString(),
                                                  fk.getColumn(2).getString()));
        if (pragma_int(db_, "application_id") != application_id)
            report.problems.push_back("the application id is not FloorChart's");
        if (report.schema_version != report.latest_schema_version)
            report.problems.push_back(fmt::format("schema version {} (expected {})", report.schema_version,
                                                  report.latest_schema_version));
        report.ok = report.problems.empty();
        return report;
    });
}

ClinicFile::OpenInThisProcess::OpenInThisProcess(fs::path path) : path_(canonical_or_same(path))
{
    std::lock_guard lock(open_files_mutex);
    ++open_files[path_];
}

ClinicFile::OpenInThisProcess::~OpenInThisProcess()
{
    std::lock_guard lock(open_files_mutex);
    if (--open_files[path_] <= 0)
        open_files.erase(path_);
}

bool ClinicFile::OpenInThisProcess::contains(const fs::path& path)
{
    std::lock_guard lock(open_files_mutex);
    return open_files.count(canonical_or_same(path)) > 0;
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
