#pragma once
// The main window. Its title and status bar say which clinic file is open and who is working;
// its menu (main_menu.h) and body (clinic_overview.h) are pieces of their own.
#include "services/actor.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

class wxFrame;

namespace fc {
class Clinic;
}

namespace fc::ui {

// Shows a main window working on `clinic` (which it owns from now on) as `actor`;
// Actor::nobody() when no clinician is working.
wxFrame* OpenMainFrame(std::unique_ptr<Clinic> clinic, Actor actor);

// Start-up: shows a main window, then, over it, opens the clinic file at `clinic_path` (creating it
// when missing) and asks who is working (`clinician` answers when that clinician may work). If
// the file cannot be used the window says why and offers to open or create another.
wxFrame* OpenMainFrameOn(const std::filesystem::path& clinic_path, std::optional<std::int64_t> clinician);

} // namespace fc::ui
