#include "services/clinic_profile.h"

#include "core/field_rules.h"
#include "core/text.h"
#include "services/clinic_impl.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

namespace fc {

namespace {
struct Key {
    const char* key;
    std::string ClinicProfile::*value;
};
constexpr Key keys[] = {{"clinic.name", &ClinicProfile::name},
                        {"clinic.address", &ClinicProfile::address},
                        {"clinic.phone", &ClinicProfile::phone},
                        {"clinic.email", &ClinicProfile::email},
                        {"clinic.paper", &ClinicProfile::paper}};

ClinicProfile load(Clinic& clinic)
{
    ClinicProfile p;
    p.name = clinic.path().stem().string();
    for (const auto& k : keys)
        if (auto v = clinic.impl().settings.get(k.key); v && !v->empty())
            p.*k.value = *v;
    return p;
}
} // namespace

ClinicProfile clinic_profile(Clinic& clinic)
{
    return clinic.impl().read([&] { return load(clinic); });
}

namespace {
// The form's fields trimmed, checked (empty: keep the current value); throws InvalidInput
// with every broken rule.
ClinicProfile checked(const ClinicProfileForm& form)
{
    FieldCheck check;
    ClinicProfile clean{.paper = ""};
    clean.name = check.text("clinic-name", form.name, TextRule{.max_length = 120});
    clean.address = check.text("address", form.address, TextRule{.max_length = 500, .multiline = true});
    clean.phone = check.text("phone", form.phone, TextRule{.max_length = 40});
    clean.email = check.text("email", form.email, TextRule{.max_length = 120});
    if (!text::trim(form.paper).empty())
        clean.paper = check.one_of("paper", form.paper, {"a4", "letter"});
    check.throw_if_failed();
    return clean;
}
} // namespace

void check_clinic_profile(const ClinicProfileForm& form)
{
    checked(form);
}

ClinicProfile save_clinic_profile(Clinic& clinic, const Actor& actor, const ClinicProfileForm& form)
{
    const auto by = acting_clinician(actor);
    const auto clean = checked(form);
    auto& impl = clinic.impl();
    return impl.write([&] {
        for (const auto& k : keys)
            if (const auto& value = clean.*k.value; !value.empty()) {
                impl.settings.set(k.key, value);
                impl.audit.append(by, "update", "settings", 0, k.key);
            }
        return load(clinic);
    });
}

} // namespace fc
