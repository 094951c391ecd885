#include "core/plan_component.h"

#include "core/enum_ids.h"
#include "core/field_values.h"
#include "core/text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace fc {

static_assert(std::variant_size_v<ComponentParams> == std::size(all_component_kinds));
static_assert(
    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ComponentKind::Referral), ComponentParams>,
                   Referral>);

namespace {
struct KindInfo {
    std::string_view id;
    std::string_view label;
};
constexpr std::array<KindInfo, 7> kind_info = {{{"dilator", "Dilator programme"},
                                                {"pfmt", "Pelvic floor muscle training"},
                                                {"breathing", "Breathing and relaxation"},
                                                {"massage", "Perineal massage"},
                                                {"heat", "Heat before training"},
                                                {"education", "Education"},
                                                {"referral", "Referral"}}};
constexpr std::array<std::string_view, 3> lubricant_ids = {"water", "silicone", "oil"};
constexpr std::array<KindInfo, 3> topic_info = {{{"hygiene", "hygiene and cleaning of tools"},
                                                 {"fibre-hydration", "fibre and hydration"},
                                                 {"toilet-posture", "not rushing and toilet posture"}}};

// Which kinds each kind-specific option belongs to, to refuse options that do not apply.
struct OptionUse {
    std::string_view name;
    std::string ComponentForm::*field;
    unsigned kinds; // bits of ComponentKind
};

constexpr unsigned bit(ComponentKind k)
{
    return 1u << static_cast<unsigned>(k);
}

void refuse_foreign_options(const ComponentForm& f, ComponentKind kind, FieldCheck& check)
{
    using K = ComponentKind;
    const OptionUse options[] = {
        {"set", &ComponentForm::set, bit(K::Dilator)},
        {"start-mm", &ComponentForm::start_mm, bit(K::Dilator)},
        {"target-mm", &ComponentForm::target_mm, bit(K::Dilator)},
        {"minutes-start", &ComponentForm::minutes_start, bit(K::Dilator)},
        {"minutes-target", &ComponentForm::minutes_target, bit(K::Dilator)},
        {"per-week", &ComponentForm::per_week, bit(K::Dilator) | bit(K::Massage) | bit(K::Heat)},
        {"lubricant", &ComponentForm::lubricant, bit(K::Dilator)},
        {"hold-s", &ComponentForm::hold_s, bit(K::Pfmt)},
        {"reps", &ComponentForm::reps, bit(K::Pfmt)},
        {"sets", &ComponentForm::sets, bit(K::Pfmt)},
        {"fast", &ComponentForm::fast, bit(K::Pfmt)},
        {"minutes", &ComponentForm::minutes, bit(K::Breathing) | bit(K::Massage) | bit(K::Heat)},
        {"per-day", &ComponentForm::per_day, bit(K::Breathing)},
        {"other-topic", &ComponentForm::other_topic, bit(K::Education)},
        {"to", &ComponentForm::to, bit(K::Referral)},
        {"reason", &ComponentForm::reason, bit(K::Referral)},
    };
    const auto not_for = fmt::format("does not apply to a {} component", to_string(kind));
    for (const auto& o : options)
        if (!text::trim(f.*o.field).empty() && (o.kinds & bit(kind)) == 0)
            check.fail(o.name, "not-applicable", not_for);
    if (f.relaxation && kind != K::Pfmt)
        check.fail("relaxation", "not-applicable", not_for);
    if (!f.topics.empty() && kind != K::Education)
        check.fail("topic", "not-applicable", not_for);
}

constexpr NumberRule minutes_rule{.min = 1, .max = 60, .unit = "minutes"};
constexpr NumberRule per_week_rule{.min = 1, .max = 7, .unit = "sessions a week"};

const DilatorSet* chosen_set(const ComponentForm& f, const DilatorCatalogue& catalogue, FieldCheck& check)
{
    if (text::trim(f.set).empty()) {
        const auto* set = catalogue.default_set();
        if (!set)
            check.fail("set", "required", "is required: the clinic has no default dilator set");
        return set;
    }
    const auto id = record_id(check, "set", f.set, true);
    if (!id)
        return nullptr;
    const auto* set = catalogue.find(*id);
    if (!set)
        check.fail("set", "unknown-set", fmt::format("names no dilator set of the clinic (set {})", *id));
    else if (!set->active)
        check.fail("set", "inactive-set", fmt::format("'{}' is retired; choose an active set", set->name));
    return set && set->active ? set : nullptr;
}

DilatorProgramme read_dilator(const ComponentForm& f, const DilatorCatalogue& catalogue, FieldCheck& check)
{
    DilatorProgramme d;
    if (const auto* set = chosen_set(f, catalogue, check)) {
        d.set_id = set->id;
        d.start_mm = text::trim(f.start_mm).empty() ? set->smallest_mm()
                                                    : dilator_size(check, "start-mm", f.start_mm, set).value_or(0);
        d.target_mm = text::trim(f.target_mm).empty() ? set->largest_mm()
                                                      : dilator_size(check, "target-mm", f.target_mm, set).value_or(0);
        if (d.start_mm && d.target_mm && d.target_mm < d.start_mm)
            check.fail("target-mm", "below-start",
                       fmt::format("is {} mm, below the start size of {} mm", d.target_mm, d.start_mm));
    }
    d.minutes_start = whole_number_or(check, "minutes-start", f.minutes_start, minutes_rule, 5);
    const auto target = whole_number(check, "minutes-target", f.minutes_target, minutes_rule);
    d.minutes_target = target.value_or(std::max(15, d.minutes_start));
    if (target && *target < d.minutes_start)
        check.fail("minutes-target", "below-start",
                   fmt::format("is {} minutes, fewer than the {} minutes at the start", *target, d.minutes_start));
    d.per_week = whole_number_or(check, "per-week", f.per_week, per_week_rule, 3);
    if (!text::trim(f.lubricant).empty()) {
        const std::vector<std::string_view> ids(lubricant_ids.begin(), lubricant_ids.end());
        if (const auto id = check.one_of("lubricant", f.lubricant, ids); !id.empty())
            d.lubricant = *parse_lubricant(id);
    }
    return d;
}

Education read_education(const ComponentForm& f, FieldCheck& check)
{
    Education e;
    for (const auto& entry : f.topics)
        for (const auto& item : comma_items(entry)) {
            const auto topic = parse_education_topic(text::to_lower_ascii(item));
            if (!topic) {
                check.fail("topic", "one-of",
                           fmt::format("{}is not a topic; must be one of: hygiene, fibre-hydration, toilet-posture "
                                       "(other advice goes in other-topic)",
                                       quoted_for_message(item)));
                continue;
            }
            if (std::find(e.topics.begin(), e.topics.end(), *topic) == e.topics.end())
                e.topics.push_back(*topic);
        }
    std::sort(e.topics.begin(), e.topics.end());
    e.other_topic = check.text("other-topic", f.other_topic, TextRule{.max_length = 500});
    if (check.ok() && e.topics.empty() && e.other_topic.empty())
        check.fail("topic", "required",
                   "is required: at least one of hygiene, fibre-hydration, toilet-posture, or an other-topic text");
    return e;
}

ComponentParams read_params(ComponentKind kind, const ComponentForm& f, const DilatorCatalogue& catalogue,
                            FieldCheck& check)
{
    using K = ComponentKind;
    switch (kind) {
    case K::Dilator:
        return read_dilator(f, catalogue, check);
    case K::Pfmt:
        return PfmtProgramme{
            .hold_s = whole_number_or(check, "hold-s", f.hold_s, NumberRule{.min = 1, .max = 30, .unit = "s"}, 5),
            .reps = whole_number_or(check, "reps", f.reps, NumberRule{.min = 1, .max = 30}, 10),
            .sets = whole_number_or(check, "sets", f.sets, NumberRule{.min = 1, .max = 10, .unit = "a day"}, 3),
            .fast = whole_number_or(check, "fast", f.fast, NumberRule{.min = 0, .max = 50}, 10),
            .relaxation = f.relaxation};
    case K::Breathing:
        return BreathingPractice{.minutes = whole_number_or(check, "minutes", f.minutes, minutes_rule, 5),
                                 .per_day = whole_number_or(check, "per-day", f.per_day,
                                                            NumberRule{.min = 1, .max = 10, .unit = "a day"}, 1)};
    case K::Massage:
        return PerinealMassage{.minutes = whole_number_or(check, "minutes", f.minutes, minutes_rule, 5),
                               .per_week = whole_number_or(check, "per-week", f.per_week, per_week_rule, 3)};
    case K::Heat:
        return HeatTherapy{.minutes = whole_number_or(check, "minutes", f.minutes, minutes_rule, 10),
                           .per_week = whole_number_or(check, "per-week", f.per_week, per_week_rule, 3)};
    case K::Education:
        return read_education(f, check);
    case K::Referral:
        return Referral{.to = check.text("to", f.to, TextRule{.required = true, .max_length = 200}),
                        .reason = check.text("reason", f.reason,
                                             TextRule{.required = true, .max_length = 2000, .multiline = true})};
    }
    return PfmtProgramme{};
}

std::optional<PlanComponent> validate(const ComponentForm& f, const DilatorCatalogue& catalogue, FieldCheck& check)
{
    std::vector<std::string_view> ids;
    for (const auto& k : kind_info)
        ids.push_back(k.id);
    if (text::trim(f.kind).empty()) {
        check.fail("kind", "required", fmt::format("is required: one of {}", fmt::join(ids, ", ")));
        return std::nullopt;
    }
    const auto id = check.one_of("kind", f.kind, ids);
    if (id.empty())
        return std::nullopt;
    const auto kind = *parse_component_kind(id);
    refuse_foreign_options(f, kind, check);
    PlanComponent c{.params = read_params(kind, f, catalogue, check)};
    c.instructions = check.text("instructions", f.instructions, TextRule{.max_length = 4000, .multiline = true});
    if (c.instructions.empty())
        c.instructions = default_instructions(c.params);
    return c;
}
} // namespace

std::string_view to_string(ComponentKind k)
{
    return kind_info[static_cast<std::size_t>(k)].id;
}
std::optional<ComponentKind> parse_component_kind(std::string_view id)
{
    return enum_ids::parse_id<ComponentKind>(kind_info, id);
}
std::string_view label(ComponentKind k)
{
    return kind_info[static_cast<std::size_t>(k)].label;
}

std::string_view to_string(Lubricant l)
{
    return lubricant_ids[static_cast<std::size_t>(l)];
}
std::optional<Lubricant> parse_lubricant(std::string_view id)
{
    return enum_ids::parse_id<Lubricant>(lubricant_ids, id);
}

std::string_view to_string(EducationTopic t)
{
    return topic_info[static_cast<std::size_t>(t)].id;
}
std::optional<EducationTopic> parse_education_topic(std::string_view id)
{
    return enum_ids::parse_id<EducationTopic>(topic_info, id);
}
std::string_view label(EducationTopic t)
{
    return topic_info[static_cast<std::size_t>(t)].label;
}

std::vector<FieldError> check_component_form(const ComponentForm& form, const DilatorCatalogue& catalogue)
{
    FieldCheck check;
    validate(form, catalogue, check);
    return check.errors();
}

PlanComponent component_from_form(const ComponentForm& form, const DilatorCatalogue& catalogue)
{
    FieldCheck check;
    auto c = validate(form, catalogue, check);
    check.throw_if_failed();
    return *c;
}

std::vector<FieldError> component_warnings(const PlanComponent& c, const DilatorCatalogue& catalogue)
{
    const auto* d = std::get_if<DilatorProgramme>(&c.params);
    if (!d || d->lubricant != Lubricant::Oil)
        return {};
    const auto* set = catalogue.find(d->set_id);
    if (!set || set->material != DilatorMaterial::Latex)
        return {};
    return {FieldError{"lubricant", "oil-degrades-latex",
                       fmt::format("is oil-based, which degrades latex; the set '{}' is latex: use a water- or "
                                   "silicone-based lubricant",
                                   set->name)}};
}

} // namespace fc
