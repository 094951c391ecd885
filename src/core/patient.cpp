#include "core/patient.h"

#include "core/field_rules.h"

#include <fmt/format.h>

#include <array>
#include <cctype>

namespace fc {

namespace {
constexpr std::array<std::string_view, 4> sex_names = {"unknown", "female", "male", "other"};

bool valid_mrn(std::string_view mrn)
{
    for (const char c : mrn)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '/' && c != '.')
            return false;
    return !mrn.empty() && mrn.size() <= 32;
}

bool valid_phone(std::string_view phone)
{
    int digits = 0;
    for (const char c : phone) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.')
            return false;
    }
    return digits >= 3 && digits <= 20;
}

bool valid_email(std::string_view email)
{
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
        return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' || domain.find("..") != std::string_view::npos)
        return false;
    for (const char c : email)
        if (c == ' ' || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c == '(' || c == ')')
            return false;
    return true;
}

// Shared by check and build: validates every field, filling `out` as it goes.
Patient validate(const PatientForm& f, const Date& today, FieldCheck& check)
{
    Patient p;
    const TextRule name{.required = true, .max_length = max_name_length, .name = true};
    const TextRule optional_name{.max_length = max_name_length, .name = true};
    p.family_name = check.text("family", f.family, name);
    p.given_name = check.text("given", f.given, name);
    p.preferred_name = check.text("preferred", f.preferred, optional_name);

    if (const auto dob = check.date("dob", f.dob,
                                    DateRule{.required = true,
                                             .not_before = Date(1900, 1, 1),
                                             .not_after = today,
                                             .not_after_reason = "is in the future"}))
        p.dob = *dob;

    p.mrn = check.text("mrn", f.mrn, TextRule{.max_length = 32});
    if (!p.mrn.empty() && !valid_mrn(p.mrn))
        check.fail("mrn", "mrn-format", "may hold only letters, digits, '-', '/' and '.' (at most 32)");

    if (!f.sex.empty()) {
        if (const auto s = parse_sex(f.sex))
            p.sex = *s;
        else
            check.fail("sex", "one-of", "must be one of: female, male, other, unknown");
    }

    p.pronouns = check.text("pronouns", f.pronouns, TextRule{.max_length = 40});
    p.phone = check.text("phone", f.phone, TextRule{.max_length = 40});
    if (!p.phone.empty() && !valid_phone(p.phone))
        check.fail("phone", "phone-format", "must hold 3 to 20 digits and only spaces, +, -, ( ) or . besides");
    p.email = check.text("email", f.email, TextRule{.max_length = 254});
    if (!p.email.empty() && !valid_email(p.email))
        check.fail("email", "email-format", "must look like name@example.org");
    p.address = check.text("address", f.address, TextRule{.max_length = 500, .multiline = true});
    p.referrer_name = check.text("referrer", f.referrer, TextRule{.max_length = 200, .name = true});
    p.referrer_practice = check.text("referrer-practice", f.referrer_practice, TextRule{.max_length = 200, .name = true});
    p.gp = check.text("gp", f.gp, TextRule{.max_length = 200, .name = true});
    p.notes = check.text("notes", f.notes, TextRule{.max_length = max_notes_length, .multiline = true});
    return p;
}
} // namespace

std::string_view to_string(Sex s)
{
    return sex_names[static_cast<std::size_t>(s)];
}

std::optional<Sex> parse_sex(std::string_view text)
{
    std::string lower;
    for (const char c : text)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < sex_names.size(); ++i)
        if (lower == sex_names[i])
            return static_cast<Sex>(i);
    return std::nullopt;
}

std::string display_name(const std::string& family, const std::string& given, const std::string& preferred)
{
    auto name = family + ", " + given;
    if (!preferred.empty() && preferred != given)
        name += " (" + preferred + ")";
    return name;
}

std::string Patient::display_name() const
{
    return fc::display_name(family_name, given_name, preferred_name);
}

PatientForm PatientForm::from(const Patient& p)
{
    return PatientForm{.mrn = p.mrn,
                       .family = p.family_name,
                       .given = p.given_name,
                       .preferred = p.preferred_name,
                       .dob = to_iso(p.dob),
                       .sex = std::string(to_string(p.sex)),
                       .pronouns = p.pronouns,
                       .phone = p.phone,
                       .email = p.email,
                       .address = p.address,
                       .referrer = p.referrer_name,
                       .referrer_practice = p.referrer_practice,
                       .gp = p.gp,
                       .notes = p.notes};
}

std::vector<FieldError> check_patient_form(const PatientForm& form, const Date& today)
{
    FieldCheck check;
    validate(form, today, check);
    return check.errors();
}

Patient patient_from_form(const PatientForm& form, const Date& today)
{
    FieldCheck check;
    auto p = validate(form, today, check);
    check.throw_if_failed();
    return p;
}

std::string generated_mrn(std::int64_t number)
{
    return fmt::format("FC{:06d}", number);
}

} // namespace fc
