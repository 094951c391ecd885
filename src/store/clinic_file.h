#pragma once
// Opening a clinic file safely: the cheap checks on every open (SQLite header, application_id,
// user_version), the full quick_check after an unclean shutdown or when asked, WAL with
// synchronous=FULL and foreign keys, and the numbered migrations. A file that is not ours,
// is newer, damaged, read-only or locked is refused with ClinicFileError and never modified.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>
#include <vector>

namespace fc::store {

struct OpenOptions {
    bool create_if_missing = true;
};

struct IntegrityReport {
    bool ok = true;
    int schema_version = 0;
    int latest_schema_version = 0;
    std::vector<std::string> problems; // empty when ok
};

class ClinicFile {
public:
    explicit ClinicFile(const std::filesystem::path& path, OpenOptions options = {});

    SQLite::Database& db() { return db_; }
    const std::filesystem::path& path() const { return path_; }
    int schema_version() const { return schema_version_; }
    // True when the last session did not close the file cleanly (a WAL file was left behind)
    // and the quick check therefore ran on open.
    bool was_checked_after_unclean_shutdown() const { return checked_on_open_; }
    bool created() const { return created_; }

    // Full PRAGMA quick_check (or integrity_check), foreign keys and schema version.
    IntegrityReport check(bool thorough = false);

private:
public:
    // Counts this process's open connections per clinic file, so that a second connection (the
    // app's background search) does not take the first one's WAL file for a crash's leftover.
    class OpenInThisProcess {
    public:
        explicit OpenInThisProcess(std::filesystem::path path);
        ~OpenInThisProcess();
        OpenInThisProcess(const OpenInThisProcess&) = delete;
        OpenInThisProcess& operator=(const OpenInThisProcess&) = delete;
        static bool contains(const std::filesystem::path& path);

    private:
        std::filesystem::path path_;
    };

private:
    // Declared before db_: the connection's initialiser sets them.
    std::filesystem::path path_;
    bool checked_on_open_ = false;
    bool created_ = false;
    SQLite::Database db_;
    OpenInThisProcess open_mark_;
    int schema_version_ = 0;
};

// $XDG_DATA_HOME/floorchart/clinic.floorchart (or ~/.local/share/floorchart/clinic.floorchart).
std::filesystem::path default_clinic_path();

} // namespace fc::store
