#include "services/record_lookup.h"

#include <fmt/format.h>

namespace fc {

Patient existing_patient(Clinic::Impl& impl, std::int64_t patient_id)
{
    auto p = impl.patients.find(patient_id);
    if (!p)
        throw NotFound(fmt::format("patient {} not found", patient_id));
    return *p;
}

std::optional<PlanVersion> active_plan_version(Clinic::Impl& impl, std::int64_t patient_id)
{
    const auto episodes = impl.plans.for_patient(patient_id);
    for (auto e = episodes.rbegin(); e != episodes.rend(); ++e) {
        const auto* latest = latest_plan_version(e->plan_versions);
        if (latest && latest->plan.status == PlanStatus::Active)
            return *latest;
    }
    return std::nullopt;
}

RecordingContext recording_context(Clinic::Impl& impl, const Patient& patient, const Date& today)
{
    RecordingContext ctx{.dob = patient.dob, .today = today};
    if (const auto plan = active_plan_version(impl, patient.id))
        if (const auto* programme = dilator_programme(plan->plan))
            ctx.set = impl.dilator_sets.find(programme->set_id);
    return ctx;
}

std::int64_t acting_clinician(const Actor& actor)
{
    if (!actor.clinician_id)
        throw ClinicianRequired(ClinicianRequired::Reason::NotChosen,
                                "no clinician is chosen, so the change cannot be signed");
    return *actor.clinician_id;
}

} // namespace fc
