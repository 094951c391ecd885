#include "core/consent.h"

#include "core/field_rules.h"

namespace fc {

namespace {
Consent validate(const ConsentForm& f, const Date& today, FieldCheck& check)
{
    Consent c;
    auto yes_no = [&](const char* field, const std::string& value) {
        return check.one_of(field, value, {"yes", "no"}) == "yes";
    };
    c.consent_given = yes_no("given", f.given);
    c.chaperone_offered = yes_no("chaperone-offered", f.chaperone_offered);
    c.chaperone_present = yes_no("chaperone-present", f.chaperone_present);
    c.on = today;
    if (const auto d = check.date("date", f.date, DateRule{.not_before = Date(1900, 1, 1), .not_after = today}))
        c.on = *d;
    c.note = check.text("note", f.note, TextRule{.max_length = 1000, .multiline = true});
    if (check.ok() && c.chaperone_present && !c.chaperone_offered)
        check.fail("chaperone-offered", "chaperone-consistency",
                   "must be yes when a chaperone was present");
    return c;
}
} // namespace

Consent consent_from_form(const ConsentForm& form, const Date& today)
{
    FieldCheck check;
    auto c = validate(form, today, check);
    check.throw_if_failed();
    return c;
}

std::vector<FieldError> check_consent_form(const ConsentForm& form, const Date& today)
{
    FieldCheck check;
    validate(form, today, check);
    return check.errors();
}

} // namespace fc
