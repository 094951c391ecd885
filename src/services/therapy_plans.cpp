#include "services/therapy_plans.h"

#include "services/flag_raising.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc {

namespace {
EpisodeOfCare existing_plan(Clinic::Impl& impl, std::int64_t plan_id)
{
    auto e = impl.plans.find(plan_id);
    if (!e)
        throw NotFound(fmt::format("plan {} not found", plan_id));
    return *e;
}

// Appends `plan` as the episode's next version, effective today (or on the newest version's
// date when that is later, e.g. a plan that starts next week).
EpisodeOfCare append_version(Clinic::Impl& impl, EpisodeOfCare episode, TherapyPlan plan, const Date& today,
                             std::int64_t by, const std::string& what)
{
    const auto* latest = latest_plan_version(episode.plan_versions);
    const Date effective = latest ? std::max(today, latest->effective_on) : plan.start_on;
    auto v = next_plan_version(episode.plan_versions, std::move(plan), effective, by);
    v.episode_id = episode.id;
    v.id = impl.plans.insert_version(v);
    impl.audit.append(by, "update", "plan", episode.id, fmt::format("version {}: {}", v.number, what));
    episode.plan_versions.push_back(std::move(v));
    return episode;
}

// The red flags a new plan version raises (dilator work while a precaution is open).
std::vector<RedFlag> flags_of_latest(Clinic::Impl& impl, const EpisodeOfCare& episode, std::int64_t by)
{
    const auto& version = episode.plan_versions.back();
    return raise_new_flags(impl, episode.patient_id, by, [&](const auto& ctx, const auto& settings) {
        return flags_for_plan_version(version, ctx, settings);
    });
}

std::string precaution_list(const std::vector<Precaution>& blocking)
{
    std::string out;
    for (const auto& p : blocking)
        out += fmt::format("{}{} (precaution {}, since {})", out.empty() ? "" : "; ", label(p.kind), p.id,
                           to_iso(p.noted_on));
    return out;
}
} // namespace

std::int64_t TherapyPlans::clinician()
{
    return acting_clinician(actor_);
}

DilatorCatalogue TherapyPlans::catalogue()
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.dilator_sets.catalogue(); });
}

DilatorSet TherapyPlans::add_dilator_set(const DilatorSetForm& form)
{
    auto set = dilator_set_from_form(form);
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        set.id = impl.dilator_sets.insert(set);
        set.version = 1;
        impl.audit.append(by, "create", "dilator-set", set.id, set.name);
        return set;
    });
}

EpisodeOfCare TherapyPlans::add(std::int64_t patient_id, const PlanForm& form)
{
    auto plan = plan_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing_patient(impl, patient_id);
        EpisodeOfCare e{.patient_id = patient_id, .version = 1, .opened_on = plan.start_on};
        e.id = impl.plans.insert_episode(e);
        impl.audit.append(by, "create", "plan", e.id, fmt::format("patient {}", patient_id));
        auto v = next_plan_version({}, std::move(plan), e.opened_on, by);
        v.episode_id = e.id;
        v.id = impl.plans.insert_version(v);
        e.plan_versions.push_back(std::move(v));
        return e;
    });
}

EpisodeOfCare TherapyPlans::revise(std::int64_t plan_id, const PlanForm& form)
{
    auto revised = plan_from_form(form, clinic_.today());
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto episode = existing_plan(impl, plan_id);
        revised.components = latest_plan_version(episode.plan_versions)->plan.components;
        auto updated = append_version(impl, std::move(episode), std::move(revised), clinic_.today(), by, "plan revised");
        flags_of_latest(impl, updated, by);
        return updated;
    });
}

ComponentAdded TherapyPlans::add_component(std::int64_t plan_id, const ComponentForm& form,
                                           const OverrideForm& override_form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    const auto today = clinic_.today();
    return impl.write([&] {
        auto episode = existing_plan(impl, plan_id);
        const auto catalogue = impl.dilator_sets.catalogue();
        auto component = component_from_form(form, catalogue);
        const auto blocking =
            blocking_precautions(component.kind(), impl.precautions.for_patient(episode.patient_id), today);
        std::string what = fmt::format("{} added", label(component.kind()));
        if (!blocking.empty()) {
            if (override_form.override_reason.empty())
                throw Conflict(fmt::format("the patient has open precautions not cleared by a medical practitioner: "
                                           "{}. Record the clearance first, or start anyway with an override and "
                                           "its reason",
                                           precaution_list(blocking)));
            component.precaution_override = precaution_override_from_form(override_form, blocking, by, today);
            what += fmt::format(" despite open precautions ({}): {}", precaution_list(blocking),
                                component.precaution_override->reason);
        }
        ComponentAdded result;
        result.warnings = component_warnings(component, catalogue);
        auto plan = with_component(latest_plan_version(episode.plan_versions)->plan, std::move(component));
        result.plan = append_version(impl, std::move(episode), std::move(plan), today, by, what);
        result.flags_raised = flags_of_latest(impl, result.plan, by);
        return result;
    });
}

EpisodeOfCare TherapyPlans::get(std::int64_t plan_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return existing_plan(impl, plan_id); });
}

std::vector<EpisodeOfCare> TherapyPlans::for_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing_patient(impl, patient_id);
        return impl.plans.for_patient(patient_id);
    });
}

std::optional<PlanVersion> TherapyPlans::active_plan(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return active_plan_version(impl, patient_id); });
}

} // namespace fc
