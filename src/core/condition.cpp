#include "core/condition.h"

#include "core/field_rules.h"

#include <cctype>

namespace fc {

namespace {
// Letter, two digits, then optionally a dot and 1-4 letters or digits (K60.1, K64.9, Z48.81, R15).
bool valid_icd10(const std::string& code)
{
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (code.size() < 3 || !std::isupper(static_cast<unsigned char>(code[0])) || !digit(code[1]) || !digit(code[2]))
        return false;
    if (code.size() == 3)
        return true;
    if (code[3] != '.' || code.size() < 5 || code.size() > 8)
        return false;
    for (std::size_t i = 4; i < code.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(code[i])))
            return false;
    return true;
}

Condition validate(const ConditionForm& f, const Date& today, FieldCheck& check)
{
    Condition c;
    c.code = check.text("code", f.code, TextRule{.max_length = 8});
    for (auto& ch : c.code)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (!c.code.empty() && !valid_icd10(c.code))
        check.fail("code", "icd10-format", "must be an ICD-10 code such as K60.1 or R15 (or left empty)");
    c.label = check.text("label", f.label, TextRule{.required = true, .max_length = 200});
    c.onset = check.date("onset", f.onset, DateRule{.not_before = Date(1900, 1, 1), .not_after = today});
    return c;
}
} // namespace

Condition condition_from_form(const ConditionForm& form, const Date& today)
{
    FieldCheck check;
    auto c = validate(form, today, check);
    check.throw_if_failed();
    return c;
}

std::vector<FieldError> check_condition_form(const ConditionForm& form, const Date& today)
{
    FieldCheck check;
    validate(form, today, check);
    return check.errors();
}

const std::vector<KnownCondition>& known_conditions()
{
    static const std::vector<KnownCondition> list = {
        {"K60.1", "Chronic anal fissure"},
        {"K60.0", "Acute anal fissure"},
        {"K64.9", "Haemorrhoids"},
        {"K59.00", "Constipation"},
        {"K59.09", "Obstructed defecation / incomplete evacuation"},
        {"M62.89", "Pelvic floor dysfunction (tension / dyssynergia)"},
        {"K59.4", "Anal spasm / proctalgia fugax"},
        {"R15", "Faecal incontinence"},
        {"Z48.81", "Aftercare following anorectal surgery"},
        {"", "Preparation for comfortable receptive anal intercourse"},
    };
    return list;
}

} // namespace fc
