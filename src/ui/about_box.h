#pragma once
// Help > About: the app's name, version (the project's, from CMake) and what it is for.

class wxWindow;

namespace fc::ui {

void ShowAboutBox(wxWindow* parent);
// The desktop theme's icon name that stands for FloorChart (windows, About).
const char* AppIconName();

} // namespace fc::ui
