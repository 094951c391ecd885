#include "ui/about_box.h"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/intl.h>

namespace fc::ui {

const char* AppIconName()
{
    return "x-office-address-book";
}

void ShowAboutBox(wxWindow* parent)
{
    wxAboutDialogInfo info;
    info.SetName("FloorChart");
    info.SetVersion(FLOORCHART_VERSION);
    info.SetDescription(_("Clinical records for pelvic-health physiotherapy: patients, precautions, consents, "
                          "therapy plans and session notes, kept safe in one clinic file."));
    // The desktop theme's record-book icon, until FloorChart has one of its own.
    if (const auto icon = wxArtProvider::GetIcon(AppIconName(), wxART_OTHER, wxSize(64, 64)); icon.IsOk())
        info.SetIcon(icon);
    wxAboutBox(info, parent);
}

} // namespace fc::ui
