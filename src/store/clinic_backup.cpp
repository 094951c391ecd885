#include "store/clinic_backup.h"

#include "core/errors.h"
#include "store/open_files.h"
#include "store/schema.h"
#include "store/sqlite_errors.h"
#include "store/statement_heartbeat.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>

namespace fc::store {

namespace fs = std::filesystem;
using Kind = ClinicFileError::Kind;

namespace {
void copy_pages(SQLite::Database& dest, SQLite::Database& source, const PageProgress& progress)
{
    SQLite::Backup backup(dest, source);
    int rc = SQLITE_OK;
    do {
        rc = backup.executeStep(256);
        if (progress)
            progress(backup.getTotalPageCount() - backup.getRemainingPageCount(), backup.getTotalPageCount());
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
}

int page_count(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA page_count").getInt();
}

// Reports one copy's pages as part of a job of `total` pages, `before` of them done by earlier copies.
PageProgress part_of(const PageProgress& progress, int before, int total)
{
    if (!progress)
        return {};
    return [&progress, before, total](int done, int) { progress(std::min(before + done, total), total); };
}

// A copy (in rollback-journal mode, or marked as a backup) opens immutable: nothing is made beside
// it. A clinic file in WAL mode, perhaps in use, opens read-only the ordinary way.
SQLite::Database open_for_reading(const fs::path& file, const FileHeader& header)
{
    const auto sqlite = parse_sqlite_header(header);
    const bool copy = header.status == FileHeader::Status::Read && sqlite.is_sqlite &&
                      (!sqlite.wal || sqlite.application_id == backup_application_id);
    if (copy)
        return SQLite::Database(immutable_uri(file), SQLite::OPEN_READONLY | SQLITE_OPEN_URI);
    return SQLite::Database(file.string(), SQLite::OPEN_READONLY);
}

SQLite::Database open_for_reading(const fs::path& file)
{
    return open_for_reading(file, read_file_header(file));
}

std::int64_t count_if_table(SQLite::Database& db, const char* table)
{
    SQLite::Statement exists(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    exists.bind(1, table);
    if (!exists.executeStep())
        return 0;
    return db.execAndGet(fmt::format("SELECT count(*) FROM {}", table)).getInt64();
}
} // namespace

void write_backup(SQLite::Database& source, const OutputTarget& dest, const PageProgress& progress,
                  const std::function<void(const fs::path& written)>& check)
{
    try {
        check_output(dest); // before making any folder for it
        std::error_code ec;
        if (!dest.file.parent_path().empty())
            fs::create_directories(dest.file.parent_path(), ec);
        OutputFile out(dest);
        out.release(); // SQLite writes it: no descriptor of ours may be open on it meanwhile
        translating_errors(dest.file, [&] {
            SQLite::Database db(out.temporary().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOFOLLOW);
            copy_pages(db, source, progress);
            db.exec("PRAGMA journal_mode = DELETE"); // a backup is one self-contained file
            // Marked as a backup: it then opens read-only and is never written to by mistake.
            db.exec(fmt::format("PRAGMA application_id = {}", backup_application_id));
        });
        if (check)
            check(out.temporary());
        out.place();
    } catch (const ClinicFileError&) {
        throw;
    } catch (const Error& e) { // the output refused or not written
        throw ClinicFileError(Kind::Io, e.what());
    }
}

ClinicHealth inspect_backup(const fs::path& file, const std::function<void()>& still_checking)
{
    ClinicHealth h;
    using Status = FileHeader::Status;
    const auto header = read_file_header(file);
    if (header.status != Status::Read && header.status != Status::OpenHere) {
        h.problems.push_back(fmt::format("{} does not exist or is not a file", file.string()));
        return h;
    }
    if (header.status == Status::Read && !parse_sqlite_header(header).is_sqlite) {
        h.problems.push_back("it is not an SQLite database");
        return h;
    }
    try {
        auto db = open_for_reading(file, header);
        const StatementHeartbeat heartbeat(db, still_checking);
        if (const int id = db.execAndGet("PRAGMA application_id").getInt();
            id != application_id && id != backup_application_id)
            h.problems.push_back("it is not a FloorChart clinic file");
        h.schema_version = db.execAndGet("PRAGMA user_version").getInt();
        if (h.schema_version > latest_schema_version())
            h.problems.push_back(fmt::format("it was written by a newer FloorChart (schema {})", h.schema_version));
        SQLite::Statement check(db, "PRAGMA integrity_check");
        while (check.executeStep())
            if (const auto line = check.getColumn(0).getString(); line != "ok")
                h.problems.push_back(line);
        SQLite::Statement fk(db, "PRAGMA foreign_key_check");
        if (fk.executeStep())
            h.problems.push_back("some rows refer to missing rows (foreign keys)");
        if (h.problems.empty()) {
            h.patients = count_if_table(db, "patients");
            h.clinicians = count_if_table(db, "clinicians");
            h.session_notes = count_if_table(db, "session_notes");
            h.audit_entries = count_if_table(db, "audit");
        }
    } catch (const SQLite::Exception& e) {
        h.problems.push_back(fmt::format("it cannot be read ({})", e.what()));
    }
    h.ok = h.problems.empty();
    return h;
}

namespace {

// Writes the backup into a new file next to the clinic (synced, in WAL mode, marked as a clinic)
// and returns its path, for a rename over the clinic.
fs::path write_restored_copy(const fs::path& clinic, const fs::path& backup, const PageProgress& progress)
{
    const auto incoming = fs::path(clinic.string() + ".restoring");
    fs::remove(incoming);
    {
        SQLite::Database target(incoming.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLITE_OPEN_NOFOLLOW);
        auto source = open_for_reading(backup);
        copy_pages(target, source, progress);
        target.exec(fmt::format("PRAGMA application_id = {}", application_id)); // a clinic again
        target.exec("PRAGMA journal_mode = WAL");
    }
    return incoming;
}

// Restores where no clinic file is (it was lost or deleted).
void restore_into_new_file(const fs::path& clinic, const fs::path& backup, const PageProgress& progress)
{
    if (!clinic.parent_path().empty())
        fs::create_directories(clinic.parent_path());
    fs::rename(write_restored_copy(clinic, backup, progress), clinic);
}

// Restores over a clinic file SQLite cannot read at all (cut short, garbled): no FloorChart can
// have it open. Its bytes (and its WAL, which belongs to it) are copied aside as they are, the
// backup is written next to it through SQLite (synced), and only then renamed over it.
void restore_over_damaged(const fs::path& clinic, const fs::path& backup, const fs::path& aside,
                          const PageProgress& progress)
{
    const auto wal = fs::path(clinic.string() + "-wal");
    const auto shm = fs::path(clinic.string() + "-shm");
    fs::copy_file(clinic, aside);
    if (fs::exists(wal))
        fs::copy_file(wal, fs::path(aside.string() + "-wal"));
    const auto incoming = write_restored_copy(clinic, backup, progress);
    // The damaged file's WAL must never be applied to the restored one.
    fs::remove(wal);
    fs::remove(shm);
    fs::rename(incoming, clinic);
}

} // namespace

void restore_backup(const fs::path& clinic, const fs::path& backup, const fs::path& aside,
                    const PageProgress& progress)
{
    if (fs::exists(aside))
        throw ClinicFileError(Kind::Io, fmt::format("{} already exists; nothing was restored.", aside.string()));
    if (const auto id = file_id(clinic); id && open_in_this_process(*id))
        throw ClinicFileError(Kind::Locked, fmt::format("{} is open in this FloorChart. Close it first, then restore "
                                                        "again; nothing was changed.",
                                                        clinic.string()));
    if (!fs::exists(clinic)) { // nothing to keep: the backup becomes the clinic
        translating_errors(clinic, [&] { restore_into_new_file(clinic, backup, progress); });
        return;
    }
    bool damaged = false;
    translating_errors(clinic, [&] {
        SQLite::Database current(clinic.string(), SQLite::OPEN_READWRITE, 0);
        // Exclusive locking fails at once while another connection (another FloorChart) has it open.
        current.exec("PRAGMA locking_mode = EXCLUSIVE");
        try {
            current.exec("BEGIN EXCLUSIVE");
            current.exec("COMMIT");
        } catch (const SQLite::Exception& e) {
            if (const int code = e.getErrorCode() & 0xff; code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
                damaged = true; // not open anywhere: nothing can open it
                return;
            }
            throw ClinicFileError(Kind::Locked, fmt::format("{} is open in another FloorChart (or another program). "
                                                            "Close it everywhere, then restore again; nothing was "
                                                            "changed.",
                                                            clinic.string()));
        }
        auto source = open_for_reading(backup);
        const int kept_pages = page_count(current);
        const int total = kept_pages + page_count(source);
        {
            SQLite::Database kept(aside.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            copy_pages(kept, current, part_of(progress, 0, total));
            kept.exec("PRAGMA journal_mode = DELETE");
            kept.exec(fmt::format("PRAGMA application_id = {}", backup_application_id));
        }
        copy_pages(current, source, part_of(progress, kept_pages, total));
        current.exec(fmt::format("PRAGMA application_id = {}", application_id)); // a clinic again
        current.exec("PRAGMA journal_mode = WAL");
    });
    if (damaged)
        translating_errors(clinic, [&] { restore_over_damaged(clinic, backup, aside, progress); });
}

} // namespace fc::store
