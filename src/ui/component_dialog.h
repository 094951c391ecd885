#pragma once
// Adding a component to a therapy plan: its kind, then that kind's parameters (the core's
// defaults filled in), the patient's instructions written from them and editable, cautions such
// as oil-based lubricant with a latex set, and, for dilator work while a precaution is open, the
// reason for overriding it.
#include "core/date.h"
#include "core/dilator_set.h"
#include "core/patient_record.h"
#include "core/red_flag.h"
#include "services/therapy_plans.h"

#include <optional>
#include <vector>

class wxWindow;

namespace fc::ui {

// Asks for a component of `plan` and adds it through `plans` (a new version of the plan).
// Returns what was added, or nullopt when cancelled.
std::optional<ComponentAdded> ShowAddComponentDialog(wxWindow* parent, TherapyPlans& plans,
                                                     const DilatorCatalogue& catalogue, const PatientRecord& record,
                                                     const Date& today, const EpisodeOfCare& plan);
// Says which red flags a change raised (they wait in the review queue).
void ShowRaisedFlags(wxWindow* parent, const std::vector<RedFlag>& flags);

} // namespace fc::ui
