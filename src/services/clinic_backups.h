#pragma once
// Backing up and restoring a clinic file. Backups live in a "backups" folder beside the clinic
// file unless another place is named; restoring keeps the replaced file beside the clinic under a
// name that says so, still openable with --db.
#include "core/backup_rotation.h"
#include "core/existing_file.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fc {

struct BackupFile {
    std::string name;
    std::filesystem::path path;
    std::uintmax_t bytes = 0;
    std::string modified; // local time, YYYY-MM-DD HH:MM
};

struct RestoreResult {
    std::filesystem::path replaced_file_kept_as;
    ClinicHealth restored;
};

// <clinic folder>/backups
std::filesystem::path backup_folder(const std::filesystem::path& clinic_file);
// Newest first.
std::vector<BackupFile> list_backups(const std::filesystem::path& clinic_file);
// How far a backup or restore is, for a progress window or line: called with (pages done, pages in
// all) as pages are copied, and about every 50 ms during the checks before and after the copying
// (which have no count of their own): with (0, 0) before the first page is counted, with the last
// count after it. The same call may therefore come more than once.
using CopyProgress = std::function<void(int done, int total)>;

// Read-only check of a backup: header, FloorChart id, schema, integrity, counts. `still_checking` is
// called about every 50 ms while it runs (a large clinic takes seconds).
ClinicHealth verify_backup(const std::filesystem::path& file, const std::function<void()>& still_checking = {});
// Restores `backup` over the clinic file (which must not be open anywhere, this process included):
// the backup is verified first, the current file is kept beside it. Throws ClinicFileError.
// `progress` counts the pages copied (the current file aside, then the backup over it).
RestoreResult restore_clinic(const std::filesystem::path& clinic_file, const std::filesystem::path& backup,
                             const Actor& by, const CopyProgress& progress = {});

class ClinicBackups {
public:
    explicit ClinicBackups(Clinic& clinic) : clinic_(clinic) {}
    // Checks the clinic (quick_check), writes a backup to `dest` or to a new dated file in the
    // backups folder, verifies it before putting it in place and records it in the audit trail.
    // Returns the file written. A file at `dest` is replaced only with ExistingFile::Replace, and
    // never the clinic file, its companions or a FloorChart clinic or backup (store/output_file.h).
    std::filesystem::path back_up(const std::optional<std::filesystem::path>& dest, const Actor& by,
                                  const CopyProgress& progress = {}, ExistingFile existing = ExistingFile::Refuse);

    // The automatic backup (when the app closes): writes one into the backups folder unless one
    // was made today already, then deletes the automatic backups `rotation` no longer keeps
    // (never a backup made by hand). Returns the file written, if any. Throws ClinicFileError.
    // `progress` is called only when a backup is written.
    std::optional<std::filesystem::path> back_up_automatically(const Actor& by, const BackupRotation& rotation,
                                                               const CopyProgress& progress = {});

private:
    Clinic& clinic_;
};

// Automatic backups are named "<clinic>-auto-YYYYMMDD-HHMMSS.floorchart"; this is the date in such
// a name, or nullopt for any other name (a backup made by hand).
std::optional<Date> automatic_backup_date(const std::string& file_name, const std::string& clinic_stem);

} // namespace fc
