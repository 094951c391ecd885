#pragma once
// New patient and Edit patient: the demographic record, checked by the core as it is typed.
#include "core/patient.h"

#include <optional>

class wxWindow;

namespace fc {
class PatientRecords;
}

namespace fc::ui {

// Asks for a new patient and adds them through `records`. Returns the patient added, or nullopt
// when cancelled.
std::optional<Patient> ShowNewPatientDialog(wxWindow* parent, PatientRecords& records, const Date& today);

// Edits `patient` (as loaded, with its version) through `records`. When someone else saved the
// record first, nothing typed is lost: the user may reload it with their changes put back, or
// copy their text. Returns the patient as saved, or nullopt when cancelled.
std::optional<Patient> ShowEditPatientDialog(wxWindow* parent, PatientRecords& records, const Date& today,
                                             const Patient& patient);

} // namespace fc::ui
