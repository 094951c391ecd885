#include "services/red_flags.h"

#include "services/flag_raising.h"
#include "services/record_lookup.h"
#include "store/row_mapping.h"

#include <fmt/format.h>

#include <map>
#include <utility>

namespace fc {

namespace {
RedFlag existing_flag(Clinic::Impl& impl, std::int64_t id)
{
    auto f = impl.red_flags.find(id);
    if (!f)
        throw NotFound(fmt::format("red flag {} not found", id));
    return *f;
}
} // namespace

std::vector<RedFlag> RedFlags::list(const RedFlagFilter& filter)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        return impl.red_flags.list({filter.open_only, filter.patient_id, filter.clinician_id});
    });
}

std::vector<QueuedFlag> RedFlags::queue(const RedFlagFilter& filter)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        std::vector<QueuedFlag> out;
        std::map<std::int64_t, std::pair<std::string, std::string>> patients; // name, MRN by id
        for (auto& f : impl.red_flags.list({filter.open_only, filter.patient_id, filter.clinician_id})) {
            auto it = patients.find(f.patient_id);
            if (it == patients.end()) {
                const auto p = impl.patients.find(f.patient_id);
                it = patients.emplace(f.patient_id, p ? std::pair(p->family_name + ", " + p->given_name, p->mrn)
                                                      : std::pair(fmt::format("patient {}", f.patient_id), std::string()))
                         .first;
            }
            out.push_back({std::move(f), it->second.first, it->second.second});
        }
        return out;
    });
}

RedFlag RedFlags::get(std::int64_t flag_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return existing_flag(impl, flag_id); });
}

RedFlag RedFlags::acknowledge(std::int64_t flag_id, const AcknowledgementForm& form)
{
    const auto by = acting_clinician(actor_);
    auto& impl = clinic_.impl();
    return impl.write([&] {
        auto flag = acknowledged(existing_flag(impl, flag_id), form, by, store::utc_now_iso());
        if (!impl.red_flags.record_acknowledgement(flag))
            throw Conflict(fmt::format("red flag {} was acknowledged by someone else meanwhile", flag_id));
        ++flag.version;
        impl.audit.append(by, "acknowledge", "red-flag", flag_id,
                          fmt::format("{}: {}", to_string(flag.acknowledgement->action), flag.acknowledgement->note));
        return flag;
    });
}

std::vector<RedFlag> RedFlags::rescan(std::optional<std::int64_t> patient_id,
                                      const std::function<void(int, int)>& progress)
{
    auto& impl = clinic_.impl();
    std::vector<std::int64_t> patients;
    if (patient_id) {
        impl.read([&] { existing_patient(impl, *patient_id); });
        patients.push_back(*patient_id);
    } else {
        impl.read([&] {
            for (const auto& p : impl.patients.search({.include_archived = true}))
                patients.push_back(p.id);
        });
    }
    std::vector<RedFlag> raised;
    const auto total = static_cast<int>(patients.size());
    int done = 0;
    for (const auto id : patients) {
        auto found = impl.write([&] { return raise_new_flags(impl, id, actor_.clinician_id, all_red_flags); });
        raised.insert(raised.end(), found.begin(), found.end());
        if (progress)
            progress(++done, total);
    }
    return raised;
}

RedFlagCounts RedFlags::open_counts(std::optional<std::int64_t> patient_id)
{
    auto& impl = clinic_.impl();
    const auto c = impl.read([&] { return impl.red_flags.open_counts(patient_id); });
    return RedFlagCounts{c.open, c.urgent};
}

RedFlagSettings RedFlags::settings()
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.red_flags.settings(); });
}

RedFlagSettings RedFlags::save_settings(const RedFlagSettingsForm& form)
{
    const auto settings = red_flag_settings_from_form(form);
    const auto by = acting_clinician(actor_);
    auto& impl = clinic_.impl();
    return impl.write([&] {
        impl.red_flags.save_settings(settings);
        impl.audit.append(by, "update", "settings", 0,
                          fmt::format("red flags: pain threshold {}, progression pain threshold {}",
                                      settings.pain_threshold, settings.progression_pain_threshold));
        return settings;
    });
}

} // namespace fc
