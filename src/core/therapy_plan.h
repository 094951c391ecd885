#pragma once
// A patient's episode of care and its therapy plan: what is treated, the goals, the dates, the
// status and the components. A change never overwrites history: each change is a new dated
// PlanVersion holding the whole plan, so a report can show what the plan was on any date.
#include "core/date.h"
#include "core/errors.h"
#include "core/plan_component.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class PlanStatus { Active, Completed, Stopped }; // active|completed|stopped
std::string_view to_string(PlanStatus s);
std::optional<PlanStatus> parse_plan_status(std::string_view id);

struct Goal {
    std::string text;
    std::optional<Date> target_on;
    bool achieved = false;
    bool operator==(const Goal&) const = default;
};

// The content of a plan: what one version snapshots in full.
struct TherapyPlan {
    std::string title;
    std::vector<std::string> conditions; // labels of the conditions treated, or free text
    std::vector<Goal> goals;
    Date start_on;
    Date review_on; // not before start_on
    PlanStatus status = PlanStatus::Active;
    std::string stop_reason; // set exactly when stopped
    std::vector<PlanComponent> components;
    bool operator==(const TherapyPlan&) const = default;
};

struct PlanVersion {
    std::int64_t id = 0;
    std::int64_t episode_id = 0;
    int number = 0; // 1, 2, ... within the episode
    Date effective_on;
    std::int64_t clinician_id = 0; // who made the change
    TherapyPlan plan;
};

struct EpisodeOfCare {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t version = 0;
    Date opened_on;
    std::vector<PlanVersion> plan_versions;
};

struct GoalForm {
    std::string text;
    std::string target; // YYYY-MM-DD, optional
    bool achieved = false;
};

// Field names: title, condition[N], goal[N], goal-target[N] (N from 1, for repeated options),
// start, review, status, stop-reason. Components are added one by one (component_from_form).
struct PlanForm {
    std::string title;
    std::vector<std::string> conditions;
    std::vector<GoalForm> goals;
    std::string start;  // empty: today
    std::string review; // empty: six weeks after the start
    std::string status; // empty: active
    std::string stop_reason;

    static PlanForm from(const TherapyPlan& plan);
};

inline constexpr std::size_t max_plan_conditions = 20;
inline constexpr std::size_t max_plan_goals = 20;

// Rules: title "required"; start "too-late" (more than a year ahead); review "too-early" (before
// the start), "too-late" (more than two years after it); goal-target[N] "too-early" (before the
// start); status "one-of"; stop-reason "required" when stopped, "not-stopped" otherwise;
// condition / goal "too-many".
std::vector<FieldError> check_plan_form(const PlanForm& form, const Date& today);
// The validated plan with no components (keep the current ones when revising). Throws InvalidInput.
TherapyPlan plan_from_form(const PlanForm& form, const Date& today);

// The plan's first dilator programme, if it has one.
const DilatorProgramme* dilator_programme(const TherapyPlan& plan);
const DilatorProgramme* dilator_programme(const TherapyPlan&& plan) = delete; // would dangle
// `plan` with `c` appended; Conflict when it would hold a second dilator programme.
TherapyPlan with_component(TherapyPlan plan, PlanComponent c);

// The version in force on `on`: the latest effective on or before it, the higher number on the
// same day; nullptr before the first version.
const PlanVersion* plan_on(const std::vector<PlanVersion>& versions, const Date& on);
const PlanVersion* plan_on(const std::vector<PlanVersion>&& versions, const Date& on) = delete;
// The newest version (highest number); nullptr when there is none.
const PlanVersion* latest_plan_version(const std::vector<PlanVersion>& versions);
const PlanVersion* latest_plan_version(const std::vector<PlanVersion>&& versions) = delete;
// The version after `history`: the next number, effective on `effective`, which must not be
// before the newest version's date (field "effective", rule "too-early"). Throws InvalidInput.
PlanVersion next_plan_version(const std::vector<PlanVersion>& history, TherapyPlan plan, const Date& effective,
                              std::int64_t clinician_id);

} // namespace fc
