#pragma once
// The fields of the patient form as the dialog shows them: the core's field name (also the name of
// the field's control in forms/patient_dialog.xrc), where it lives in PatientForm, its label; and
// what to do with the user's text when someone else saved the record first.
#include "core/patient.h"

#include <string>
#include <vector>

namespace fc::ui {

struct PatientFormField {
    const char* name;                  // "referrer-practice"
    std::string PatientForm::*member;  // &PatientForm::referrer_practice
    const char* label;                 // "Referrer's practice" (untranslated; translate when shown)
};

// Every field, in the order of the dialog.
const std::vector<PatientFormField>& patient_form_fields();

// A save refused because the record changed meanwhile. The user's changes (`typed` where it differs
// from `loaded`, the record as the dialog loaded it) are put over the record as it is `now`.
struct ReappliedForm {
    PatientForm form;
    std::vector<const PatientFormField*> changed_meanwhile; // by the other save
    std::vector<const PatientFormField*> changed_by_both;   // ...and by the user, differently: theirs is kept
};
ReappliedForm reapply_changes(const PatientForm& loaded, const PatientForm& typed, const PatientForm& now);

// The form as text, one "Label: value" per field that is not empty (for the clipboard).
std::string form_as_text(const PatientForm& form, std::string (*translate)(const char* label));

} // namespace fc::ui
