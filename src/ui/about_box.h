#pragma once
// Help > About: the app's name, version (the project's, from CMake) and what it is for.

class wxWindow;

namespace fc::ui {

void ShowAboutBox(wxWindow* parent);

} // namespace fc::ui
