#pragma once
// The parts a therapy plan is made of (DOMAIN.md "Treatment components"): each kind has its own
// parameters and rules, and patient-facing instructions printed on the home programme.
#include "core/dilator_set.h"
#include "core/errors.h"
#include "core/internal_work.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace fc {

// Stable ids: dilator|pfmt|breathing|massage|heat|education|referral (the order of ComponentParams).
enum class ComponentKind { Dilator, Pfmt, Breathing, Massage, Heat, Education, Referral };
inline constexpr ComponentKind all_component_kinds[] = {
    ComponentKind::Dilator, ComponentKind::Pfmt,      ComponentKind::Breathing, ComponentKind::Massage,
    ComponentKind::Heat,    ComponentKind::Education, ComponentKind::Referral};
std::string_view to_string(ComponentKind k);
std::optional<ComponentKind> parse_component_kind(std::string_view id);
std::string_view label(ComponentKind k); // "Dilator programme"

enum class Lubricant { Water, Silicone, Oil }; // water|silicone|oil
std::string_view to_string(Lubricant l);
std::optional<Lubricant> parse_lubricant(std::string_view id);

enum class EducationTopic { Hygiene, FibreHydration, ToiletPosture }; // hygiene|fibre-hydration|toilet-posture
inline constexpr EducationTopic all_education_topics[] = {EducationTopic::Hygiene, EducationTopic::FibreHydration,
                                                          EducationTopic::ToiletPosture};
std::string_view to_string(EducationTopic t);
std::optional<EducationTopic> parse_education_topic(std::string_view id);
std::string_view label(EducationTopic t); // "hygiene and cleaning of tools"

struct DilatorProgramme {
    std::int64_t set_id = 0;
    int start_mm = 0;
    int target_mm = 0;
    int minutes_start = 5;
    int minutes_target = 15;
    int per_week = 3;
    Lubricant lubricant = Lubricant::Water;
    bool operator==(const DilatorProgramme&) const = default;
};

struct PfmtProgramme {
    int hold_s = 5;
    int reps = 10;
    int sets = 3; // a day
    int fast = 10;
    bool relaxation = false; // down-training is the aim
    bool operator==(const PfmtProgramme&) const = default;
};

struct BreathingPractice {
    int minutes = 5;
    int per_day = 1;
    bool operator==(const BreathingPractice&) const = default;
};

struct PerinealMassage {
    int minutes = 5;
    int per_week = 3;
    bool operator==(const PerinealMassage&) const = default;
};

struct HeatTherapy {
    int minutes = 10;
    int per_week = 3;
    bool operator==(const HeatTherapy&) const = default;
};

struct Education {
    std::vector<EducationTopic> topics; // each once, in the order of all_education_topics
    std::string other_topic;
    bool operator==(const Education&) const = default;
};

struct Referral {
    std::string to;
    std::string reason;
    bool operator==(const Referral&) const = default;
};

using ComponentParams =
    std::variant<DilatorProgramme, PfmtProgramme, BreathingPractice, PerinealMassage, HeatTherapy, Education, Referral>;

struct PlanComponent {
    ComponentParams params;
    std::string instructions; // patient-facing; default_instructions(params) unless the clinician wrote them
    std::optional<PrecautionOverride> precaution_override; // recorded when it started despite open precautions

    ComponentKind kind() const { return static_cast<ComponentKind>(params.index()); }
    bool operator==(const PlanComponent&) const = default;
};

// Raw options as typed; names are the CLI's without dashes. Empty options take the defaults of
// the kind; options of another kind are refused (rule "not-applicable").
struct ComponentForm {
    std::string kind;
    // dilator
    std::string set;            // dilator set id; empty: the catalogue's default set
    std::string start_mm;       // empty: the set's smallest size
    std::string target_mm;      // empty: the set's largest size
    std::string minutes_start;  // empty: 5
    std::string minutes_target; // empty: 15 (or minutes-start when that is more)
    std::string per_week;       // dilator 3, massage 3, heat 3
    std::string lubricant;      // empty: water
    // pfmt
    std::string hold_s; // empty: 5
    std::string reps;   // empty: 10
    std::string sets;   // empty: 3
    std::string fast;   // empty: 10
    bool relaxation = false;
    // breathing, massage, heat
    std::string minutes; // breathing 5, massage 5, heat 10
    std::string per_day; // breathing 1
    // education
    std::vector<std::string> topics; // option "topic", repeatable; each may hold a comma list
    std::string other_topic;
    // referral
    std::string to;
    std::string reason;
    // every kind
    std::string instructions; // empty: default_instructions

    static ComponentForm from(const PlanComponent& c);
};

std::vector<FieldError> check_component_form(const ComponentForm& form, const DilatorCatalogue& catalogue);
PlanComponent component_from_form(const ComponentForm& form, const DilatorCatalogue& catalogue); // throws InvalidInput

// The patient-facing text made from the parameters.
std::string default_instructions(const ComponentParams& params);

// Cautions that do not refuse the component, as FieldErrors to show by the option: oil-based
// lubricant with a latex set (field "lubricant", rule "oil-degrades-latex").
std::vector<FieldError> component_warnings(const PlanComponent& c, const DilatorCatalogue& catalogue);

} // namespace fc
