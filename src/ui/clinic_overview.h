#pragma once
// The main window's body until the patient list arrives: which clinic file is open and who is
// working in it, or why no clinic is open, with the next step as a button.
#include <wx/panel.h>

class wxButton;
class wxStaticText;

namespace fc::ui {

class ClinicSession;

class ClinicOverview : public wxPanel {
public:
    ClinicOverview(wxWindow* parent, ClinicSession& session);

    // Shows the session as it is now.
    void ShowSession();

private:
    ClinicSession& session_;
    wxStaticText* heading_ = nullptr;
    wxStaticText* details_ = nullptr;
    wxButton* open_clinic_ = nullptr;
    wxButton* new_clinic_ = nullptr;
    wxButton* choose_clinician_ = nullptr;
};

} // namespace fc::ui
