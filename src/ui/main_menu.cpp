#include "ui/main_menu.h"

#include "ui/about_box.h"
#include "ui/backup_actions.h"
#include "ui/clinic_actions.h"
#include "ui/clinic_session.h"
#include "ui/main_commands.h"
#include "ui/patient_actions.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/report_dialog.h"

#include <wx/accel.h>
#include <wx/frame.h>
#include <wx/menu.h>

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace fc::ui {

namespace {

// Not wxID_NEW: its stock Ctrl+N is kept for what is made far more often (a new patient).
enum { ID_NEW_CLINIC = wxID_HIGHEST + 1, ID_CHANGE_CLINICIAN, ID_BACK_UP_NOW, ID_BACK_UP_TO };

using Run = std::function<void(MainContext&, const wxCommandEvent&)>;
using When = std::function<bool(const MainContext&)>;

struct MenuItem {
    int id = wxID_NONE;
    wxString label; // with "\t" and the shortcut, if any; empty for a separator
    wxString help;
    Run run;
    When enabled = {};              // always, when empty
    When checked = {};              // a check item, when set
    std::function<wxString(const MainContext&)> label_now = {}; // a label that follows the state
};

struct Menu {
    wxString title;
    std::vector<MenuItem> items;
};

// Runs a patient action on the main window, with the patients in view (not the calendar).
template <class Action>
Run patient(Action action)
{
    return [action](MainContext& c, const wxCommandEvent&) {
        if (c.show_calendar)
            c.show_calendar(false);
        action(&c.frame, c.patients);
    };
}

std::vector<Menu> main_menu()
{
    auto has_clinic = [](const MainContext& c) { return c.session.clinic() != nullptr; };
    auto can_add = [](const MainContext& c) { return c.patients.can_change(); };
    auto can_change = [](const MainContext& c) { return CanChangeRecord(c.patients); };
    auto can_archive = [](const MainContext& c) { return c.patients.can_change() && c.patients.record(); };
    auto archived = [](const MainContext& c) { return c.patients.record() && c.patients.record()->patient.archived; };
    return {
        {_("&File"),
         {
             {wxID_OPEN, _("&Open clinic...\tCtrl+O"), _("Open another clinic file"),
              [](MainContext& c, const wxCommandEvent&) { OpenClinicFromFile(&c.frame, c.session); }},
             {ID_NEW_CLINIC, _("&New clinic..."), _("Create a new, empty clinic file"),
              [](MainContext& c, const wxCommandEvent&) { CreateNewClinic(&c.frame, c.session); }},
             {},
             {ID_BACK_UP_NOW, _("&Back up now"), _("Back the clinic up into the backups folder beside its file"),
              [](MainContext& c, const wxCommandEvent&) { BackUpNow(&c.frame, c.session); }, has_clinic},
             {ID_BACK_UP_TO, _("Back up &to..."), _("Back the clinic up to a file of your choice (another disk)"),
              [](MainContext& c, const wxCommandEvent&) { BackUpTo(&c.frame, c.session); }, has_clinic},
             {},
             {ID_CHANGE_CLINICIAN, _("&Change clinician..."), _("Say who is working now"),
              [](MainContext& c, const wxCommandEvent&) { ChangeClinician(&c.frame, c.session); }, has_clinic},
             {},
             {wxID_EXIT, _("&Quit\tCtrl+Q"), _("Quit FloorChart"),
              [](MainContext& c, const wxCommandEvent&) { c.frame.Close(); }},
         }},
        {_("&Patient"),
         {
             {CommandId(Command::NewPatient), _("&New patient...\tCtrl+N"), _("Add a patient to the clinic"),
              patient(&NewPatient), can_add},
             {CommandId(Command::EditPatient), _("&Edit patient...\tCtrl+E"),
              _("Edit the open patient's demographic record"), patient(&EditPatient), can_change},
             {CommandId(Command::FindPatient), _("&Find patient\tCtrl+F"),
              _("Find a patient by name, MRN or date of birth"),
              [](MainContext& c, const wxCommandEvent&) {
                  c.show_flag_queue(false);
                  if (c.show_calendar)
                      c.show_calendar(false);
                  c.patients.list().FocusSearch();
              },
              has_clinic},
             {},
             {CommandId(Command::AddPrecaution), _("Add &precaution..."),
              _("Record a precaution that needs clearance before internal work"), patient(&AddPrecaution),
              can_change},
             {CommandId(Command::ClearPrecaution), _("C&lear precaution..."),
              _("Record that a medical practitioner cleared a precaution"),
              [](MainContext& c, const wxCommandEvent& e) {
                  const auto id = e.GetExtraLong();
                  ClearPrecaution(&c.frame, c.patients, id > 0 ? std::optional<std::int64_t>(id) : std::nullopt);
              },
              [](const MainContext& c) { return HasOpenPrecaution(c.patients); }},
             {CommandId(Command::AddCondition), _("Add c&ondition..."),
              _("Record a condition the patient is treated for"), patient(&AddCondition), can_change},
             {CommandId(Command::AddConsent), _("Record &consent..."),
              _("Record consent to intimate examination and the chaperone"), patient(&AddConsent), can_change},
             {},
             {CommandId(Command::Report), _("&Report...\tCtrl+P"),
              _("A progress report, session note or home programme: preview, print or save as PDF"),
              [](MainContext& c, const wxCommandEvent&) {
                  if (c.session.clinic() && c.patients.record())
                      ShowReportDialog(&c.frame, *c.session.clinic(), c.session.actor(), c.patients.record()->patient);
              },
              [](const MainContext& c) { return c.session.clinic() && c.patients.record(); }},
             {},
             {CommandId(Command::ArchivePatient), _("&Archive patient..."),
              _("Archive or un-archive the open patient's record"), patient(&ToggleArchived), can_archive, {},
              [archived](const MainContext& c) {
                  return archived(c) ? _("Un-&archive patient...") : _("&Archive patient...");
              }},
         }},
        {_("&View"),
         {
             {CommandId(Command::ShowArchived), _("Show &archived patients"),
              _("List archived patients too, in grey"),
              [](MainContext& c, const wxCommandEvent&) {
                  c.patients.list().ShowArchived(!c.patients.list().ShowsArchived());
              },
              has_clinic, [](const MainContext& c) { return c.patients.list().ShowsArchived(); }},
             {},
             {CommandId(Command::ReviewFlags), _("&Red-flag queue\tCtrl+R"),
              _("Review the red flags waiting for a clinician, across all patients"),
              [](MainContext& c, const wxCommandEvent&) { c.show_flag_queue(!c.flag_queue_shown()); }, has_clinic,
              [](const MainContext& c) { return c.flag_queue_shown(); }},
             {CommandId(Command::ShowCalendar), _("&Calendar\tCtrl+L"),
              _("The clinic's appointments by day or week: book, move, mark attended"),
              [](MainContext& c, const wxCommandEvent&) { c.show_calendar(!c.calendar_shown()); }, has_clinic,
              [](const MainContext& c) { return c.calendar_shown(); }},
         }},
        {_("&Help"),
         {
             {wxID_ABOUT, _("&About FloorChart"), _("Version and purpose of FloorChart"),
              [](MainContext& c, const wxCommandEvent&) { ShowAboutBox(&c.frame); }},
         }},
    };
}

} // namespace

void InstallMainMenu(MainContext& context)
{
    auto& frame = context.frame;
    auto* bar = new wxMenuBar;
    for (auto& menu : main_menu()) {
        auto* m = new wxMenu;
        for (auto& item : menu.items) {
            if (item.label.empty()) {
                m->AppendSeparator();
                continue;
            }
            m->Append(item.id, item.label, item.help, item.checked ? wxITEM_CHECK : wxITEM_NORMAL);
            // Menu items and tools send wxEVT_MENU; buttons named after a command, wxEVT_BUTTON.
            auto run = [&context, run = item.run](wxCommandEvent& e) { run(context, e); };
            frame.Bind(wxEVT_MENU, run, item.id);
            frame.Bind(wxEVT_BUTTON, run, item.id);
            if (item.enabled || item.checked || item.label_now)
                frame.Bind(
                    wxEVT_UPDATE_UI,
                    [&context, enabled = item.enabled, checked = item.checked, label_now = item.label_now,
                     shortcut = item.label.AfterFirst('\t')](wxUpdateUIEvent& e) {
                        if (enabled)
                            e.Enable(enabled(context));
                        if (checked)
                            e.Check(checked(context));
                        if (label_now && e.GetEventObject() && e.GetEventObject()->IsKindOf(wxCLASSINFO(wxMenu)))
                            e.SetText(label_now(context) + (shortcut.empty() ? "" : "\t" + shortcut));
                    },
                    item.id);
        }
        bar->Append(m, menu.title);
    }
    frame.SetMenuBar(bar);

    // The shortcuts work wherever the keyboard is: a GTK list takes Ctrl+N and Ctrl+P for moving
    // its cursor before the menu sees them, so the window looks at keys first (wxEVT_CHAR_HOOK).
    auto shortcuts = std::make_shared<std::map<std::pair<int, int>, int>>(); // (flags, key) -> id
    for (auto& menu : main_menu())
        for (auto& item : menu.items)
            if (const auto shortcut = item.label.AfterFirst('\t'); !shortcut.empty()) {
                wxAcceleratorEntry entry;
                if (entry.FromString(shortcut))
                    (*shortcuts)[{entry.GetFlags(), entry.GetKeyCode()}] = item.id;
            }
    frame.Bind(wxEVT_CHAR_HOOK, [&frame, shortcuts](wxKeyEvent& event) {
        int flags = wxACCEL_NORMAL;
        if (event.ControlDown())
            flags |= wxACCEL_CTRL;
        if (event.ShiftDown())
            flags |= wxACCEL_SHIFT;
        if (event.AltDown())
            flags |= wxACCEL_ALT;
        const int code = event.GetKeyCode();
        const int key = code >= 'a' && code <= 'z' ? code - 'a' + 'A' : code;
        const auto it = shortcuts->find({flags, key});
        auto* bar = frame.GetMenuBar();
        if (flags == wxACCEL_NORMAL || it == shortcuts->end() || !bar) {
            event.Skip();
            return;
        }
        frame.UpdateWindowUI(); // enabled, checked and labelled as things are now
        if (!bar->IsEnabled(it->second))
            return; // as the menu would: a command that cannot run now does nothing
        wxCommandEvent run(wxEVT_MENU, it->second);
        run.SetEventObject(&frame);
        frame.ProcessWindowEvent(run);
    });
}

} // namespace fc::ui
