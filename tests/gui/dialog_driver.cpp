#include "dialog_driver.h"

#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

namespace fc::ui::test {

namespace {
constexpr int watchdog_ms = 5000;
}

DialogDriver& DialogDriver::Get()
{
    static DialogDriver driver;
    return driver;
}

std::vector<wxString> DialogDriver::TakeMessages()
{
    return std::exchange(messages_, {});
}

void DialogDriver::Reset()
{
    drivers_.clear();
    answers_.clear();
    messages_.clear();
}

int DialogDriver::Enter(wxDialog* dialog)
{
    if (auto* message = dynamic_cast<wxMessageDialogBase*>(dialog)) {
        messages_.push_back(message->GetMessage() + "\n" + message->GetExtendedMessage());
        if (answers_.empty())
            return wxID_OK;
        const int answer = answers_.front();
        answers_.pop_front();
        return answer;
    }
    if (dynamic_cast<wxFileDialogBase*>(dialog)) {
        ADD_FAILURE() << "a file dialog was opened: " << dialog->GetTitle();
        return wxID_CANCEL;
    }
    if (drivers_.empty()) {
        ADD_FAILURE() << "dialog '" << dialog->GetName() << "' (" << dialog->GetTitle() << ") opened unexpectedly";
        return wxID_CANCEL;
    }

    auto drive = std::move(drivers_.front());
    drivers_.pop_front();
    // Runs once the dialog's own event loop is running, i.e. while it is shown and modal.
    dialog->CallAfter([dialog, drive = std::move(drive)] {
        // With no window manager the keyboard goes where the pointer is: over the dialog.
        if (!dialog->GetScreenRect().Contains(wxGetMousePosition()))
            wxUIActionSimulator().MouseMove(dialog->GetScreenRect().GetLeftTop() + wxPoint(8, 8));
        drive(*dialog);
        if (dialog->IsModal())
            dialog->EndModal(wxID_CANCEL); // the driver had nothing more to do
    });
    auto watchdog = std::make_unique<wxTimer>();
    watchdog->Bind(wxEVT_TIMER, [dialog](wxTimerEvent&) {
        if (dialog->IsModal()) {
            ADD_FAILURE() << "dialog '" << dialog->GetName() << "' was left open; cancelling it";
            dialog->EndModal(wxID_CANCEL);
        }
    });
    watchdog->StartOnce(watchdog_ms);
    watchdogs_[dialog] = std::move(watchdog);
    return wxID_NONE; // show it
}

void DialogDriver::Exit(wxDialog* dialog)
{
    watchdogs_.erase(dialog);
}

void Click(wxDialog& dialog, int button)
{
    auto* window = dialog.FindWindow(button);
    ASSERT_NE(window, nullptr) << "no button " << button;
    ASSERT_TRUE(window->IsEnabled()) << "button " << window->GetLabel() << " is disabled";
    wxCommandEvent click(wxEVT_BUTTON, button);
    click.SetEventObject(window);
    window->GetEventHandler()->ProcessEvent(click);
}

} // namespace fc::ui::test
