#pragma once
// Every file FloorChart writes besides the clinic file itself (reports, calendar files, backups)
// goes through here. The content goes into a temporary file created exclusively in the target's
// folder (owner-only, random name, never through a symlink), is synced, and is then put in place
// without following links: beside nothing that exists unless asked to replace (the check and the
// placing are one rename, so a file or link that appears meanwhile is not replaced either), and
// never over the clinic file in use, its -wal/-shm/-journal, a file in its backups folder or any
// FloorChart clinic or backup, even when asked. A folder is no output file. On any failure the
// temporary file is removed and the error names the file and the reason.
#include "core/existing_file.h"

#include <sys/types.h>

#include <filesystem>
#include <string_view>

namespace fc::store {

// What an output must never replace, even when asked to.
struct OutputGuard {
    std::filesystem::path clinic_file;   // the clinic in use; empty: none
    std::filesystem::path backup_folder; // its backups; empty: none
};

struct OutputTarget {
    std::filesystem::path file;
    // Replace: a file or symlink at the name is replaced (a link itself, never what it points to).
    ExistingFile existing = ExistingFile::Refuse;
    OutputGuard guard;
};

// Throws fc::Error naming the file and the rule when `target` may not be written: a folder, the
// clinic file or its companions, a backup, a FloorChart file, or (ExistingFile::Refuse) anything that
// exists at the name (even a dangling link). Writes nothing.
void check_output(const OutputTarget& target);

// One output on its way: the temporary file beside the target, removed again unless place() ran.
class OutputFile {
public:
    // check_output, then creates the temporary file. Throws fc::Error.
    explicit OutputFile(OutputTarget target);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Appends to the temporary file. Throws fc::Error.
    void write(std::string_view bytes);
    // The temporary file, for a writer that opens it by name (SQLite): call release() first, so
    // that no descriptor of ours is open on it while the other writer holds its locks.
    const std::filesystem::path& temporary() const { return temporary_; }
    void release();
    // Syncs the content, checks the target again and puts the file in place (see OutputTarget::existing), then
    // syncs the folder. Throws fc::Error; the temporary file is gone either way.
    void place();

private:
    void open_again();
    OutputTarget target_;
    std::filesystem::path temporary_;
    int fd_ = -1;
    dev_t dev_ = 0; // the temporary file created, so that place() puts exactly that one in place
    ino_t ino_ = 0;
    bool placed_ = false;
};

// Writes `bytes` to the target whole or not at all (an OutputFile). Throws fc::Error.
void write_output_file(const OutputTarget& target, std::string_view bytes);

} // namespace fc::store
