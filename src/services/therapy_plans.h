#pragma once
// Therapy plan use cases: a plan is an episode of care whose every change is a new dated
// version, so nothing the plan said on an earlier date is ever lost. Dilator (internal) work
// while a precaution is open needs an explicit, recorded override.
#include "core/dilator_set.h"
#include "core/internal_work.h"
#include "core/red_flag.h"
#include "core/therapy_plan.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <vector>

namespace fc {

struct ComponentAdded {
    EpisodeOfCare plan;
    std::vector<FieldError> warnings; // cautions that did not refuse it (oil with latex)
    std::vector<RedFlag> flags_raised;
};

class TherapyPlans {
public:
    TherapyPlans(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    DilatorCatalogue catalogue();
    DilatorSet add_dilator_set(const DilatorSetForm& form);

    // A new plan (episode with version 1, effective on its start date). Throws InvalidInput, NotFound.
    EpisodeOfCare add(std::int64_t patient_id, const PlanForm& form);
    // A new version with the form's title, dates, goals and status; the components are kept.
    EpisodeOfCare revise(std::int64_t plan_id, const PlanForm& form);
    // A new version with the component appended. While the patient has open precautions, a
    // dilator programme needs `override_form.override_reason` (else Conflict naming them).
    ComponentAdded add_component(std::int64_t plan_id, const ComponentForm& form, const OverrideForm& override_form);

    EpisodeOfCare get(std::int64_t plan_id); // throws NotFound
    std::vector<EpisodeOfCare> for_patient(std::int64_t patient_id);
    // The patient's newest active plan version, if any (what notes and the home log are checked against).
    std::optional<PlanVersion> active_plan(std::int64_t patient_id);

private:
    std::int64_t clinician();
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
