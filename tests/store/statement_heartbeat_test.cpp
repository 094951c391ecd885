// The heartbeat from inside a long statement: it beats while the statement runs, never faster
// than its interval, stops with the scope, and a beat that throws never cuts the statement short.
#include "store/statement_heartbeat.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>

using fc::store::StatementHeartbeat;

namespace {
using Clock = std::chrono::steady_clock;

// One statement that runs for a while without returning a row (a few hundred milliseconds).
std::int64_t long_count(SQLite::Database& db)
{
    return db.execAndGet("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) "
                         "SELECT count(*) FROM n")
        .getInt64();
}
} // namespace

TEST(StatementHeartbeat, BeatsWhileALongStatementRunsAndStopsWithItsScope)
{
    SQLite::Database db(":memory:");
    int beats = 0;
    Clock::duration took{};
    {
        const StatementHeartbeat heartbeat(db, [&] { ++beats; });
        const auto start = Clock::now();
        EXPECT_EQ(long_count(db), 1000000);
        took = Clock::now() - start;
    }
    const auto interval_ms = 50;
    const auto took_ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
    ASSERT_GE(took_ms, 2 * interval_ms) << "the statement was too quick to test with";
    EXPECT_GE(beats, 1);
    EXPECT_LE(beats, took_ms / interval_ms) << "never faster than every 50 ms";
    const int before = beats;
    long_count(db);
    EXPECT_EQ(beats, before) << "no beat once the heartbeat is gone";
}

TEST(StatementHeartbeat, ABeatThatThrowsNeitherStopsTheStatementNorBeatsAgain)
{
    SQLite::Database db(":memory:");
    int beats = 0;
    const StatementHeartbeat heartbeat(db, [&] {
        ++beats;
        throw std::runtime_error("a window that went away");
    });
    EXPECT_EQ(long_count(db), 1000000);
    EXPECT_EQ(long_count(db), 1000000);
    EXPECT_EQ(beats, 1);
}

TEST(StatementHeartbeat, WithoutABeatNothingIsInstalled)
{
    SQLite::Database db(":memory:");
    const StatementHeartbeat heartbeat(db, {});
    EXPECT_EQ(long_count(db), 1000000);
}
