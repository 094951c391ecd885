// floorchart-cli: the scripting and batch face of FloorChart's services.
// Exit codes: 0 ok, 1 other failure, 2 usage, 3 invalid input, 4 not found, 5 conflict.
#include "cli/commands.h"
#include "core/errors.h"

#include <clocale>
#include <iostream>

namespace {
enum Exit { ok = 0, failure = 1, usage = 2, invalid = 3, not_found = 4, conflict = 5 };
}

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "C.UTF-8");
    std::setlocale(LC_NUMERIC, "C");

    fc::cli::Context ctx;
    fc::cli::Action run;
    CLI::App app{"FloorChart clinic records for pelvic-health physiotherapy", "floorchart-cli"};
    app.fallthrough(); // global options may follow the command; set before subcommands inherit it
    app.require_subcommand(1);
    app.add_option("--db", ctx.db_option, "Clinic file (default: the FloorChart data folder)");
    app.add_option("--clinician", ctx.clinician_option, "Id of the clinician making the change");
    app.add_flag("--json", ctx.json, "Print results as JSON");
    fc::cli::add_clinic_commands(app, ctx, run);
    fc::cli::add_clinician_commands(app, ctx, run);
    fc::cli::add_patient_commands(app, ctx, run);
    fc::cli::add_plan_commands(app, ctx, run);
    fc::cli::add_dilator_set_commands(app, ctx, run);
    fc::cli::add_note_commands(app, ctx, run);
    fc::cli::add_homelog_commands(app, ctx, run);
    fc::cli::add_backup_commands(app, ctx, run);
    fc::cli::add_flag_commands(app, ctx, run);
    fc::cli::add_report_commands(app, ctx, run);
    fc::cli::add_appointment_commands(app, ctx, run);

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

    try {
        if (run)
            run();
        return ok;
    } catch (const fc::InvalidInput& e) {
        for (const auto& error : e.errors())
            std::cerr << "invalid input: " << error.describe() << " [" << error.rule << "]\n";
        return invalid;
    } catch (const fc::NotFound& e) {
        std::cerr << "not found: " << e.what() << '\n';
        return not_found;
    } catch (const fc::Conflict& e) {
        std::cerr << "conflict: " << e.what() << '\n';
        return conflict;
    } catch (const fc::ClinicianRequired& e) {
        std::cerr << "floorchart-cli: " << e.what() << '\n'
                  << (e.reason() == fc::ClinicianRequired::Reason::NoneActive
                          ? "Add one first: floorchart-cli clinician add --name NAME\n"
                          : "Choose one with --clinician ID (see: floorchart-cli clinician list)\n");
        return usage;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return failure;
    }
}
