#pragma once
// Acknowledging a red flag: the action taken and a note, both required; recorded with who and when.
#include "core/red_flag.h"
#include "services/actor.h"

#include <optional>

#include <wx/string.h>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

// Asks what was done about `flag` of the patient `patient` ("Family, Given, MRN ...") and records
// it. Returns the flag as acknowledged, or nullopt when cancelled.
std::optional<RedFlag> ShowAcknowledgeDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const RedFlag& flag,
                                             const wxString& patient);

} // namespace fc::ui
