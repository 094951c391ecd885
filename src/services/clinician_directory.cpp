#include "services/clinician_directory.h"

#include "services/clinic_impl.h"

#include <fmt/format.h>

namespace fc {

Clinician ClinicianDirectory::add(const ClinicianForm& form, const Actor& by)
{
    auto c = clinician_from_form(form);
    auto& impl = clinic_.impl();
    return impl.write([&] {
        c.id = impl.clinicians.insert(c);
        c.version = 1;
        impl.audit.append(by.clinician_id ? by.clinician_id : std::optional<std::int64_t>(c.id), "create",
                          "clinician", c.id);
        return c;
    });
}

std::vector<Clinician> ClinicianDirectory::list(bool include_inactive)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.clinicians.list(include_inactive); });
}

Clinician ClinicianDirectory::get(std::int64_t id)
{
    auto& impl = clinic_.impl();
    auto c = impl.read([&] { return impl.clinicians.find(id); });
    if (!c)
        throw NotFound(fmt::format("clinician {} not found", id));
    return *c;
}

Clinician ClinicianDirectory::set_active(std::int64_t id, bool active, const Actor& by)
{
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto c = impl.clinicians.find(id);
        if (!c)
            throw NotFound(fmt::format("clinician {} not found", id));
        if (c->active == active)
            return *c;
        c->active = active;
        if (!impl.clinicians.update(*c))
            throw Conflict(fmt::format("clinician {} was changed by someone else; reload and try again", id));
        ++c->version;
        impl.audit.append(by.clinician_id, active ? "activate" : "deactivate", "clinician", id);
        return *c;
    });
}

Actor ClinicianDirectory::act_as(std::optional<std::int64_t> requested)
{
    if (requested) {
        const auto c = get(*requested);
        if (!c.active)
            throw InvalidInput(FieldError{"clinician", "active",
                                          fmt::format("clinician {} ({}) is inactive; choose an active one", c.id,
                                                      c.name)});
        return Actor{c.id, c.name};
    }
    const auto active = list(false);
    if (active.size() == 1)
        return Actor{active.front().id, active.front().name};
    if (active.empty())
        throw ClinicianRequired(ClinicianRequired::Reason::NoneActive,
                                "this clinic has no active clinician yet, so the change cannot be signed");
    throw ClinicianRequired(ClinicianRequired::Reason::SeveralActive,
                            fmt::format("{} clinicians are active: say who is making this change", active.size()));
}

Actor ClinicianDirectory::act_as_if_known(std::optional<std::int64_t> requested)
{
    try {
        return act_as(requested);
    } catch (const ClinicianRequired&) {
        return Actor::nobody();
    }
}

} // namespace fc
