#pragma once
// When the progress window of a long operation appears and when it is repainted, decided from the
// times handed in: no clock is read here and no wx is known, so the rules are tested without
// waiting. The window appears only once the operation has run for a while (200 ms unless the
// window is told otherwise), so that a quick one never flashes a window; it is repainted at most
// every 40 ms, and at once when a new part of the operation begins (see ProgressWindow::Wording):
// a quick copy between two slow checks must not pass unseen.
#include <chrono>

namespace fc::ui {

class ProgressPacing {
public:
    using Clock = std::chrono::steady_clock;
    // Often enough to look alive, seldom enough that a use case with thousands of small steps (a
    // rescan) does not spend its time repainting.
    static constexpr std::chrono::milliseconds repaint_every{40};

    // What a count asks of the window.
    enum class Step { nothing, open, repaint };

    ProgressPacing(Clock::time_point started, std::chrono::milliseconds shown_after);

    // For the count (done, total) reported at `now` (never earlier than the last one).
    Step step(int done, int total, Clock::time_point now);
    bool opened() const { return opened_; }

private:
    // The part of the operation a count belongs to: nothing counted yet, counting, or the work
    // after a complete count.
    enum class Phase { none, before_count, counting, after_count };
    static Phase PhaseOf(int done, int total);

    Clock::time_point started_;
    std::chrono::milliseconds shown_after_;
    Clock::time_point updated_;
    Phase shown_phase_ = Phase::none;
    bool opened_ = false;
};

} // namespace fc::ui
