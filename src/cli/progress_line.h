#pragma once
// The progress line of a long command ("backing up: page 120 of 17410"), for a person watching a
// terminal: written to stderr, kept current in place with '\r' and ended with a newline. Nothing
// at all when stdout is not a terminal or --json is on, so that scripts see exactly what they
// always saw. Header-only so that each command file can use it alone.
#include "cli/cli_context.h"

#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <unistd.h>

namespace fc::cli {

class ProgressLine {
public:
    // `label` comes before the count: "backing up: page" gives "backing up: page 3 of 40".
    ProgressLine(const Context& ctx, std::string label)
        : label_(std::move(label)), wanted_(isatty(STDOUT_FILENO) == 1 && !ctx.json)
    {
    }
    // Ends the line (also when the command failed, so that its message starts on a line of its own).
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // The callback for a use case's `progress` parameter: empty when no line is wanted, so the
    // use case does not even count. Safe to call from several threads.
    std::function<void(int, int)> callback()
    {
        if (!wanted_)
            return {};
        return [this](int done, int total) { show(done, total); };
    }

    void finish()
    {
        std::lock_guard lock(mutex_);
        if (shown_)
            std::fputc('\n', stderr);
        shown_ = false;
    }

private:
    void show(int done, int total)
    {
        std::lock_guard lock(mutex_);
        // Nothing counted yet (a check before the work), or the same count again (a heartbeat).
        if (total <= 0 || (shown_ && done == done_ && total == total_))
            return;
        std::fprintf(stderr, "\r%s %d of %d", label_.c_str(), done, total);
        std::fflush(stderr);
        shown_ = true;
        done_ = done;
        total_ = total;
    }

    std::string label_;
    bool wanted_;
    std::mutex mutex_;
    bool shown_ = false;
    int done_ = 0;
    int total_ = 0;
};

} // namespace fc::cli
