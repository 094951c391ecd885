#pragma once
// What this user's FloorChart remembers of a clinic file between processes: that its last clean
// close left it exactly as it is now (so the full check before the first write can be skipped),
// or that a check found it damaged (so nothing writes to it until it changes, e.g. by a restore).
// Kept outside the clinic file, in $XDG_STATE_HOME/floorchart/closed/ (~/.local/state/...), one
// small owner-only file per clinic file; without a home folder nothing is remembered and every
// process checks before its first write.
#include <filesystem>

namespace fc::store {

enum class RememberedState {
    Unknown,   // never closed cleanly here, or changed since: check before writing
    Unchanged, // exactly as the last clean close left it
    Damaged,   // a check found it damaged, and it has not changed since
};

RememberedState remembered_state(const std::filesystem::path& clinic);
// After the last connection closed and SQLite removed the WAL: the file as it is now is sound.
void remember_clean_close(const std::filesystem::path& clinic);
// A check failed: the file as it is now must not be written to.
void remember_damage(const std::filesystem::path& clinic);

} // namespace fc::store
