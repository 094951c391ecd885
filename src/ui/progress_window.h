#pragma once
// The window of a long operation (a backup, a restore): a callable for a use case's `progress`
// parameter that turns (done, total) into an application-modal progress dialog with the elapsed
// time. The dialog appears only once the operation has run for 200 ms, so a quick one never
// flashes a window; it is repainted at most every 40 ms, and at once when a new part of the
// operation (the count, or the work after it) begins; it closes when the ProgressWindow goes. It
// has no Cancel button: half a backup or half a restore is of no use to anyone.
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

    ProgressWindow(wxWindow* parent, wxString title, Wording wording);
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
    // The part of the operation a count belongs to (see Wording).
    enum class Phase { none, before_count, counting, after_count };
    static Phase PhaseOf(int done, int total);
    void Show(int done, int total);

    wxWindow* parent_;
    wxString title_;
    Wording wording_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point updated_;
    std::unique_ptr<wxProgressDialog> dialog_;
    int range_ = 0;
    Phase shown_phase_ = Phase::none;
};

} // namespace fc::ui
