#pragma once
// The main window's body while no clinic file is open: why not, if something went wrong, and
// the next steps as buttons.
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
};

} // namespace fc::ui
