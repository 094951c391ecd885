#pragma once
// Clinicians of the clinic, and who is acting for a change.
#include "core/clinician.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fc {

class ClinicianDirectory {
public:
    explicit ClinicianDirectory(Clinic& clinic) : clinic_(clinic) {}

    // Adds a clinician; `by` may be nobody when the clinic has none yet. Throws InvalidInput.
    Clinician add(const ClinicianForm& form, const Actor& by);
    std::vector<Clinician> list(bool include_inactive = true);
    Clinician get(std::int64_t id); // throws NotFound
    // Marks a clinician active or not; a stale `expected_version` is refused with Conflict.
    Clinician set_active(std::int64_t id, bool active, const Actor& by);

    // The clinician a change is stamped with: `requested` when given (must exist and be active),
    // else the only active clinician. Throws NotFound, InvalidInput (inactive) or ClinicianRequired.
    Actor act_as(std::optional<std::int64_t> requested);
    // Like act_as, but nobody instead of ClinicianRequired (for looks that change no record).
    Actor act_as_if_known(std::optional<std::int64_t> requested);

private:
    Clinic& clinic_;
};

} // namespace fc
