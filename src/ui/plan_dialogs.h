#pragma once
// The therapy plan form: starting a plan for a patient, and revising one (saved as the plan's
// next version, the earlier ones kept). Title, the conditions it treats (the patient's recorded
// conditions offered first), goals with their target dates, the dates and, when revising, the
// status with the reason a plan was stopped.
#include "core/date.h"
#include "core/patient_record.h"
#include "core/therapy_plan.h"

#include <optional>

class wxWindow;

namespace fc {
class TherapyPlans;
}

namespace fc::ui {

// Asks for a new plan for the patient of `record` and starts it through `plans`. Returns the
// plan, or nullopt when cancelled.
std::optional<EpisodeOfCare> ShowNewPlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record,
                                               const Date& today);
// Asks for changes to `plan` (as its newest version has it) and saves them as its next version.
std::optional<EpisodeOfCare> ShowEditPlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record,
                                                const Date& today, const EpisodeOfCare& plan);

} // namespace fc::ui
