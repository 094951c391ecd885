#include "cli/commands.h"

#include "cli/json_output.h"
#include "cli/terminal_text.h"
#include "cli/text_table.h"
#include "services/clinician_directory.h"

#include <fmt/format.h>

namespace fc::cli {

void add_clinician_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("clinician", "Clinicians of the clinic");
    group->require_subcommand(1);

    auto* add = group->add_subcommand("add", "Add a clinician; prints the new id");
    auto* name = add->add_option("--name")->description("Full name");
    auto* profession = add->add_option("--profession")->description("Profession (default: Physiotherapist)");
    auto* registration = add->add_option("--registration")->description("Professional registration number");
    add->callback([&, name, profession, registration] {
        run = [&, name, profession, registration] {
            ClinicianForm form;
            if (name->count())
                form.name = name->as<std::string>();
            if (profession->count())
                form.profession = profession->as<std::string>();
            if (registration->count())
                form.registration = registration->as<std::string>();
            auto& clinic = ctx.clinic();
            const auto c = ClinicianDirectory(clinic).add(form, ctx.known_clinician());
            ctx.print(to_json(c), std::to_string(c.id));
        };
    });

    auto* list = group->add_subcommand("list", "List clinicians");
    list->callback([&] {
        run = [&] {
            const auto all = ClinicianDirectory(ctx.clinic()).list(true);
            nlohmann::json j = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& c : all) {
                j.push_back(to_json(c));
                rows.push_back({std::to_string(c.id), shown(c.name), shown(c.profession), shown(c.registration),
                                c.active ? "active" : "inactive"});
            }
            ctx.print(j, all.empty() ? "No clinicians yet: add one with 'clinician add --name NAME'."
                                     : format_table({"ID", "Name", "Profession", "Registration", "Status"}, rows));
        };
    });

    for (const bool active : {false, true}) {
        auto* sub = group->add_subcommand(active ? "activate" : "deactivate",
                                          active ? "Mark a clinician active again" : "Mark a clinician inactive");
        auto* id = sub->add_option("ID")->description("Clinician id")->required();
        sub->callback([&, id, active] {
            run = [&, id, active] {
                const auto cid = parse_id("ID", id->count() ? id->as<std::string>() : std::string());
                auto& clinic = ctx.clinic();
                const auto c = ClinicianDirectory(clinic).set_active(cid, active, ctx.acting_clinician());
                ctx.print(to_json(c), fmt::format("Clinician {} ({}) is {}.", c.id, shown(c.name),
                                                  c.active ? "active" : "inactive"));
            };
        });
    }
}

} // namespace fc::cli
