#include "services/flag_raising.h"

#include "store/row_mapping.h"

namespace fc {

RedFlagContext red_flag_context(Clinic::Impl& impl, std::int64_t patient_id)
{
    RedFlagContext ctx;
    ctx.patient_id = patient_id;
    ctx.notes = impl.notes.for_patient(patient_id);
    ctx.home_log = impl.home_log.for_patient(patient_id);
    for (auto& episode : impl.plans.for_patient(patient_id))
        for (auto& v : episode.plan_versions)
            ctx.plan_versions.push_back(std::move(v));
    ctx.precautions = impl.precautions.for_patient(patient_id);
    ctx.catalogue = impl.dilator_sets.catalogue();
    return ctx;
}

std::vector<RedFlag> raise_new_flags(Clinic::Impl& impl, std::int64_t patient_id, std::optional<std::int64_t> by,
                                     const FlagRules& rules)
{
    const auto ctx = red_flag_context(impl, patient_id);
    auto raised = flags_not_yet_raised(rules(ctx, impl.red_flags.settings()), impl.red_flags.keys_for_patient(patient_id));
    const auto now = store::utc_now_iso();
    for (auto& f : raised) {
        f.patient_id = patient_id;
        f.raised_at = now;
        f.version = 1;
        f.id = impl.red_flags.insert(f, by);
        impl.audit.append(by, "raise", "red-flag", f.id, to_string(f.key()));
    }
    return raised;
}

} // namespace fc
