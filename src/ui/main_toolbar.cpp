#include "ui/main_toolbar.h"

#include "ui/flag_marker.h"
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
    wxItemKind kind = wxITEM_NORMAL;
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
        {CommandId(Command::Report), "document-print-symbolic", wxART_PRINT, _("Report"),
         _("Preview, print or save a report of the open record (Ctrl+P)")},
        {CommandId(Command::FindPatient), "edit-find-symbolic", wxART_FIND, _("Find"), _("Find a patient (Ctrl+F)")},
        {},
        {CommandId(Command::ShowCalendar), "x-office-calendar-symbolic", wxART_REPORT_VIEW, _("Calendar"),
         _("The clinic's appointments by day or week (Ctrl+L)"), wxITEM_CHECK},
        {CommandId(Command::ReviewFlags), "", wxART_WARNING, _("Red flags"),
         _("Review the red flags waiting for a clinician (Ctrl+R)"), wxITEM_CHECK},
    };
    auto* bar = frame.CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT);
    for (const auto& tool : tools) {
        if (tool.id == wxID_NONE) {
            bar->AddSeparator();
            continue;
        }
        auto icon = tool.icon.empty() ? FlagBadge(bar->GetToolBitmapSize(), 0, false)
                                      : wxArtProvider::GetBitmapBundle(tool.icon, wxART_TOOLBAR);
        if (!icon.IsOk())
            icon = wxArtProvider::GetBitmapBundle(tool.fallback, wxART_TOOLBAR);
        bar->AddTool(tool.id, tool.label, icon, tool.help, tool.kind);
    }
    bar->Realize();
}

void ShowFlagCount(wxFrame& frame, long open, long urgent)
{
    auto* bar = frame.GetToolBar();
    auto* tool = bar ? bar->FindById(CommandId(Command::ReviewFlags)) : nullptr;
    if (!tool)
        return;
    const wxString label = open ? wxString::Format(_("Red flags (%ld)"), open) : _("Red flags");
    if (tool->GetLabel() == label)
        return;
    tool->SetLabel(label);
    bar->SetToolNormalBitmap(tool->GetId(), FlagBadge(bar->GetToolBitmapSize(), open, urgent > 0));
    bar->SetToolShortHelp(tool->GetId(), open ? wxString::Format(wxPLURAL("%ld red flag waits for review (%ld urgent)",
                                                                          "%ld red flags wait for review (%ld urgent)",
                                                                          open),
                                                                 open, urgent)
                                              : _("No red flags wait for review"));
    bar->Realize();
}

} // namespace fc::ui
