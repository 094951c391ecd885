#include "ui/progress_window.h"

#include <wx/progdlg.h>

#include <algorithm>

namespace fc::ui {

namespace {
std::chrono::milliseconds shown_after{200};
std::function<void(wxDialog&)> watching;

constexpr int min_width_dip = 460;
} // namespace

ProgressWindow::ProgressWindow(wxWindow* parent, wxString title, Wording wording, Now now)
    : parent_(parent), title_(std::move(title)), wording_(std::move(wording)), now_(std::move(now)),
      pacing_(now_(), shown_after)
{
}

ProgressWindow::~ProgressWindow() = default; // closes the dialog and gives the other windows back

void ProgressWindow::operator()(int done, int total)
{
    switch (pacing_.step(done, total, now_())) {
    case ProgressPacing::Step::nothing:
        return;
    case ProgressPacing::Step::open:
        Open(done, total);
        break;
    case ProgressPacing::Step::repaint:
        break;
    }
    Show(done, total);
}

void ProgressWindow::Open(int done, int total)
{
    range_ = total > 0 ? total + 1 : 100;
    // The range is one more than the count so that the dialog never reaches its end by itself (it
    // would hide): the work after the last step (the check of a copy) still shows.
    dialog_ = std::make_unique<wxProgressDialog>(title_, wording_(done, total), range_, parent_,
                                                 wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME | wxPD_SMOOTH);
    // Wide enough for a long line from the start: a dialog that widens as its message grows jumps
    // about (it grows to the right, off centre).
    dialog_->SetMinClientSize(wxSize(dialog_->FromDIP(min_width_dip), -1));
    dialog_->Fit();
    dialog_->CentreOnParent();
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
