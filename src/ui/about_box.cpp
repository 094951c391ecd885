#include "ui/about_box.h"

#include <wx/aboutdlg.h>
#include <wx/intl.h>

namespace fc::ui {

void ShowAboutBox(wxWindow* parent)
{
    wxAboutDialogInfo info;
    info.SetName("FloorChart");
    info.SetVersion(FLOORCHART_VERSION);
    info.SetDescription(_("Clinical records for pelvic-health physiotherapy: patients, precautions, consents, "
                          "therapy plans and session notes, kept safe in one clinic file."));
    wxAboutBox(info, parent);
}

} // namespace fc::ui
