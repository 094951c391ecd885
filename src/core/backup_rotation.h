#pragma once
// Which automatic backups to keep: the newest of each of the last `daily` days that have one,
// then the newest of each of the `weekly` ISO weeks before those, and nothing older. Backups a
// clinician made by hand are never rotated (the caller passes automatic ones only).
#include "core/date.h"

#include <cstddef>
#include <vector>

namespace fc {

struct BackupRotation {
    int daily = 7;  // days with a backup kept, newest first
    int weekly = 4; // then ISO weeks with a backup kept
};

// The indexes of `taken` (the dates automatic backups were made, any order; several a day
// possible) that the rotation no longer keeps, in ascending order.
std::vector<std::size_t> backups_to_delete(const std::vector<Date>& taken, const BackupRotation& rotation);

} // namespace fc
