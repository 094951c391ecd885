#pragma once
// One home session from the patient's diary, entered by the clinician.
#include "core/home_log.h"
#include "services/actor.h"

#include <cstdint>
#include <optional>

class wxWindow;

namespace fc {
class Clinic;
struct LoggedHomeSession;
}

namespace fc::ui {

// Asks for the entry and adds it to patient `patient_id`'s home log (raising its red flags in the
// same save). Returns what was saved, or nullopt when cancelled.
std::optional<LoggedHomeSession> ShowAddHomeSessionDialog(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                                          std::int64_t patient_id);

} // namespace fc::ui
