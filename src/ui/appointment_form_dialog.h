#pragma once
// What the booking and the edit dialogs share (appointment_booking_dialog.cpp and
// appointment_edit_dialog.cpp; callers use appointment_dialogs.h): the appointment's fields, the
// patient shown, the date's weekday and end time, field errors from check_appointment_form as the
// user types, and the service's warnings (clashes, hours, past dates) listed live, after which OK
// says "anyway".
#include "services/appointments.h"
#include "services/clinician_directory.h"
#include "ui/checked_form.h"

#include <wx/dialog.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxComboBox;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace fc::ui {

class AppointmentFormDialog : public wxDialog {
public:
    const std::optional<Booking>& booking() const { return booking_; }

protected:
    static constexpr int wrap_chars = 70; // sentences wrap at about this many average characters

    AppointmentFormDialog(Clinic& clinic, const Actor& actor, std::optional<std::int64_t> patient_id);

    // Loads the form and lists the clinic's times and clinicians; `Finish` once the fields are filled.
    void Build(wxWindow* parent);
    void Finish();

    wxComboBox* Combo(const char* name) const;
    wxTextCtrl* Text(const char* name) const;
    wxChoice* Choice(const char* name) const;
    wxCheckBox* Box(const char* name) const;
    wxDatePickerCtrl* DatePicker() const;

    // Shows `f` in the fields (without change events: nothing has been typed).
    void Fill(const AppointmentForm& f);
    void SetDefaultDays();
    void ShowPatient(std::int64_t id);
    AppointmentForm Form() const;
    std::vector<FieldError> Check() const;
    // The fields, what will be booked and what the service warns of, as the form holds them now.
    void Update();
    // Grown with its warnings, the dialog moves up rather than past the bottom of the screen.
    void KeepOnScreen();

    // What the two dialogs do differently.
    virtual bool Repeats() const { return false; }
    virtual bool CanSave() const { return true; }
    // What the service makes of the form (throws Error), and what the dialog then says of it.
    virtual Booking CheckWithService(const AppointmentForm& form) = 0;
    virtual void ShowOutcome(const AppointmentForm&, const Booking&) {}
    virtual wxString OkLabel(bool warned) const = 0;
    virtual void Save() = 0; // OK, once the warnings shown are the latest

    Clinic& clinic_;
    Actor actor_;
    Date today_;
    std::optional<std::int64_t> patient_id_;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<Booking> booking_;

private:
    void ShowWeekday();
    std::vector<wxString> Warnings();
    void ShowWarnings();
    void OnOk(wxCommandEvent&);

    std::vector<Clinician> clinicians_;
    std::vector<std::int64_t> shown_clinicians_; // by row of the choice
    bool days_chosen_ = false;                   // the days were ticked by hand: the date no longer sets them
    std::vector<wxString> shown_warnings_;
    wxString warnings_text_; // as shown, before wrapping
};

} // namespace fc::ui
