#pragma once
// The clinical history of a demo patient: a therapy plan, session notes spread over one to
// three years with a believable dilator progression, and home-log entries between visits.
#include "core/patient.h"
#include "core/precaution.h"
#include "services/clinic_impl.h"
#include "services/demo_diary.h"
#include "services/demo_random.h"

#include <cstdint>
#include <vector>

namespace fc::demo {

struct HistoryCounts {
    int plans = 0;
    int notes = 0;
    int home_log = 0;
    int appointments = 0;
};

// Writes the history inside the caller's transaction: notes on weekdays at slots free for the
// clinician and the patient (`taken`, shared by the whole demo), each with its appointment.
HistoryCounts invent_history(Clinic::Impl& impl, Random& rnd, const Patient& patient,
                             const std::vector<Precaution>& precautions, std::int64_t clinician, const Date& today,
                             TakenSlots& taken);

} // namespace fc::demo
