#pragma once
// The command groups of floorchart-cli. Each registers its subcommands on the app; a parsed
// subcommand leaves its action in `run`, which main calls once parsing has finished (so global
// options given after the command are already known).
#include "cli/cli_context.h"

#include <CLI/CLI.hpp>

#include <functional>

namespace fc::cli {

using Action = std::function<void()>;

void add_clinic_commands(CLI::App& app, Context& ctx, Action& run);    // init, check, demo
void add_clinician_commands(CLI::App& app, Context& ctx, Action& run); // clinician ...
void add_patient_commands(CLI::App& app, Context& ctx, Action& run);   // patient ...
void add_plan_commands(CLI::App& app, Context& ctx, Action& run);      // plan ...
void add_dilator_set_commands(CLI::App& app, Context& ctx, Action& run); // dilator-set ...
void add_note_commands(CLI::App& app, Context& ctx, Action& run);      // note ...
void add_homelog_commands(CLI::App& app, Context& ctx, Action& run);   // homelog ...
void add_backup_commands(CLI::App& app, Context& ctx, Action& run);    // backup ..., restore
void add_flag_commands(CLI::App& app, Context& ctx, Action& run);      // flags ...
void add_report_commands(CLI::App& app, Context& ctx, Action& run);    // report ...
void add_appointment_commands(CLI::App& app, Context& ctx, Action& run); // appt ..., settings

} // namespace fc::cli
