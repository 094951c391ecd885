#pragma once
// A heartbeat from inside long SQLite statements (an integrity check of a large clinic runs for
// seconds without returning a row): while it lives, `beat` is called about every 50 ms of work on
// one connection, so that a progress window can repaint and a progress line can stay current.
#include <SQLiteCpp/Database.h>

#include <chrono>
#include <functional>

namespace fc::store {

class StatementHeartbeat {
public:
    // An empty `beat` installs nothing. `beat` must not throw; if it does, it is not called again.
    StatementHeartbeat(SQLite::Database& db, std::function<void()> beat);
    ~StatementHeartbeat();
    StatementHeartbeat(const StatementHeartbeat&) = delete;
    StatementHeartbeat& operator=(const StatementHeartbeat&) = delete;

private:
    static int on_progress(void* self) noexcept;

    SQLite::Database& db_;
    std::function<void()> beat_;
    bool installed_ = false;
    std::chrono::steady_clock::time_point last_;
};

} // namespace fc::store
