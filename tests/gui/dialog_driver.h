#pragma once
// Modal dialogs in GUI tests, so that none can block the suite: message boxes and file dialogs
// are never shown (a message's text is recorded and it answers OK, or the answer the test queued;
// a file dialog answers Cancel);
// FloorChart's own dialogs are shown and handed to the test's next queued driver, which reads
// and sets their controls and closes them. A dialog nobody drives is refused, and one a driver
// leaves open is cancelled after a few seconds; both fail the test.
#include <wx/modalhook.h>
#include <wx/string.h>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class wxDialog;
class wxTimer;

namespace fc::ui::test {

class DialogDriver : public wxModalDialogHook {
public:
    using Drive = std::function<void(wxDialog&)>;

    static DialogDriver& Get();
    // Starts and stops watching modal dialogs (while wx is up).
    void Install() { Register(); }
    void Uninstall() { Unregister(); }

    // What the test does with the next modal dialog of FloorChart's own (in the order they open).
    void Expect(Drive drive) { drivers_.push_back(std::move(drive)); }
    // The answer to the next message box (wxID_YES, wxID_NO, wxID_CANCEL...) instead of OK.
    void Answer(int answer) { answers_.push_back(answer); }
    // Drivers and answers queued but not used yet.
    std::size_t Pending() const { return drivers_.size() + answers_.size(); }
    // The message boxes shown since the last call, each as "headline\ndetails", then forgets them.
    std::vector<wxString> TakeMessages();
    // Forgets queued drivers and messages (between tests).
    void Reset();

protected:
    int Enter(wxDialog* dialog) override;
    void Exit(wxDialog* dialog) override;

private:
    DialogDriver() = default;

    std::deque<Drive> drivers_;
    std::deque<int> answers_;
    std::vector<wxString> messages_;
    std::map<wxDialog*, std::unique_ptr<wxTimer>> watchdogs_;
};

// Clicks `button` of `dialog` (a wxID_OK, wxID_CANCEL or XRC id) as the user would.
void Click(wxDialog& dialog, int button);

} // namespace fc::ui::test
