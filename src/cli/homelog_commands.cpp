#include "cli/commands.h"

#include "cli/clinical_json.h"
#include "cli/clinical_text.h"
#include "cli/option_fields.h"
#include "services/home_log_book.h"

namespace fc::cli {

void add_homelog_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("homelog", "The patient's home practice between visits");
    group->require_subcommand(1);

    auto* add = group->add_subcommand("add", "Record a home session from the patient's diary; prints its id");
    auto* patient = add->add_option("PATIENT_ID")->description("Patient id")->required();
    using F = HomeLogForm;
    const std::vector<OptionField<F>> fields = {
        text_option(add, "--date", &F::date, "Date of the home session (default today)"),
        text_option(add, "--dilator-mm", &F::dilator_mm, "Dilator size used, mm"),
        text_option(add, "--minutes", &F::minutes, "Minutes"),
        text_option(add, "--comfort", &F::comfort, "Comfort 0-10"),
        text_option(add, "--pain", &F::pain, "Pain NRS 0-10"),
        flag_option(add, "bleeding", &F::bleeding, "Bleeding was noticed"),
        text_option(add, "--text", &F::text, "The patient's words"),
    };
    add->callback([&, patient, fields] {
        run = [&, patient, fields] {
            HomeLogForm form;
            apply_given(fields, form);
            const auto logged = HomeLogBook(ctx.clinic(), ctx.acting_clinician())
                                    .add(parse_id("PATIENT_ID", value_of(patient)), form);
            auto j = to_json(logged.entry);
            j["flags_raised"] = to_json(logged.flags_raised);
            ctx.print(j, std::to_string(logged.entry.id) + "\n" + raised_flags_text(logged.flags_raised));
        };
    });

    auto* list = group->add_subcommand("list", "A patient's home-log entries");
    auto* list_patient = list->add_option("PATIENT_ID")->description("Patient id")->required();
    list->callback([&, list_patient] {
        run = [&, list_patient] {
            const auto entries =
                HomeLogBook(ctx.clinic(), Actor::nobody()).for_patient(parse_id("PATIENT_ID", value_of(list_patient)));
            auto j = nlohmann::json::array();
            for (const auto& e : entries)
                j.push_back(to_json(e));
            ctx.print(j, home_log_text(entries));
        };
    });
}

} // namespace fc::cli
