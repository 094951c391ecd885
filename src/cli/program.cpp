#include "cli/program.h"

#include "cli/commands.h"
#include "cli/terminal_text.h"
#include "core/errors.h"

#include <iostream>

namespace fc::cli {

namespace {

const CLI::App& innermost_command(const CLI::App& app)
{
    const CLI::App* at = &app;
    for (;;) {
        const auto chosen = at->get_subcommands();
        if (chosen.empty())
            return *at;
        at = chosen.front();
    }
}

} // namespace

int run_cli(int argc, const char* const* argv, const RunGate& gate)
{
    Context ctx;
    Action run;
    CLI::App app{"FloorChart clinic records for pelvic-health physiotherapy", "floorchart-cli"};
    app.fallthrough(); // global options may follow the command; set before subcommands inherit it
    app.require_subcommand(1);
    app.add_option("--db", ctx.db_option, "Clinic file (default: the FloorChart data folder)");
    app.add_option("--clinician", ctx.clinician_option, "Id of the clinician making the change");
    app.add_flag("--json", ctx.json, "Print results as JSON");
    add_clinic_commands(app, ctx, run);
    add_clinician_commands(app, ctx, run);
    add_patient_commands(app, ctx, run);
    add_plan_commands(app, ctx, run);
    add_dilator_set_commands(app, ctx, run);
    add_note_commands(app, ctx, run);
    add_homelog_commands(app, ctx, run);
    add_backup_commands(app, ctx, run);
    add_flag_commands(app, ctx, run);
    add_report_commands(app, ctx, run);
    add_appointment_commands(app, ctx, run);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "floorchart-cli: " << e.what() << "\nRun with --help for usage.\n";
        return usage;
    }
    if (gate && !gate(innermost_command(app), ctx))
        return ok;

    try {
        if (run)
            run();
        return ok;
    } catch (const InvalidInput& e) {
        for (const auto& error : e.errors())
            std::cerr << "invalid input: " << printable(error.describe()) << " [" << error.rule << "]\n";
        return invalid;
    } catch (const NotFound& e) {
        std::cerr << "not found: " << printable(e.what()) << '\n';
        return not_found;
    } catch (const Conflict& e) {
        std::cerr << "conflict: " << printable(e.what()) << '\n';
        return conflict;
    } catch (const ClinicianRequired& e) {
        std::cerr << "floorchart-cli: " << e.what() << '\n'
                  << (e.reason() == ClinicianRequired::Reason::NoneActive
                          ? "Add one first: floorchart-cli clinician add --name NAME\n"
                          : "Choose one with --clinician ID (see: floorchart-cli clinician list)\n");
        return usage;
    } catch (const ClinicFileError& e) {
        std::cerr << "error: " << e.what() << '\n';
        return e.kind() == ClinicFileError::Kind::Locked ? busy : failure;
    } catch (const std::exception& e) {
        std::cerr << "error: " << printable(e.what()) << '\n';
        return failure;
    }
}

} // namespace fc::cli
