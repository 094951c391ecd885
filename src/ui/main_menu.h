#pragma once
// The main window's menu bar: each item, its shortcut and the action it runs, in one table.
// The actions themselves live in small files of their own (clinic_actions.h, about_box.h).

class wxFrame;

namespace fc::ui {

class ClinicSession;

// Gives `frame` its menu bar, the items bound to actions on `session` (owned by the frame).
void InstallMainMenu(wxFrame& frame, ClinicSession& session);

} // namespace fc::ui
