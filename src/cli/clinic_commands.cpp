#include "cli/commands.h"

#include "core/errors.h"
#include "services/demo_clinic.h"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace fc::cli {

void add_clinic_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* init = app.add_subcommand("init", "Create the clinic file (or check that it opens)");
    init->callback([&] {
        run = [&] {
            auto& clinic = ctx.clinic(true);
            const auto health = clinic.check();
            ctx.print({{"path", clinic.path().string()}, {"schema_version", health.schema_version}},
                      fmt::format("Clinic file {} is ready (schema {}).", clinic.path().string(),
                                  health.schema_version));
        };
    });

    auto* check = app.add_subcommand("check", "Check the clinic file's integrity and schema");
    auto* thorough = check->add_flag("--thorough")->description("Run the full integrity_check instead of quick_check");
    check->callback([&, thorough] {
        run = [&, thorough] {
            auto& clinic = ctx.clinic(false);
            const auto h = clinic.check(thorough->count() > 0);
            nlohmann::json j = {{"path", clinic.path().string()},
                                {"ok", h.ok},
                                {"schema_version", h.schema_version},
                                {"latest_schema_version", h.latest_schema_version},
                                {"problems", h.problems},
                                {"patients", h.patients},
                                {"clinicians", h.clinicians},
                                {"audit_entries", h.audit_entries}};
            std::string text = fmt::format("{}: {}\nschema: {} (this FloorChart: {})\n", clinic.path().string(),
                                           h.ok ? "ok" : "NOT HEALTHY", h.schema_version, h.latest_schema_version);
            for (const auto& p : h.problems)
                text += "problem: " + p + "\n";
            if (h.ok)
                text += fmt::format("{} patients, {} clinicians, {} audit entries\n", h.patients, h.clinicians,
                                    h.audit_entries);
            ctx.print(j, text);
            if (!h.ok)
                throw Error("the clinic file is not healthy");
        };
    });

    auto* demo = app.add_subcommand("demo", "Fill the clinic file with a synthetic demonstration clinic");
    auto* patients = demo->add_option("--patients")->description("Number of synthetic patients (default 200)");
    auto* seed = demo->add_option("--seed")->description("Seed; the same seed gives the same clinic (default 1)");
    demo->callback([&, patients, seed] {
        run = [&, patients, seed] {
            DemoOptions options;
            if (patients->count())
                options.patients = static_cast<int>(
                    std::min<std::int64_t>(parse_id("patients", patients->as<std::string>()), 2'000'000));
            if (seed->count())
                options.seed = static_cast<std::uint32_t>(parse_id("seed", seed->as<std::string>()));
            if (isatty(STDOUT_FILENO) && !ctx.json)
                options.progress = [](int done, int total) {
                    std::fprintf(stderr, "\rcreating patients: %d of %d", done, total);
                    if (done == total)
                        std::fprintf(stderr, "\n");
                };
            const auto s = fill_demo_clinic(ctx.clinic(), options);
            ctx.print({{"clinicians_added", s.clinicians_added},
                       {"patients_added", s.patients_added},
                       {"conditions_added", s.conditions_added},
                       {"precautions_added", s.precautions_added},
                       {"consents_added", s.consents_added},
                       {"plans_added", s.plans_added},
                       {"notes_added", s.notes_added},
                       {"home_log_added", s.home_log_added},
                       {"appointments_added", s.appointments_added},
                       {"flags_raised", s.flags_raised}},
                      fmt::format("Added {} clinicians, {} patients, {} conditions, {} precautions, {} consent "
                                  "records, {} plans, {} session notes, {} home-log entries and {} appointments (all synthetic); "
                                  "{} red flags raised.",
                                  s.clinicians_added, s.patients_added, s.conditions_added, s.precautions_added,
                                  s.consents_added, s.plans_added, s.notes_added, s.home_log_added,
                                  s.appointments_added, s.flags_raised));
        };
    });
}

} // namespace fc::cli
