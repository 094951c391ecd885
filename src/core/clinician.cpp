#include "core/clinician.h"

#include "core/field_rules.h"

namespace fc {

namespace {
Clinician validate(const ClinicianForm& f, FieldCheck& check)
{
    Clinician c;
    c.name = check.text("name", f.name, TextRule{.required = true, .max_length = 100, .name = true});
    c.profession = check.text("profession", f.profession, TextRule{.max_length = 100});
    if (c.profession.empty() && check.ok())
        c.profession = "Physiotherapist";
    c.registration = check.text("registration", f.registration, TextRule{.max_length = 50, .name = true});
    return c;
}
} // namespace

std::vector<FieldError> check_clinician_form(const ClinicianForm& form)
{
    FieldCheck check;
    validate(form, check);
    return check.errors();
}

Clinician clinician_from_form(const ClinicianForm& form)
{
    FieldCheck check;
    auto c = validate(form, check);
    check.throw_if_failed();
    return c;
}

} // namespace fc
