#include "core/therapy_plan.h"

#include "core/field_rules.h"
#include "core/text.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <array>

namespace fc {

namespace {
constexpr std::array<std::string_view, 3> status_ids = {"active", "completed", "stopped"};

std::string indexed(std::string_view field, std::size_t i)
{
    return fmt::format("{}[{}]", field, i + 1);
}

TherapyPlan validate(const PlanForm& f, const Date& today, FieldCheck& check)
{
    using boost::gregorian::days;
    using boost::gregorian::years;
    TherapyPlan p;
    p.title = check.text("title", f.title, TextRule{.required = true, .max_length = 200});

    if (f.conditions.size() > max_plan_conditions)
        check.fail("condition", "too-many",
                   fmt::format("lists {}; at most {} are allowed", f.conditions.size(), max_plan_conditions));
    else
        for (std::size_t i = 0; i < f.conditions.size(); ++i)
            if (auto c = check.text(indexed("condition", i), f.conditions[i], TextRule{.max_length = 200}); !c.empty())
                p.conditions.push_back(std::move(c));

    const auto start = check.date("start", f.start,
                                  DateRule{.not_before = Date(1900, 1, 1),
                                           .not_after = today + years(1),
                                           .not_after_reason = "is more than a year ahead"});
    p.start_on = start.value_or(today);
    const bool start_ok = start || text::trim(f.start).empty();
    if (start_ok) {
        const auto review = check.date(
            "review", f.review,
            DateRule{.not_before = p.start_on,
                     .not_after = p.start_on + years(2),
                     .not_after_reason = fmt::format("is more than two years after the start ({})", to_iso(p.start_on)),
                     .not_before_reason = fmt::format("is before the plan's start ({})", to_iso(p.start_on))});
        p.review_on = review.value_or(p.start_on + days(42));
    }

    if (f.goals.size() > max_plan_goals)
        check.fail("goal", "too-many", fmt::format("lists {}; at most {} are allowed", f.goals.size(), max_plan_goals));
    else
        for (std::size_t i = 0; i < f.goals.size(); ++i) {
            Goal g;
            g.text = check.text(indexed("goal", i), f.goals[i].text, TextRule{.required = true, .max_length = 500});
            g.target_on = check.date(
                indexed("goal-target", i), f.goals[i].target,
                DateRule{.not_before = start_ok ? p.start_on : Date(1900, 1, 1),
                         .not_before_reason = fmt::format("is before the plan's start ({})", to_iso(p.start_on))});
            g.achieved = f.goals[i].achieved;
            p.goals.push_back(std::move(g));
        }

    if (!text::trim(f.status).empty()) {
        const std::vector<std::string_view> ids(status_ids.begin(), status_ids.end());
        if (const auto id = check.one_of("status", f.status, ids); !id.empty())
            p.status = *parse_plan_status(id);
    }
    p.stop_reason = check.text("stop-reason", f.stop_reason, TextRule{.max_length = 1000, .multiline = true});
    if (p.status == PlanStatus::Stopped && p.stop_reason.empty() && text::trim(f.stop_reason).empty())
        check.fail("stop-reason", "required", "is required when the plan is stopped");
    if (p.status != PlanStatus::Stopped && !p.stop_reason.empty())
        check.fail("stop-reason", "not-stopped", "is only recorded when the plan is stopped");
    return p;
}
} // namespace

std::string_view to_string(PlanStatus s)
{
    return status_ids[static_cast<std::size_t>(s)];
}

std::optional<PlanStatus> parse_plan_status(std::string_view id)
{
    for (std::size_t i = 0; i < status_ids.size(); ++i)
        if (status_ids[i] == id)
            return static_cast<PlanStatus>(i);
    return std::nullopt;
}

PlanForm PlanForm::from(const TherapyPlan& plan)
{
    PlanForm f{.title = plan.title,
               .conditions = plan.conditions,
               .start = to_iso(plan.start_on),
               .review = to_iso(plan.review_on),
               .status = std::string(to_string(plan.status)),
               .stop_reason = plan.stop_reason};
    for (const auto& g : plan.goals)
        f.goals.push_back(GoalForm{g.text, g.target_on ? to_iso(*g.target_on) : std::string(), g.achieved});
    return f;
}

std::vector<FieldError> check_plan_form(const PlanForm& form, const Date& today)
{
    FieldCheck check;
    validate(form, today, check);
    return check.errors();
}

TherapyPlan plan_from_form(const PlanForm& form, const Date& today)
{
    FieldCheck check;
    auto p = validate(form, today, check);
    check.throw_if_failed();
    return p;
}

const DilatorProgramme* dilator_programme(const TherapyPlan& plan)
{
    for (const auto& c : plan.components)
        if (const auto* d = std::get_if<DilatorProgramme>(&c.params))
            return d;
    return nullptr;
}

TherapyPlan with_component(TherapyPlan plan, PlanComponent c)
{
    if (c.kind() == ComponentKind::Dilator && dilator_programme(plan))
        throw Conflict(fmt::format("the plan '{}' already has a dilator programme; change that one instead of "
                                   "adding a second",
                                   plan.title));
    plan.components.push_back(std::move(c));
    return plan;
}

const PlanVersion* plan_on(const std::vector<PlanVersion>& versions, const Date& on)
{
    const PlanVersion* best = nullptr;
    for (const auto& v : versions)
        if (v.effective_on <= on && (!best || v.effective_on > best->effective_on ||
                                     (v.effective_on == best->effective_on && v.number > best->number)))
            best = &v;
    return best;
}

const PlanVersion* latest_plan_version(const std::vector<PlanVersion>& versions)
{
    const PlanVersion* best = nullptr;
    for (const auto& v : versions)
        if (!best || v.number > best->number)
            best = &v;
    return best;
}

PlanVersion next_plan_version(const std::vector<PlanVersion>& history, TherapyPlan plan, const Date& effective,
                              std::int64_t clinician_id)
{
    PlanVersion v;
    v.number = 1;
    if (const auto* last = latest_plan_version(history)) {
        if (effective < last->effective_on)
            throw InvalidInput(FieldError{
                "effective", "too-early",
                fmt::format("{} is before version {} of the plan ({}); a change cannot rewrite the plan's history",
                            to_iso(effective), last->number, to_iso(last->effective_on))});
        v.number = last->number + 1;
        v.episode_id = last->episode_id;
    }
    v.effective_on = effective;
    v.clinician_id = clinician_id;
    v.plan = std::move(plan);
    return v;
}

} // namespace fc
