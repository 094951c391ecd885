#include "ui/main_toolbar.h"

#include "ui/main_commands.h"

#include <wx/artprov.h>
#include <wx/frame.h>
#include <wx/toolbar.h>

namespace fc::ui {

namespace {

struct Tool {
    int id = wxID_NONE; // wxID_NONE: a separator
    wxArtID icon;       // the desktop theme's icon name (GNOME's symbolic icons look like its own apps)
    wxArtID fallback;   // wx's stock icon, where the theme has no such icon
    wxString label;
    wxString help;
};

} // namespace

void InstallMainToolbar(wxFrame& frame)
{
    const Tool tools[] = {
        {wxID_OPEN, "document-open-symbolic", wxART_FILE_OPEN, _("Open clinic"),
         _("Open another clinic file (Ctrl+O)")},
        {},
        {CommandId(Command::NewPatient), "contact-new-symbolic", wxART_NEW, _("New patient"),
         _("Add a patient (Ctrl+N)")},
        {CommandId(Command::EditPatient), "document-edit-symbolic", wxART_EDIT, _("Edit patient"),
         _("Edit the open record (Ctrl+E)")},
        {CommandId(Command::AddPrecaution), "dialog-warning-symbolic", wxART_WARNING, _("Add precaution"),
         _("Record a precaution that needs clearance before internal work")},
        {},
        {CommandId(Command::FindPatient), "edit-find-symbolic", wxART_FIND, _("Find"), _("Find a patient (Ctrl+F)")},
    };
    auto* bar = frame.CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT);
    for (const auto& tool : tools) {
        if (tool.id == wxID_NONE) {
            bar->AddSeparator();
            continue;
        }
        auto icon = wxArtProvider::GetBitmapBundle(tool.icon, wxART_TOOLBAR);
        if (!icon.IsOk())
            icon = wxArtProvider::GetBitmapBundle(tool.fallback, wxART_TOOLBAR);
        bar->AddTool(tool.id, tool.label, icon, tool.help);
    }
    bar->Realize();
}

} // namespace fc::ui
