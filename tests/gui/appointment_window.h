#pragma once
// A main window on two patients for the tests of the appointment dialogs and the Appointments tab:
// the tab, the diary as saved (through a connection of its own), and the dialogs' fields set as
// the user sets them (each sends the event its control sends).
#include "patient_window.h"
#include "services/appointments.h"

#include <wx/string.h>

#include <cstdint>
#include <string>

class wxDialog;
class wxWindow;

namespace fc::ui {
class AppointmentsTab;
}

namespace fc::ui::test {

class AppointmentWindowTest : public PatientWindowTest {
protected:
    void SetUp() override;

    // Opens the first patient's record on its Appointments tab.
    void ShowAppointmentsTab();
    AppointmentsTab& Tab() const;
    void ClickInTab(const char* button) const;
    // The diary as saved, as the clinician.
    Appointments Saved();
    // Books for `patient` as another workstation would: `date` at `time`, 45 minutes.
    Appointment BookElsewhere(std::int64_t patient, const std::string& date, const std::string& time);

    std::int64_t id_ = 0;    // Nakamura, Yui
    std::int64_t other_ = 0; // Okafor, Ada
};

namespace diary {
// Sets the date picker and sends its change.
void SetDate(wxWindow& w, const std::string& iso);
// Types into a text field or combo box (wxEVT_TEXT, as typing does).
void Type(wxWindow& w, const char* field, const wxString& value);
// Chooses item `index` of a choice and sends its event.
void Pick(wxWindow& w, const char* field, int index);
// Ticks or clears a check box and sends its event.
void Tick(wxWindow& w, const char* box, bool on);
// A field's value as shown.
wxString Value(wxWindow& w, const char* field);
// What label `label` shows, on one line ("" when hidden).
wxString Shown(wxWindow& w, const char* label);
// The message next to `field`, or "".
wxString Error(wxWindow& w, const char* field);
// Lets the dialog's deferred updates run.
void Settle();
} // namespace diary

} // namespace fc::ui::test
