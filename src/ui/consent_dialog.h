#pragma once
// Consent to intimate (internal) examination, with whether a chaperone was offered and present.
#include "core/consent.h"

#include <cstdint>
#include <optional>

class wxWindow;

namespace fc {
class PatientRecords;
}

namespace fc::ui {

// Asks for a consent record of patient `patient_id` (dated today by default) and records it through
// `records`, signed by its clinician. Returns it, or nullopt when cancelled.
std::optional<Consent> ShowAddConsentDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                            std::int64_t patient_id);

} // namespace fc::ui
