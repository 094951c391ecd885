#include "core/red_flag.h"

#include "core/enum_ids.h"

#include "core/field_rules.h"
#include "core/field_values.h"
#include "core/text.h"
#include "core/time_of_day.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace fc {

namespace {
struct RuleInfo {
    std::string_view id;
    std::string_view label;
    RedFlagSeverity severity;
};

// Severities, as a pelvic-health physiotherapist would triage them:
// - urgent: signs that may need a doctor before the patient trains again, or work that should
//   not be happening at all. Any bleeding (rectal bleeding with a fissure, haemorrhoids or after
//   surgery needs medical assessment); sharp or intense pain and pain at or above the threshold
//   (stop the programme and assess for tissue injury); dilator work while a precaution is open
//   and not cleared (contraindicated until a medical practitioner clears it); and the
//   general-practice screening answers (change in bowel habit, unexplained weight loss, night
//   pain, fever point to serious pathology and call for medical referral).
// - review: signs that the dose or the progression needs adjusting, looked at by the next
//   appointment: burning (often irritation or the lubricant), soreness beyond 24 h (dose too
//   high), worsening of a known condition, progression too fast (step back a size).
constexpr std::array<RuleInfo, 9> rule_info = {{
    {"bleeding", "Bleeding", RedFlagSeverity::Urgent},
    {"sharp-pain", "Sharp or intense pain", RedFlagSeverity::Urgent},
    {"pain-threshold", "Pain at or above the threshold", RedFlagSeverity::Urgent},
    {"burning", "Burning", RedFlagSeverity::Review},
    {"persisting-soreness", "Pain or soreness beyond 24 hours", RedFlagSeverity::Review},
    {"worsening", "Worsening of a known condition", RedFlagSeverity::Review},
    {"progression-too-fast", "Progression too fast", RedFlagSeverity::Review},
    {"precaution-not-cleared", "Dilator work with a precaution not cleared", RedFlagSeverity::Urgent},
    {"screening", "Screening answer", RedFlagSeverity::Urgent},
}};

constexpr std::array<std::string_view, 2> severity_ids = {"urgent", "review"};

struct Named {
    std::string_view id;
    std::string_view label;
};
constexpr std::array<Named, 4> source_info = {{{"note", "session note"},
                                               {"home-log", "home log entry"},
                                               {"plan-version", "plan version"},
                                               {"precaution", "precaution"}}};
constexpr std::array<std::string_view, 2> status_ids = {"open", "acknowledged"};
constexpr std::array<Named, 4> action_info = {{{"advised", "Advised the patient"},
                                               {"plan-changed", "Changed the plan"},
                                               {"referred", "Referred"},
                                               {"none", "No action needed"}}};

template <typename Enum>
std::size_t index(Enum e)
{
    return static_cast<std::size_t>(e);
}

Acknowledgement read_acknowledgement(const AcknowledgementForm& f, FieldCheck& check)
{
    Acknowledgement a;
    if (text::trim(f.action).empty()) {
        check.fail("action", "required", "is required: advised, plan-changed, referred or none");
    } else {
        std::vector<std::string_view> ids;
        for (const auto& info : action_info)
            ids.push_back(info.id);
        if (const auto id = check.one_of("action", f.action, ids); !id.empty())
            a.action = *parse_red_flag_action(id);
    }
    a.note = check.text("note", f.note,
                        TextRule{.required = true, .max_length = max_acknowledgement_note, .multiline = true});
    return a;
}

RedFlagSettings read_settings(const RedFlagSettingsForm& f, FieldCheck& check)
{
    const NumberRule nrs{.min = 0, .max = 10};
    const RedFlagSettings defaults;
    RedFlagSettings s;
    s.pain_threshold = whole_number_or(check, "pain-threshold", f.pain_threshold, nrs, defaults.pain_threshold);
    s.progression_pain_threshold = whole_number_or(check, "progression-pain-threshold", f.progression_pain_threshold,
                                                   nrs, defaults.progression_pain_threshold);
    return s;
}
} // namespace

std::string_view to_string(RedFlagRule r)
{
    return rule_info[index(r)].id;
}

std::optional<RedFlagRule> parse_red_flag_rule(std::string_view id)
{
    return enum_ids::parse_id<RedFlagRule>(rule_info, id);
}

std::string_view label(RedFlagRule r)
{
    return rule_info[index(r)].label;
}

std::string_view to_string(RedFlagSeverity s)
{
    return severity_ids[index(s)];
}

std::optional<RedFlagSeverity> parse_red_flag_severity(std::string_view id)
{
    return enum_ids::parse_id<RedFlagSeverity>(severity_ids, id);
}

RedFlagSeverity severity_of(RedFlagRule rule)
{
    return rule_info[index(rule)].severity;
}

std::string_view to_string(RedFlagSource s)
{
    return source_info[index(s)].id;
}

std::optional<RedFlagSource> parse_red_flag_source(std::string_view id)
{
    return enum_ids::parse_id<RedFlagSource>(source_info, id);
}

std::string_view label(RedFlagSource s)
{
    return source_info[index(s)].label;
}

std::string_view to_string(RedFlagStatus s)
{
    return status_ids[index(s)];
}

std::optional<RedFlagStatus> parse_red_flag_status(std::string_view id)
{
    return enum_ids::parse_id<RedFlagStatus>(status_ids, id);
}

std::string_view to_string(RedFlagAction a)
{
    return action_info[index(a)].id;
}

std::optional<RedFlagAction> parse_red_flag_action(std::string_view id)
{
    return enum_ids::parse_id<RedFlagAction>(action_info, id);
}

std::string_view label(RedFlagAction a)
{
    return action_info[index(a)].label;
}

std::string to_string(const RedFlagKey& key)
{
    return fmt::format("{}:{}:{}", to_string(key.rule), to_string(key.source), key.source_id);
}

std::vector<RedFlagKey> keys_of(const std::vector<RedFlag>& flags)
{
    std::vector<RedFlagKey> keys;
    keys.reserve(flags.size());
    for (const auto& f : flags)
        keys.push_back(f.key());
    return keys;
}

std::vector<RedFlag> flags_not_yet_raised(std::vector<RedFlag> candidates, const std::vector<RedFlagKey>& existing)
{
    auto seen = existing;
    std::sort(seen.begin(), seen.end());
    std::vector<RedFlag> out;
    for (auto& c : candidates) {
        const auto key = c.key();
        const auto at = std::lower_bound(seen.begin(), seen.end(), key);
        if (at != seen.end() && *at == key)
            continue;
        seen.insert(at, key);
        out.push_back(std::move(c));
    }
    return out;
}

AcknowledgementForm AcknowledgementForm::from(const Acknowledgement& a)
{
    return AcknowledgementForm{.action = std::string(to_string(a.action)), .note = a.note};
}

std::vector<FieldError> check_acknowledgement_form(const AcknowledgementForm& form)
{
    FieldCheck check;
    read_acknowledgement(form, check);
    return check.errors();
}

Acknowledgement acknowledgement_from_form(const AcknowledgementForm& form, std::int64_t by, std::string_view at)
{
    if (by <= 0)
        throw ClinicianRequired("acknowledging a red flag needs the clinician who acknowledges it");
    FieldCheck check;
    auto a = read_acknowledgement(form, check);
    if (!is_utc_instant(at))
        check.fail("at", "instant-format",
                   fmt::format("{}is not a UTC instant in the form YYYY-MM-DDTHH:MM:SSZ", quoted_for_message(at)));
    check.throw_if_failed();
    a.by = by;
    a.at = std::string(at);
    return a;
}

RedFlag acknowledged(const RedFlag& flag, const AcknowledgementForm& form, std::int64_t by, std::string_view at)
{
    if (flag.acknowledgement)
        throw Conflict(fmt::format("red flag {} ({}, {}) was already acknowledged by clinician {} at {}", flag.id,
                                   to_string(flag.rule), to_iso(flag.on), flag.acknowledgement->by,
                                   flag.acknowledgement->at));
    auto out = flag;
    out.acknowledgement = acknowledgement_from_form(form, by, at);
    return out;
}

RedFlagSettingsForm RedFlagSettingsForm::from(const RedFlagSettings& s)
{
    return RedFlagSettingsForm{.pain_threshold = std::to_string(s.pain_threshold),
                               .progression_pain_threshold = std::to_string(s.progression_pain_threshold)};
}

std::vector<FieldError> check_red_flag_settings_form(const RedFlagSettingsForm& form)
{
    FieldCheck check;
    read_settings(form, check);
    return check.errors();
}

RedFlagSettings red_flag_settings_from_form(const RedFlagSettingsForm& form)
{
    FieldCheck check;
    auto s = read_settings(form, check);
    check.throw_if_failed();
    return s;
}

std::vector<FieldError> check_red_flag_settings(const RedFlagSettings& settings)
{
    return check_red_flag_settings_form(RedFlagSettingsForm::from(settings));
}

} // namespace fc
