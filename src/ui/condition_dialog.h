#pragma once
// A condition the patient is treated for: chosen from the conditions the clinic sees (which fills
// in its ICD-10 code) or typed freely.
#include "core/condition.h"

#include <cstdint>
#include <optional>

class wxWindow;

namespace fc {
class PatientRecords;
}

namespace fc::ui {

// Asks for a condition of patient `patient_id` and adds it through `records`. Returns it, or
// nullopt when cancelled.
std::optional<Condition> ShowAddConditionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                std::int64_t patient_id);

} // namespace fc::ui
