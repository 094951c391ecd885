#pragma once
// Who works in the clinic: adding a clinician, and saying which one is working now.
#include "core/clinician.h"
#include "services/actor.h"

#include <cstdint>
#include <optional>

class wxString;
class wxWindow;

namespace fc {
class ClinicianDirectory;
}

namespace fc::ui {

// Asks for a new clinician's name (required), profession and registration number, showing the
// core's validation next to each field, and adds them to `directory` on behalf of `by` (nobody
// for a clinic's first clinician). `intro` says why we ask (empty: a general sentence).
// Returns the new clinician, or nullopt when cancelled.
std::optional<Clinician> ShowAddClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by,
                                                const wxString& intro);

// Asks which of the active clinicians is working in `clinic_name`, with `preselect` chosen (when
// active), and lets the user add one. Returns the chosen clinician, or nullopt when cancelled.
std::optional<Clinician> ShowChooseClinicianDialog(wxWindow* parent, ClinicianDirectory& directory, const Actor& by,
                                                   std::optional<std::int64_t> preselect,
                                                   const wxString& clinic_name);

} // namespace fc::ui
