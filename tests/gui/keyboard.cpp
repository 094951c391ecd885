#include "keyboard.h"

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/stopwatch.h>
#include <wx/textentry.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace fc::ui::test {

namespace {

// Lets wx (and the X server) handle what is pending for a moment.
void Settle(int ms = 30)
{
    wxStopWatch watch;
    while (watch.Time() < ms) {
        wxTheApp->ProcessPendingEvents();
        if (auto* loop = wxEventLoopBase::GetActive())
            loop->YieldFor(wxEVT_CATEGORY_ALL);
        wxMilliSleep(2);
    }
}

bool FocusIsIn(wxWindow* window)
{
    for (auto* w = wxWindow::FindFocus(); w; w = w->GetParent())
        if (w == window)
            return true;
    return false;
}

} // namespace

bool WaitForFocus(wxWindow* window, int timeout_ms)
{
    wxStopWatch watch;
    while (!FocusIsIn(window)) {
        if (watch.Time() > timeout_ms)
            return false;
        Settle(5);
    }
    return true;
}

bool TypeInto(wxWindow* control, const std::string& text)
{
    control->SetFocus();
    if (!WaitForFocus(control))
        return false;
    auto* entry = dynamic_cast<wxTextEntry*>(control);
    if (entry)
        entry->SelectAll();
    Type(text);
    if (!entry)
        return true;
    wxStopWatch watch;
    while (entry->GetValue() != wxString(text) && watch.Time() < 2000)
        Settle(5);
    return entry->GetValue() == wxString(text);
}

void Type(const std::string& text)
{
    wxUIActionSimulator sim;
    sim.Text(text.c_str());
    Settle();
}

void Press(int key, int modifiers)
{
    wxUIActionSimulator sim;
    sim.Char(key, modifiers);
    Settle();
}

} // namespace fc::ui::test
