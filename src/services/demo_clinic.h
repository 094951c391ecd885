#pragma once
// A realistic synthetic clinic for demonstrations, screenshots and benchmarks: a few
// clinicians, patients with names in several scripts, conditions, precautions, consents,
// therapy plans, session notes (about 30 a patient, a few with 300+), home-log entries and the
// diary: an appointment behind every note and weekly bookings for the coming weeks.
// Every name, number and address is invented; the same seed gives the same clinic.
#include "services/clinic.h"

#include <cstdint>
#include <functional>

namespace fc {

struct DemoOptions {
    int patients = 200;
    std::uint32_t seed = 1;
    std::function<void(int done, int total)> progress; // optional
};

struct DemoSummary {
    int clinicians_added = 0;
    int patients_added = 0;
    int precautions_added = 0;
    int conditions_added = 0;
    int consents_added = 0;
    int plans_added = 0;
    int notes_added = 0;
    int home_log_added = 0;
    int appointments_added = 0;
    int flags_raised = 0;
};

// Throws InvalidInput when the patient count is out of range (0..1,000,000).
DemoSummary fill_demo_clinic(Clinic& clinic, const DemoOptions& options);

} // namespace fc
