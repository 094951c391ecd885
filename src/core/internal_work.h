#pragma once
// DOMAIN.md: dilator or internal work while a precaution is open and not cleared by a medical
// practitioner is a red flag in itself. Such work may start only with an explicit override
// and reason, recorded with who gave it and when.
#include "core/date.h"
#include "core/errors.h"
#include "core/precaution.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc {

enum class ComponentKind; // core/plan_component.h

struct PrecautionOverride {
    std::string reason;
    std::int64_t clinician_id = 0;
    Date on;
    std::vector<std::int64_t> precaution_ids; // the open precautions it was given for

    bool operator==(const PrecautionOverride&) const = default;
};

struct OverrideForm {
    std::string override_reason;
};

// Only the dilator programme counts as internal work (PFMT is not assumed to be internal).
bool is_internal_work(ComponentKind kind);
// The precautions open on `on` that block starting `kind`; empty when it is not internal work.
std::vector<Precaution> blocking_precautions(ComponentKind kind, const std::vector<Precaution>& precautions,
                                             const Date& on);
// An override for the `blocking` precautions by `clinician_id`, dated `today`; the reason is
// required (field "override-reason"). Throws InvalidInput.
PrecautionOverride precaution_override_from_form(const OverrideForm& form, const std::vector<Precaution>& blocking,
                                                 std::int64_t clinician_id, const Date& today);
// Empty when `kind` may start on `on`: nothing blocks it, or `given` overrides every blocking
// precaution. Otherwise one error on "override-reason", rule "precaution-open", naming them.
std::vector<FieldError> check_internal_work(ComponentKind kind, const std::vector<Precaution>& precautions,
                                            const Date& on, const std::optional<PrecautionOverride>& given);

} // namespace fc
