#pragma once
// Precautions that need a medical practitioner's clearance: adding one, and recording its clearance.
#include "core/precaution.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class wxWindow;

namespace fc {
class PatientRecords;
}

namespace fc::ui {

// Asks for a precaution of the patient `patient_id` (kind, detail, date noted, today by default)
// and adds it through `records`. Returns it, or nullopt when cancelled.
std::optional<Precaution> ShowAddPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                  std::int64_t patient_id);

// Asks which of the `open` precautions of patient `patient_id` was cleared (`preselect` chosen),
// by whom (empty: `clinician`, who records it) and when (today by default), and records it.
// Returns the cleared precaution, or nullopt when cancelled.
std::optional<Precaution> ShowClearPrecautionDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                                    std::int64_t patient_id, const std::vector<Precaution>& open,
                                                    std::optional<std::int64_t> preselect,
                                                    const std::string& clinician);

} // namespace fc::ui
