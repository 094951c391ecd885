#include "ui/main_menu.h"

#include "ui/about_box.h"
#include "ui/clinic_actions.h"
#include "ui/clinic_session.h"

#include <wx/frame.h>
#include <wx/menu.h>

#include <functional>
#include <vector>

namespace fc::ui {

namespace {

// Not wxID_NEW: its stock Ctrl+N is kept for what is made far more often (a new patient).
enum { ID_NEW_CLINIC = wxID_HIGHEST + 1, ID_CHANGE_CLINICIAN };

struct MenuItem {
    int id;
    wxString label; // with "\t" and the shortcut, if any; empty for a separator
    wxString help;
    std::function<void(wxFrame&, ClinicSession&)> run;
    std::function<bool(const ClinicSession&)> enabled = {}; // always, when empty
};

struct Menu {
    wxString title;
    std::vector<MenuItem> items;
};

std::vector<Menu> main_menu()
{
    auto has_clinic = [](const ClinicSession& s) { return s.clinic() != nullptr; };
    return {
        {_("&File"),
         {
             {wxID_OPEN, _("&Open clinic...\tCtrl+O"), _("Open another clinic file"),
              [](wxFrame& f, ClinicSession& s) { OpenClinicFromFile(&f, s); }},
             {ID_NEW_CLINIC, _("&New clinic..."), _("Create a new, empty clinic file"),
              [](wxFrame& f, ClinicSession& s) { CreateNewClinic(&f, s); }},
             {},
             {ID_CHANGE_CLINICIAN, _("&Change clinician..."), _("Say who is working now"),
              [](wxFrame& f, ClinicSession& s) { ChangeClinician(&f, s); }, has_clinic},
             {},
             {wxID_EXIT, _("&Quit\tCtrl+Q"), _("Quit FloorChart"), [](wxFrame& f, ClinicSession&) { f.Close(); }},
         }},
        {_("&Help"),
         {
             {wxID_ABOUT, _("&About FloorChart"), _("Version and purpose of FloorChart"),
              [](wxFrame& f, ClinicSession&) { ShowAboutBox(&f); }},
         }},
    };
}

} // namespace

void InstallMainMenu(wxFrame& frame, ClinicSession& session)
{
    auto* bar = new wxMenuBar;
    for (auto& menu : main_menu()) {
        auto* m = new wxMenu;
        for (auto& item : menu.items) {
            if (item.label.empty()) {
                m->AppendSeparator();
                continue;
            }
            m->Append(item.id, item.label, item.help);
            frame.Bind(wxEVT_MENU, [&frame, &session, run = item.run](wxCommandEvent&) { run(frame, session); },
                       item.id);
            if (item.enabled)
                frame.Bind(wxEVT_UPDATE_UI,
                           [&session, enabled = item.enabled](wxUpdateUIEvent& e) { e.Enable(enabled(session)); },
                           item.id);
        }
        bar->Append(m, menu.title);
    }
    frame.SetMenuBar(bar);
}

} // namespace fc::ui
