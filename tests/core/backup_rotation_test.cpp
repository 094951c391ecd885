// Rotation of automatic backups: 7 daily, then 4 weekly, by default.
#include "core/backup_rotation.h"

#include <gtest/gtest.h>

using fc::Date;

namespace {

// One backup a day from `first` for `days` days.
std::vector<Date> daily_from(Date first, int days)
{
    std::vector<Date> out;
    for (int i = 0; i < days; ++i)
        out.push_back(first + boost::gregorian::days(i));
    return out;
}

std::vector<Date> kept(const std::vector<Date>& taken, const fc::BackupRotation& r)
{
    const auto gone = fc::backups_to_delete(taken, r);
    std::vector<Date> out;
    for (std::size_t i = 0; i < taken.size(); ++i)
        if (std::find(gone.begin(), gone.end(), i) == gone.end())
            out.push_back(taken[i]);
    return out;
}

} // namespace

TEST(BackupRotation, FewBackupsAreAllKept)
{
    EXPECT_TRUE(fc::backups_to_delete({}, {}).empty());
    EXPECT_TRUE(fc::backups_to_delete(daily_from(Date(2026, 11, 1), 7), {}).empty());
}

TEST(BackupRotation, SevenDaysThenOneAWeekForFourWeeksThenNothing)
{
    // Every day from Monday 2026-09-28 to Thursday 2026-12-03 (67 days).
    const auto taken = daily_from(Date(2026, 9, 28), 67);
    const auto k = kept(taken, {});
    ASSERT_EQ(k.size(), 11u);
    // The last seven days, 2026-11-27 to 2026-12-03.
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(k[k.size() - 1 - i], Date(2026, 12, 3) - boost::gregorian::days(i));
    // Then the newest of each of the four weeks before the week of 2026-11-27 (W48, Mon 11-23):
    // Sundays 11-22, 11-15, 11-08, 11-01.
    EXPECT_EQ(k[0], Date(2026, 11, 1));
    EXPECT_EQ(k[1], Date(2026, 11, 8));
    EXPECT_EQ(k[2], Date(2026, 11, 15));
    EXPECT_EQ(k[3], Date(2026, 11, 22));
}

TEST(BackupRotation, OnlyTheNewestOfADayIsKept)
{
    const std::vector<Date> taken = {Date(2026, 12, 3), Date(2026, 12, 3), Date(2026, 12, 2)};
    EXPECT_EQ(fc::backups_to_delete(taken, {}), std::vector<std::size_t>{0}) << "the later written of the day stays";
}

TEST(BackupRotation, TheNumbersAreConfigurable)
{
    const auto taken = daily_from(Date(2026, 11, 1), 30);
    EXPECT_EQ(kept(taken, {.daily = 3, .weekly = 0}).size(), 3u);
    EXPECT_EQ(kept(taken, {.daily = 1, .weekly = 2}).size(), 3u);
    EXPECT_EQ(kept(taken, {.daily = 0, .weekly = 0}).size(), 0u);
    EXPECT_EQ(kept(taken, {.daily = 30, .weekly = 4}).size(), 30u);
}
