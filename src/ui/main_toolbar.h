#pragma once
// The main window's toolbar: the most used menu items with the desktop theme's icons
// (wxArtProvider). Tools share their menu item's id, so they run and enable alike.

class wxFrame;

namespace fc::ui {

void InstallMainToolbar(wxFrame& frame);
// The red-flag tool's label and badge: how many flags wait for review, and whether any is urgent.
void ShowFlagCount(wxFrame& frame, long open, long urgent);

} // namespace fc::ui
