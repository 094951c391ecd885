#pragma once
// The red-flag review: the queue across all patients, acknowledgement (who, when, what was
// done, why), explicit re-evaluation after a rule change, and the thresholds.
#include "core/red_flag.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fc {

struct RedFlagFilter {
    bool open_only = false;
    std::optional<std::int64_t> patient_id;
    std::optional<std::int64_t> clinician_id;
};

struct RedFlagCounts {
    std::int64_t open = 0;
    std::int64_t urgent = 0;
};

// A flag in the review queue with the patient it is about.
struct QueuedFlag {
    RedFlag flag;
    std::string patient_name; // "Family, Given"
    std::string mrn;
};

class RedFlags {
public:
    RedFlags(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // Open flags first, urgent before review, oldest first.
    std::vector<RedFlag> list(const RedFlagFilter& filter);
    // The same, each with its patient's name and MRN (the review queue).
    std::vector<QueuedFlag> queue(const RedFlagFilter& filter);
    RedFlag get(std::int64_t flag_id); // throws NotFound
    // Records the acknowledgement; InvalidInput (action, note), Conflict when already acknowledged.
    RedFlag acknowledge(std::int64_t flag_id, const AcknowledgementForm& form);
    // Re-evaluates every record (of one patient or all) with today's rules and settings and stores
    // only the flags not raised before. Returns them. One transaction per patient; `progress` is
    // called after each with (patients done, patients in all).
    std::vector<RedFlag> rescan(std::optional<std::int64_t> patient_id,
                                const std::function<void(int done, int total)>& progress = {});
    RedFlagCounts open_counts(std::optional<std::int64_t> patient_id = std::nullopt);

    RedFlagSettings settings();
    RedFlagSettings save_settings(const RedFlagSettingsForm& form);

private:
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
