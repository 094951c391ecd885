#include "cli/commands.h"

#include "cli/clinical_json.h"
#include "cli/clinical_text.h"
#include "cli/option_fields.h"
#include "cli/progress_line.h"
#include "services/clinician_directory.h"
#include "services/red_flags.h"

#include <fmt/format.h>

namespace fc::cli {

void add_flag_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("flags", "Red flags: the review queue and acknowledgement");
    group->require_subcommand(1);

    auto* list = group->add_subcommand("list", "Red flags, open first, urgent first, oldest first");
    auto* open = list->add_flag("--open")->description("Only flags not yet acknowledged");
    auto* patient = list->add_option("--patient")->description("Only this patient's flags");
    auto* by = list->add_option("--raised-by")->description("Only flags raised by this clinician");
    list->callback([&, open, patient, by] {
        run = [&, open, patient, by] {
            RedFlagFilter filter{.open_only = open->count() > 0};
            if (patient->count())
                filter.patient_id = parse_id("patient", value_of(patient));
            if (by->count())
                filter.clinician_id = parse_id("raised-by", value_of(by));
            auto& clinic = ctx.clinic();
            const auto flags = RedFlags(clinic, Actor::nobody()).list(filter);
            ctx.print(to_json(flags), flag_list_text(flags, ClinicianDirectory(clinic).list()));
        };
    });

    auto* ack = group->add_subcommand("ack", "Acknowledge a red flag with the action taken and a note");
    auto* flag_id = ack->add_option("FLAG_ID")->description("Red flag id")->required();
    auto* action = ack->add_option("--action")->description("advised|plan-changed|referred|none");
    auto* note = ack->add_option("--note")->description("What was done and why");
    ack->callback([&, flag_id, action, note] {
        run = [&, flag_id, action, note] {
            const auto f = RedFlags(ctx.clinic(), ctx.acting_clinician())
                               .acknowledge(parse_id("FLAG_ID", value_of(flag_id)),
                                            AcknowledgementForm{value_of(action), value_of(note)});
            ctx.print(to_json(f), fmt::format("Red flag {} acknowledged.", f.id));
        };
    });

    auto* rescan = group->add_subcommand("rescan", "Re-evaluate existing records with the current rules");
    auto* rescan_patient = rescan->add_option("--patient")->description("Only this patient");
    rescan->callback([&, rescan_patient] {
        run = [&, rescan_patient] {
            std::optional<std::int64_t> pid;
            if (rescan_patient->count())
                pid = parse_id("patient", value_of(rescan_patient));
            ProgressLine progress(ctx, "rescanning: patient");
            const auto raised = RedFlags(ctx.clinic(), ctx.known_clinician()).rescan(pid, progress.callback());
            progress.finish();
            ctx.print(to_json(raised), raised.empty() ? std::string("No new red flags.")
                                                      : raised_flags_text(raised));
        };
    });
}

} // namespace fc::cli
