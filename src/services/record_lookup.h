#pragma once
// Private to src/services: looks shared by the use cases that write about one patient.
#include "core/patient.h"
#include "core/session_measures.h"
#include "core/therapy_plan.h"
#include "services/actor.h"
#include "services/clinic_impl.h"

#include <optional>

namespace fc {

// The patient, or NotFound.
Patient existing_patient(Clinic::Impl& impl, std::int64_t patient_id);
// The newest version of the patient's newest active plan, if any.
std::optional<PlanVersion> active_plan_version(Clinic::Impl& impl, std::int64_t patient_id);
// What a note or home-log entry about the patient is checked against: date of birth, today and
// the dilator set of the active plan's dilator programme.
RecordingContext recording_context(Clinic::Impl& impl, const Patient& patient, const Date& today);
// The clinician acting, or ClinicianRequired.
std::int64_t acting_clinician(const Actor& actor);

} // namespace fc
