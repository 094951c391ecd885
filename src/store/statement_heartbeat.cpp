#include "store/statement_heartbeat.h"

#include <sqlite3.h>

namespace fc::store {

namespace {
constexpr int opcodes_between_looks = 10'000; // a few microseconds of work: looking at the clock is cheap
constexpr auto interval = std::chrono::milliseconds(50);
} // namespace

StatementHeartbeat::StatementHeartbeat(SQLite::Database& db, std::function<void()> beat)
    : db_(db), beat_(std::move(beat)), last_(std::chrono::steady_clock::now())
{
    installed_ = static_cast<bool>(beat_);
    if (installed_)
        sqlite3_progress_handler(db_.getHandle(), opcodes_between_looks, &StatementHeartbeat::on_progress, this);
}

StatementHeartbeat::~StatementHeartbeat()
{
    if (installed_)
        sqlite3_progress_handler(db_.getHandle(), 0, nullptr, nullptr);
}

int StatementHeartbeat::on_progress(void* self) noexcept
{
    auto& h = *static_cast<StatementHeartbeat*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (!h.beat_ || now - h.last_ < interval)
        return 0;
    h.last_ = now;
    try {
        h.beat_();
    } catch (...) {
        h.beat_ = nullptr; // never interrupts the statement: a check cut short would look like damage
    }
    return 0;
}

} // namespace fc::store
