#include "core/backup_rotation.h"

#include "core/progress.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <string>

namespace fc {

std::vector<std::size_t> backups_to_delete(const std::vector<Date>& taken, const BackupRotation& rotation)
{
    std::vector<std::size_t> order(taken.size());
    std::iota(order.begin(), order.end(), 0);
    // Newest first; among backups of one day the later index (written later) first.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return taken[a] != taken[b] ? taken[a] > taken[b] : a > b;
    });
    std::set<Date> days;
    std::set<std::string> weeks;
    std::vector<bool> keep(taken.size(), false);
    for (const auto i : order) {
        if (days.contains(taken[i]))
            continue; // an older backup of a day already kept
        if (static_cast<int>(days.size()) < rotation.daily) {
            days.insert(taken[i]);
            keep[i] = true;
            continue;
        }
        const auto week = iso_week(taken[i]);
        if (weeks.contains(week) || static_cast<int>(weeks.size()) >= rotation.weekly)
            continue;
        // The week of the oldest daily backup is not kept twice.
        if (std::any_of(days.begin(), days.end(), [&](const Date& d) { return iso_week(d) == week; }))
            continue;
        weeks.insert(week);
        keep[i] = true;
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < taken.size(); ++i)
        if (!keep[i])
            out.push_back(i);
    return out;
}

} // namespace fc
