#pragma once
// A dated addendum to a signed session note: the note itself never changes.
#include "core/session_note.h"
#include "services/actor.h"

#include <string>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

// Asks for the addendum's text (starting from `text`) and adds it to the signed `note`. Returns
// whether it was added.
bool ShowAddAddendumDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const SessionNote& note,
                           const std::string& text = {});

} // namespace fc::ui
