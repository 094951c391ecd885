#pragma once
// Opening a clinic file safely. On every open, cheap checks: the SQLite header read before SQLite
// touches the file (and never while this process has it open: see open_files.h), the size it
// promises, application_id, user_version and every table, index and trigger of the schema. A full
// quick_check on open after an unclean shutdown, and before the first write of a process unless
// the file is exactly as this user's last clean close left it. WAL with synchronous=FULL and
// foreign keys, and the numbered migrations. A file that is not ours, is newer, damaged,
// read-only, locked, missing or empty (unless creation is asked) is refused with ClinicFileError
// and never modified. A FloorChart backup opens read-only and immutable and is never written.
#include <SQLiteCpp/Database.h>

#include "core/clinic_health.h"
#include "store/open_files.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fc::store {

struct OpenOptions {
    bool create_if_missing = true; // also turns an empty (0-byte) file into a new clinic
};

class ClinicFile {
public:
    explicit ClinicFile(const std::filesystem::path& path, OpenOptions options = {});
    ~ClinicFile();
    ClinicFile(const ClinicFile&) = delete;
    ClinicFile& operator=(const ClinicFile&) = delete;

    SQLite::Database& db() { return *db_; }
    const std::filesystem::path& path() const { return path_; }
    int schema_version() const { return schema_version_; }
    // True when the last session did not close the file cleanly (a WAL file was left behind)
    // and the quick check therefore ran on open.
    bool was_checked_after_unclean_shutdown() const { return checked_on_open_; }
    bool created() const { return created_; }
    // A FloorChart backup (or a copy set aside by a restore): open read-only, never written.
    bool is_backup() const { return backup_; }

    // Called before every write transaction: refuses (ClinicFileError) a backup and a file found
    // damaged, and runs the full quick check before this process's first write unless the file is
    // as the last clean close left it.
    void prepare_write();

    // Full PRAGMA quick_check (or integrity_check), foreign keys, schema version and objects. A
    // file with problems is marked damaged: nothing writes to it until it changes (a restore).
    ClinicHealth check(bool thorough = false);

private:
    void open_checks();
    [[noreturn]] void refuse_as_damaged(const std::string& problem);

    std::filesystem::path path_;
    bool checked_on_open_ = false;
    bool created_ = false;
    bool backup_ = false;
    OpenFileMark mark_; // before db_: the connection counts as this process's until it is closed
    std::unique_ptr<SQLite::Database> db_;
    int schema_version_ = 0;
};

// $XDG_DATA_HOME/floorchart/clinic.floorchart (or ~/.local/share/floorchart/clinic.floorchart).
std::filesystem::path default_clinic_path();

} // namespace fc::store
