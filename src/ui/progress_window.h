#pragma once
// The window of a long operation (a backup, a restore): a callable for a use case's `progress`
// parameter that turns (done, total) into an application-modal progress dialog with the elapsed
// time. When it appears and is repainted is ProgressPacing's to say (after 200 ms, at most every
// 40 ms, at once for a new part of the operation); it closes when the ProgressWindow goes. It has
// no Cancel button: half a backup or half a restore is of no use to anyone.
#include "ui/progress_pacing.h"

#include <wx/string.h>

#include <chrono>
#include <functional>
#include <memory>

class wxDialog;
class wxProgressDialog;
class wxWindow;

namespace fc::ui {

class ProgressWindow {
public:
    // Words the line under the title for a count. (0, 0) means nothing is counted yet, and the last
    // count comes again while the operation works on without one (a check before or after): for
    // both, and for a count that is complete, the bar only shows that work goes on.
    using Wording = std::function<wxString(int done, int total)>;

    // The time now; the steady clock's unless a test hands in its own.
    using Now = std::function<ProgressPacing::Clock::time_point()>;

    ProgressWindow(wxWindow* parent, wxString title, Wording wording, Now now = ProgressPacing::Clock::now);
    ~ProgressWindow();
    ProgressWindow(const ProgressWindow&) = delete;
    ProgressWindow& operator=(const ProgressWindow&) = delete;

    void operator()(int done, int total);
    // For a use case's `progress` parameter; valid while this ProgressWindow lives.
    std::function<void(int, int)> callback()
    {
        return [this](int done, int total) { (*this)(done, total); };
    }
    bool shown() const { return dialog_ != nullptr; }

    // For tests only: how long an operation runs before its window appears (200 ms unless set), and
    // a look at every window each time it has been brought up to date.
    static void SetDelayForTests(std::chrono::milliseconds delay);
    static void WatchForTests(std::function<void(wxDialog&)> watch);

private:
    void Open(int done, int total);
    void Show(int done, int total);

    wxWindow* parent_;
    wxString title_;
    Wording wording_;
    Now now_;
    ProgressPacing pacing_;
    std::unique_ptr<wxProgressDialog> dialog_;
    int range_ = 0;
};

} // namespace fc::ui
