#pragma once
// Backups of a clinic file with SQLite's online backup API (safe while FloorChart runs), their
// read-only inspection, and restore: the current file is copied aside first, then the backup is
// copied over it page by page under an exclusive lock, so nothing is ever destroyed.
#include "core/clinic_health.h"
#include "store/output_file.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace fc::store {

using PageProgress = std::function<void(int done, int total)>;

// Copies the open clinic into `dest.file` through an OutputFile (store/output_file.h): into a
// temporary file created exclusively beside it, handed to `check` (which throws to abandon it), then
// put in place. Missing folders on the way are created. Throws ClinicFileError (Io: the output
// was refused or could not be written, with OutputFile's message).
void write_backup(SQLite::Database& source, const OutputTarget& dest, const PageProgress& progress = {},
                  const std::function<void(const std::filesystem::path& written)>& check = {});
// Inspects any clinic file read-only: SQLite header, application id, schema version, full
// integrity_check, foreign keys and counts. Never changes the file. `still_checking` is called about
// every 50 ms while the check runs (it reports no count: SQLite's check has none).
ClinicHealth inspect_backup(const std::filesystem::path& file, const std::function<void()>& still_checking = {});
// Replaces the clinic at `clinic` with `backup` after copying the current content to `aside`.
// ClinicFileError(Locked) when another program has the clinic open. `progress` counts the pages
// of both copies (the current content aside, then the backup over it) as one job.
void restore_backup(const std::filesystem::path& clinic, const std::filesystem::path& backup,
                    const std::filesystem::path& aside, const PageProgress& progress = {});

} // namespace fc::store
