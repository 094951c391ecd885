#include "ui/clinic_overview.h"

#include "ui/clinic_actions.h"
#include "ui/clinic_session.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/toplevel.h>
#include <wx/xrc/xmlres.h>

namespace fc::ui {

namespace {
constexpr int wrap_chars = 72;
}

ClinicOverview::ClinicOverview(wxWindow* parent, ClinicSession& session) : session_(session)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "clinic_overview");
    heading_ = XRCCTRL(*this, "heading", wxStaticText);
    details_ = XRCCTRL(*this, "details", wxStaticText);
    open_clinic_ = XRCCTRL(*this, "open_clinic", wxButton);
    new_clinic_ = XRCCTRL(*this, "new_clinic", wxButton);
    heading_->SetFont(heading_->GetFont().Scaled(1.6f).Bold());

    // The buttons run the same actions as the File menu.
    auto run = [this](void (*action)(wxWindow*, ClinicSession&)) {
        return [this, action](wxCommandEvent&) { action(wxGetTopLevelParent(this), session_); };
    };
    open_clinic_->Bind(wxEVT_BUTTON, run(&OpenClinicFromFile));
    new_clinic_->Bind(wxEVT_BUTTON, run(&CreateNewClinic));
}

void ClinicOverview::ShowSession()
{
    const auto* clinic = session_.clinic();
    wxString details;
    if (!clinic) {
        heading_->SetLabelText(_("No clinic file is open"));
        details = session_.problem().empty()
                      ? _("Open a clinic file, or create a new one.")
                      : to_wx(session_.problem()) + "\n\n" + _("Open another clinic file, or create a new one.");
    } else { // shown only for a moment, while the patients are listed
        heading_->SetLabelText(path_to_wx(clinic->path().filename()));
    }
    details_->SetLabelText(details);
    details_->Wrap(GetCharWidth() * wrap_chars);
    open_clinic_->Show(!clinic);
    new_clinic_->Show(!clinic);
    Layout();
}

} // namespace fc::ui
