#include "ui/progress_window.h"

#include <wx/progdlg.h>

#include <algorithm>

namespace fc::ui {

namespace {
using Clock = std::chrono::steady_clock;

std::chrono::milliseconds shown_after{200};
std::function<void(wxDialog&)> watching;

// Often enough to look alive, seldom enough that a use case with thousands of small steps (a
// rescan) does not spend its time repainting.
constexpr auto repaint_every = std::chrono::milliseconds(40);
constexpr int min_width_dip = 460;
} // namespace

// A new part of the operation shows at once, whatever the repaint interval: a quick copy between
// two slow checks must not pass unseen.
ProgressWindow::Phase ProgressWindow::PhaseOf(int done, int total)
{
    if (total <= 0)
        return Phase::before_count;
    return done < total ? Phase::counting : Phase::after_count;
}

ProgressWindow::ProgressWindow(wxWindow* parent, wxString title, Wording wording)
    : parent_(parent), title_(std::move(title)), wording_(std::move(wording)), started_(Clock::now())
{
}

ProgressWindow::~ProgressWindow() = default; // closes the dialog and gives the other windows back

void ProgressWindow::operator()(int done, int total)
{
    const auto now = Clock::now();
    const auto phase = PhaseOf(done, total);
    if (!dialog_) {
        if (now - started_ < shown_after)
            return;
        range_ = total > 0 ? total + 1 : 100;
        // The range is one more than the count so that the dialog never reaches its end by itself
        // (it would hide): the work after the last step (the check of a copy) still shows.
        dialog_ = std::make_unique<wxProgressDialog>(title_, wording_(done, total), range_, parent_,
                                                     wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME |
                                                         wxPD_SMOOTH);
        // Wide enough for a long line from the start: a dialog that widens as its message grows
        // jumps about (it grows to the right, off centre).
        dialog_->SetMinClientSize(wxSize(dialog_->FromDIP(min_width_dip), -1));
        dialog_->Fit();
        dialog_->CentreOnParent();
    } else if (now - updated_ < repaint_every && phase == shown_phase_) {
        return;
    }
    updated_ = now;
    shown_phase_ = phase;
    Show(done, total);
}

void ProgressWindow::Show(int done, int total)
{
    const auto message = wording_(done, total);
    if (total <= 0 || done >= total) {
        dialog_->Pulse(message);
    } else {
        if (range_ != total + 1) {
            range_ = total + 1;
            dialog_->SetRange(range_);
        }
        dialog_->Update(std::max(done, 0), message);
    }
    if (watching)
        watching(*dialog_);
}

void ProgressWindow::SetDelayForTests(std::chrono::milliseconds delay)
{
    shown_after = delay;
}

void ProgressWindow::WatchForTests(std::function<void(wxDialog&)> watch)
{
    watching = std::move(watch);
}

} // namespace fc::ui
