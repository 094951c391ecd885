#pragma once
// The main window's menu bar: each item, its shortcut and the action it runs, in one table. The
// actions themselves live in small files of their own (clinic_actions.h, patient_actions.h,
// about_box.h); the toolbar (main_toolbar.h) and the Details tab's buttons run the same items.

#include <functional>

class wxFrame;

namespace fc::ui {

class ClinicSession;
class PatientWorkspace;

// What the commands work on; owned by the main window, which outlives its menu.
struct MainContext {
    wxFrame& frame;
    ClinicSession& session;
    PatientWorkspace& patients;
    // The red-flag queue in the window's body instead of the patients (or back), and whether it is.
    std::function<void(bool show)> show_flag_queue;
    std::function<bool()> flag_queue_shown;
    // The calendar in the window's body instead of the patients (or back), and whether it is.
    std::function<void(bool show)> show_calendar;
    std::function<bool()> calendar_shown;
};

// Gives the frame its menu bar and binds every item's id (for menu items, tools and buttons alike)
// to its action and its enabling.
void InstallMainMenu(MainContext& context);

} // namespace fc::ui
