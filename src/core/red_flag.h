#pragma once
// A red flag (DOMAIN.md "Red flags"): something recorded about a patient that must surface in a
// review queue until a clinician acknowledges it. Each flag names the rule that raised it, how
// urgent it is, a sentence for the clinician, the record it comes from and the date it refers to.
// The values here map one to one onto a table row and a JSON object: every enum has a stable id.
// The rules that raise flags are in core/red_flag_rules.h.
#include "core/date.h"
#include "core/errors.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

// Stable ids, used in JSON, settings and reports: bleeding|sharp-pain|pain-threshold|burning|
// persisting-soreness|worsening|progression-too-fast|precaution-not-cleared|screening.
enum class RedFlagRule {
    Bleeding,
    SharpPain,
    PainThreshold,
    Burning,
    PersistingSoreness,
    Worsening,
    ProgressionTooFast,
    PrecautionNotCleared,
    Screening
};
inline constexpr RedFlagRule all_red_flag_rules[] = {
    RedFlagRule::Bleeding,           RedFlagRule::SharpPain,          RedFlagRule::PainThreshold,
    RedFlagRule::Burning,            RedFlagRule::PersistingSoreness, RedFlagRule::Worsening,
    RedFlagRule::ProgressionTooFast, RedFlagRule::PrecautionNotCleared, RedFlagRule::Screening};
std::string_view to_string(RedFlagRule r);
std::optional<RedFlagRule> parse_red_flag_rule(std::string_view id);
std::string_view label(RedFlagRule r); // "Progression too fast"

// urgent|review. Urgent: see to it before the patient's next home session (contact the patient,
// stop internal work, refer). Review: look at it at or before the next appointment.
enum class RedFlagSeverity { Urgent, Review };
std::string_view to_string(RedFlagSeverity s);
std::optional<RedFlagSeverity> parse_red_flag_severity(std::string_view id);

// The severity every flag of `rule` gets (the reasons are at its definition).
RedFlagSeverity severity_of(RedFlagRule rule);

// The kind of record a flag comes from: note|home-log|plan-version|precaution. A flag's source
// id is that record's id (for a plan, the id of the plan version).
enum class RedFlagSource { Note, HomeLog, PlanVersion, Precaution };
std::string_view to_string(RedFlagSource s);
std::optional<RedFlagSource> parse_red_flag_source(std::string_view id);
std::string_view label(RedFlagSource s); // "home log entry"

enum class RedFlagStatus { Open, Acknowledged }; // open|acknowledged
std::string_view to_string(RedFlagStatus s);
std::optional<RedFlagStatus> parse_red_flag_status(std::string_view id);

// What the acknowledging clinician did: advised|plan-changed|referred|none.
enum class RedFlagAction { Advised, PlanChanged, Referred, None };
inline constexpr RedFlagAction all_red_flag_actions[] = {RedFlagAction::Advised, RedFlagAction::PlanChanged,
                                                         RedFlagAction::Referred, RedFlagAction::None};
std::string_view to_string(RedFlagAction a);
std::optional<RedFlagAction> parse_red_flag_action(std::string_view id);
std::string_view label(RedFlagAction a); // "Changed the plan"

struct Acknowledgement {
    RedFlagAction action = RedFlagAction::None;
    std::string note;      // what was done and why; never blank
    std::int64_t by = 0;   // clinician id
    std::string at;        // UTC, 2026-11-25T10:05:00Z
    bool operator==(const Acknowledgement&) const = default;
};

// A flag is unique per (rule, source kind, source id): the same record never raises the same
// rule twice, however often the rules run. Stored as a unique index; "bleeding:note:42" in text.
struct RedFlagKey {
    RedFlagRule rule = RedFlagRule::Bleeding;
    RedFlagSource source = RedFlagSource::Note;
    std::int64_t source_id = 0;
    auto operator<=>(const RedFlagKey&) const = default;
};
std::string to_string(const RedFlagKey& key);

struct RedFlag {
    std::int64_t id = 0;         // 0 until stored
    std::int64_t patient_id = 0;
    std::int64_t version = 0;    // bumped by the store on acknowledgement
    RedFlagRule rule = RedFlagRule::Bleeding;
    RedFlagSeverity severity = RedFlagSeverity::Urgent; // kept as raised, even if severity_of changes later
    std::string message;         // "Bleeding reported in the home log of 2026-11-20"
    RedFlagSource source = RedFlagSource::Note;
    std::int64_t source_id = 0;
    Date on;                     // the date the flag refers to (the source record's date)
    std::string raised_at;       // UTC instant, set by the service that stores it; "" from the rules
    std::optional<Acknowledgement> acknowledgement;

    RedFlagKey key() const { return RedFlagKey{rule, source, source_id}; }
    RedFlagStatus status() const { return acknowledgement ? RedFlagStatus::Acknowledged : RedFlagStatus::Open; }
    bool operator==(const RedFlag&) const = default;
};

std::vector<RedFlagKey> keys_of(const std::vector<RedFlag>& flags);
// The `candidates` whose key is not among `existing`, each key once (the first candidate with
// it wins), in their order. What a service writes after running the rules, and what
// `flags rescan` adds.
std::vector<RedFlag> flags_not_yet_raised(std::vector<RedFlag> candidates, const std::vector<RedFlagKey>& existing);

// Field names: action, note.
struct AcknowledgementForm {
    std::string action;
    std::string note;

    static AcknowledgementForm from(const Acknowledgement& a);
};

inline constexpr std::size_t max_acknowledgement_note = 2000; // characters

// Rules: action "required", "one-of"; note "required", "max-length" (and the common text rules).
std::vector<FieldError> check_acknowledgement_form(const AcknowledgementForm& form);
// The acknowledgement by clinician `by` at the UTC instant `at`. Throws ClinicianRequired without
// a clinician, InvalidInput for a broken rule (a malformed `at` is field "at", "instant-format").
Acknowledgement acknowledgement_from_form(const AcknowledgementForm& form, std::int64_t by, std::string_view at);
// `flag` acknowledged. Throws Conflict when it already is (checked first), else as
// acknowledgement_from_form.
RedFlag acknowledged(const RedFlag& flag, const AcknowledgementForm& form, std::int64_t by, std::string_view at);

// The clinic's configurable thresholds (pain NRS 0-10). A change applies to records evaluated
// from then on; existing records are re-evaluated only by an explicit rescan.
struct RedFlagSettings {
    int pain_threshold = 7;             // pain-threshold: pain NRS at or above it
    int progression_pain_threshold = 4; // progression-too-fast: any step up with pain at or above it
    bool operator==(const RedFlagSettings&) const = default;
};

// Field names: pain-threshold, progression-pain-threshold. Empty fields take the defaults.
struct RedFlagSettingsForm {
    std::string pain_threshold;
    std::string progression_pain_threshold;

    static RedFlagSettingsForm from(const RedFlagSettings& s);
};

// Rules: "number-format", "range" (0 to 10).
std::vector<FieldError> check_red_flag_settings_form(const RedFlagSettingsForm& form);
RedFlagSettings red_flag_settings_from_form(const RedFlagSettingsForm& form); // throws InvalidInput
// The same rules on stored values (a settings row read back).
std::vector<FieldError> check_red_flag_settings(const RedFlagSettings& settings);

} // namespace fc
