#include "cli/commands.h"

#include "cli/clinical_json.h"
#include "cli/clinical_text.h"
#include "cli/option_fields.h"
#include "cli/terminal_text.h"
#include "cli/text_table.h"
#include "core/field_rules.h"
#include "services/therapy_plans.h"

#include <fmt/format.h>

#include <iostream>

namespace fc::cli {

namespace {
std::vector<OptionField<ComponentForm>> component_options(CLI::App* cmd)
{
    using F = ComponentForm;
    std::vector<OptionField<F>> out = {
        text_option(cmd, "--set", &F::set, "Dilator set id (default: the clinic's default set)"),
        text_option(cmd, "--start-mm", &F::start_mm, "Starting dilator size in mm"),
        text_option(cmd, "--target-mm", &F::target_mm, "Target dilator size in mm"),
        text_option(cmd, "--minutes-start", &F::minutes_start, "Minutes per session at the start"),
        text_option(cmd, "--minutes-target", &F::minutes_target, "Minutes per session at the target"),
        text_option(cmd, "--per-week", &F::per_week, "Sessions per week"),
        text_option(cmd, "--lubricant", &F::lubricant, "water|silicone|oil"),
        text_option(cmd, "--hold-s", &F::hold_s, "PFMT: hold in seconds"),
        text_option(cmd, "--reps", &F::reps, "PFMT: repetitions"),
        text_option(cmd, "--sets", &F::sets, "PFMT: sets a day"),
        text_option(cmd, "--fast", &F::fast, "PFMT: fast contractions"),
        flag_option(cmd, "relaxation", &F::relaxation, "PFMT: relaxation (down-training) is the aim"),
        text_option(cmd, "--minutes", &F::minutes, "Breathing, massage, heat: minutes"),
        text_option(cmd, "--per-day", &F::per_day, "Breathing: times a day"),
        text_option(cmd, "--other-topic", &F::other_topic, "Education: another topic"),
        text_option(cmd, "--to", &F::to, "Referral: to whom"),
        text_option(cmd, "--reason", &F::reason, "Referral: why"),
        text_option(cmd, "--instructions", &F::instructions, "Patient-facing instructions (default: written for you)"),
    };
    out.push_back({cmd->add_option("--topic")
                       ->description("Education: hygiene|fibre-hydration|toilet-posture (repeatable)")
                       ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
                   [](F& f, const CLI::Option& o) { f.topics = o.as<std::vector<std::string>>(); }});
    return out;
}

const PlanVersion& shown_version(const EpisodeOfCare& e, const std::string& on)
{
    if (on.empty())
        return *latest_plan_version(e.plan_versions);
    FieldCheck check;
    const auto date = check.date("on", on, DateRule{.required = true});
    check.throw_if_failed();
    const auto* v = plan_on(e.plan_versions, *date);
    if (!v)
        throw NotFound(fmt::format("plan {} had no version in force on {} (it starts on {})", e.id, to_iso(*date),
                                   to_iso(e.plan_versions.front().effective_on)));
    return *v;
}
} // namespace

void add_plan_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("plan", "Therapy plans (episodes of care with dated versions)");
    group->require_subcommand(1);

    auto* add = group->add_subcommand("add", "Start a therapy plan for a patient; prints the plan's id");
    auto* patient = add->add_option("PATIENT_ID")->description("Patient id")->required();
    auto* title = add->add_option("--title")->description("Title, e.g. 'Chronic fissure: dilator programme'");
    auto* start = add->add_option("--start")->description("Start date (default today)");
    auto* review = add->add_option("--review")->description("Review date (default six weeks after the start)");
    auto* conditions = add->add_option("--condition")
                           ->description("A condition it treats (repeatable)")
                           ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    auto* goals = add->add_option("--goal")
                      ->description("A goal (repeatable)")
                      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    add->callback([&, patient, title, start, review, conditions, goals] {
        run = [&, patient, title, start, review, conditions, goals] {
            PlanForm form{.title = value_of(title), .start = value_of(start), .review = value_of(review)};
            if (conditions->count())
                form.conditions = conditions->as<std::vector<std::string>>();
            if (goals->count())
                for (const auto& g : goals->as<std::vector<std::string>>())
                    form.goals.push_back(GoalForm{.text = g});
            const auto pid = parse_id("PATIENT_ID", value_of(patient));
            const auto e = TherapyPlans(ctx.clinic(), ctx.acting_clinician()).add(pid, form);
            ctx.print(to_json(e, e.plan_versions.back()), std::to_string(e.id));
        };
    });

    auto* list = group->add_subcommand("list", "A patient's plans");
    auto* list_patient = list->add_option("PATIENT_ID")->description("Patient id")->required();
    list->callback([&, list_patient] {
        run = [&, list_patient] {
            const auto pid = parse_id("PATIENT_ID", value_of(list_patient));
            const auto plans = TherapyPlans(ctx.clinic(), Actor::nobody()).for_patient(pid);
            auto j = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& e : plans) {
                const auto& v = *latest_plan_version(e.plan_versions);
                j.push_back(to_json(e, v));
                rows.push_back({std::to_string(e.id), shown(v.plan.title), std::string(to_string(v.plan.status)),
                                to_iso(v.plan.start_on), to_iso(v.plan.review_on), std::to_string(v.number)});
            }
            ctx.print(j, plans.empty() ? "No plans." : format_table({"ID", "Title", "Status", "Start", "Review", "Version"}, rows));
        };
    });

    auto* show = group->add_subcommand("show", "Show a plan as it is now, or as it was on a date");
    auto* show_id = show->add_option("PLAN_ID")->description("Plan id")->required();
    auto* on = show->add_option("--on")->description("Show the version in force on this date");
    show->callback([&, show_id, on] {
        run = [&, show_id, on] {
            const auto id = parse_id("PLAN_ID", value_of(show_id));
            auto& clinic = ctx.clinic();
            const auto e = TherapyPlans(clinic, Actor::nobody()).get(id);
            const auto& v = shown_version(e, value_of(on));
            ctx.print(to_json(e, v), plan_text(e, v));
        };
    });

    auto* component = group->add_subcommand("component", "Parts of a plan");
    component->require_subcommand(1);
    auto* cadd = component->add_subcommand("add", "Add a component (a new dated plan version)");
    auto* plan_id = cadd->add_option("PLAN_ID")->description("Plan id")->required();
    auto* kind = cadd->add_option("--kind")->description("dilator|pfmt|breathing|massage|heat|education|referral");
    auto* override_reason = cadd->add_option("--override-precaution")
                                ->description("Start internal work despite open precautions, for this reason");
    auto fields = component_options(cadd);
    cadd->callback([&, plan_id, kind, override_reason, fields] {
        run = [&, plan_id, kind, override_reason, fields] {
            ComponentForm form;
            form.kind = value_of(kind);
            apply_given(fields, form);
            const auto id = parse_id("PLAN_ID", value_of(plan_id));
            const auto added = TherapyPlans(ctx.clinic(), ctx.acting_clinician())
                                   .add_component(id, form, OverrideForm{value_of(override_reason)});
            for (const auto& w : added.warnings)
                std::cerr << "caution: " << w.describe() << '\n';
            const auto& v = added.plan.plan_versions.back();
            auto j = to_json(added.plan, v);
            j["flags_raised"] = to_json(added.flags_raised);
            ctx.print(j, fmt::format("Plan {} is now at version {}.\n{}", added.plan.id, v.number,
                                     raised_flags_text(added.flags_raised)));
        };
    });
}

void add_dilator_set_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("dilator-set", "The clinic's catalogue of dilator sets");
    group->require_subcommand(1);
    auto* list = group->add_subcommand("list", "List dilator sets");
    list->callback([&] {
        run = [&] {
            const auto catalogue = TherapyPlans(ctx.clinic(), Actor::nobody()).catalogue();
            auto j = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& s : catalogue.sets) {
                j.push_back(to_json(s));
                j.back()["default"] = s.id == catalogue.default_set_id;
                rows.push_back({std::to_string(s.id), shown(s.name) + (s.id == catalogue.default_set_id ? " (default)" : ""),
                                std::string(to_string(s.material)), sizes_text(s)});
            }
            ctx.print(j, format_table({"ID", "Name", "Material", "Sizes"}, rows));
        };
    });
    auto* add = group->add_subcommand("add", "Add a dilator set; prints its id");
    auto* name = add->add_option("--name")->description("Name");
    auto* material = add->add_option("--material")->description("silicone|plastic|glass|metal|latex|other");
    auto* sizes = add->add_option("--sizes")->description("Sizes in mm, ascending: '10,13,16'");
    add->callback([&, name, material, sizes] {
        run = [&, name, material, sizes] {
            const auto s = TherapyPlans(ctx.clinic(), ctx.acting_clinician())
                               .add_dilator_set({value_of(name), value_of(material), value_of(sizes)});
            ctx.print(to_json(s), std::to_string(s.id));
        };
    });
}

} // namespace fc::cli
