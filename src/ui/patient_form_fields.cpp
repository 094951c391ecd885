#include "ui/patient_form_fields.h"

#include <wx/translation.h>

namespace fc::ui {

const std::vector<PatientFormField>& patient_form_fields()
{
    static const std::vector<PatientFormField> fields = {
        {"family", &PatientForm::family, wxTRANSLATE("Family name")},
        {"given", &PatientForm::given, wxTRANSLATE("Given name")},
        {"preferred", &PatientForm::preferred, wxTRANSLATE("Preferred name")},
        {"dob", &PatientForm::dob, wxTRANSLATE("Date of birth")},
        {"sex", &PatientForm::sex, wxTRANSLATE("Sex")},
        {"pronouns", &PatientForm::pronouns, wxTRANSLATE("Pronouns")},
        {"mrn", &PatientForm::mrn, wxTRANSLATE("MRN")},
        {"phone", &PatientForm::phone, wxTRANSLATE("Phone")},
        {"email", &PatientForm::email, wxTRANSLATE("Email")},
        {"address", &PatientForm::address, wxTRANSLATE("Address")},
        {"referrer", &PatientForm::referrer, wxTRANSLATE("Referred by")},
        {"referrer-practice", &PatientForm::referrer_practice, wxTRANSLATE("Referrer's practice")},
        {"gp", &PatientForm::gp, wxTRANSLATE("Family doctor (GP)")},
        {"notes", &PatientForm::notes, wxTRANSLATE("Notes")},
    };
    return fields;
}

ReappliedForm reapply_changes(const PatientForm& loaded, const PatientForm& typed, const PatientForm& now)
{
    ReappliedForm out{now, {}, {}};
    for (const auto& f : patient_form_fields()) {
        const bool mine = typed.*f.member != loaded.*f.member;
        const bool theirs = now.*f.member != loaded.*f.member;
        if (theirs)
            out.changed_meanwhile.push_back(&f);
        if (mine) {
            out.form.*f.member = typed.*f.member;
            if (theirs && typed.*f.member != now.*f.member)
                out.changed_by_both.push_back(&f);
        }
    }
    return out;
}

std::string form_as_text(const PatientForm& form, std::string (*translate)(const char* label))
{
    std::string text;
    for (const auto& f : patient_form_fields())
        if (const auto& value = form.*f.member; !value.empty())
            text += translate(f.label) + ": " + value + "\n";
    return text;
}

} // namespace fc::ui
