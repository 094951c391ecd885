#pragma once
// Private to src/services: runs the red-flag rules inside the transaction that wrote a source
// record and stores the flags it raises (never a second flag for the same rule and source).
#include "core/red_flag.h"
#include "core/red_flag_rules.h"
#include "services/clinic_impl.h"

#include <functional>
#include <optional>
#include <vector>

namespace fc {

using FlagRules = std::function<std::vector<RedFlag>(const RedFlagContext&, const RedFlagSettings&)>;

// Everything the rules look at for one patient.
RedFlagContext red_flag_context(Clinic::Impl& impl, std::int64_t patient_id);
// Stores the flags `rules` find that were not raised before; returns them with their ids.
std::vector<RedFlag> raise_new_flags(Clinic::Impl& impl, std::int64_t patient_id, std::optional<std::int64_t> by,
                                     const FlagRules& rules);

} // namespace fc
