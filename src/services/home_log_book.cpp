#include "services/home_log_book.h"

#include "services/flag_raising.h"
#include "services/record_lookup.h"

#include <fmt/format.h>

namespace fc {

LoggedHomeSession HomeLogBook::add(std::int64_t patient_id, const HomeLogForm& form)
{
    const auto by = acting_clinician(actor_);
    auto& impl = clinic_.impl();
    return impl.write([&] {
        const auto patient = existing_patient(impl, patient_id);
        auto entry = home_log_from_form(form, recording_context(impl, patient, clinic_.today()));
        entry.patient_id = patient_id;
        entry.id = impl.home_log.insert(entry, by);
        entry.version = 1;
        impl.audit.append(by, "create", "home-log", entry.id, fmt::format("patient {}", patient_id));
        auto flags = raise_new_flags(impl, patient_id, by, [&](const auto& ctx, const auto& settings) {
            return flags_for_home_log(entry, ctx, settings);
        });
        return LoggedHomeSession{std::move(entry), std::move(flags)};
    });
}

std::vector<HomeLogEntry> HomeLogBook::for_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing_patient(impl, patient_id);
        return impl.home_log.for_patient(patient_id);
    });
}

RecordingContext HomeLogBook::entry_rules(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return recording_context(impl, existing_patient(impl, patient_id), clinic_.today()); });
}

} // namespace fc
