#include "ui/progress_pacing.h"

namespace fc::ui {

ProgressPacing::ProgressPacing(Clock::time_point started, std::chrono::milliseconds shown_after)
    : started_(started), shown_after_(shown_after)
{
}

ProgressPacing::Phase ProgressPacing::PhaseOf(int done, int total)
{
    if (total <= 0)
        return Phase::before_count;
    return done < total ? Phase::counting : Phase::after_count;
}

ProgressPacing::Step ProgressPacing::step(int done, int total, Clock::time_point now)
{
    const auto phase = PhaseOf(done, total);
    Step asked = Step::repaint;
    if (!opened_) {
        if (now - started_ < shown_after_)
            return Step::nothing;
        opened_ = true;
        asked = Step::open;
    } else if (now - updated_ < repaint_every && phase == shown_phase_) {
        return Step::nothing;
    }
    updated_ = now;
    shown_phase_ = phase;
    return asked;
}

} // namespace fc::ui
