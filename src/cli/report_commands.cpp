#include "cli/commands.h"

#include "cli/option_fields.h"
#include "cli/progress_line.h"
#include "core/errors.h"
#include "core/field_values.h"
#include "services/clinic_reports.h"
#include "services/report_batch.h"

#include <fmt/format.h>

#include <iostream>

namespace fc::cli {

namespace {
std::vector<std::int64_t> batch_patients(ReportBatch& batch, const std::string& which)
{
    if (which.empty() || which == "all")
        return batch.every_patient();
    std::vector<std::int64_t> ids;
    for (const auto& item : comma_items(which))
        ids.push_back(parse_id("patients", item));
    return ids;
}

// A report of one record (a session note, a patient's handout): ID, --paper, -o FILE, --force.
// `gather(reports, id, paper)` returns the report's data.
template <class Gather>
void add_record_report(CLI::App* group, Context& ctx, Action& run, const std::string& name, const std::string& help,
                       const std::string& id_name, const std::string& id_help, Gather gather)
{
    auto* command = group->add_subcommand(name, help);
    auto* id = command->add_option(id_name)->description(id_help)->required();
    auto* paper = command->add_option("--paper")->description("a4|letter (default a4)");
    auto* out = command->add_option("-o,--output")->description("PDF file to write")->required();
    auto* force = add_force_flag(command);
    command->callback([&ctx, &run, id, paper, out, force, id_name, gather] {
        run = [&ctx, id, paper, out, force, id_name, gather] {
            ClinicReports reports(ctx.clinic(), ctx.known_clinician());
            const auto data = gather(reports, parse_id(id_name, value_of(id)), value_of(paper));
            reports.save(data, value_of(out), existing_file(force));
            ctx.print({{"files", {value_of(out)}}}, value_of(out));
        };
    });
}
} // namespace

void add_report_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* group = app.add_subcommand("report", "PDF reports: progress, session note, home programme");
    group->require_subcommand(1);

    auto* progress = group->add_subcommand("progress", "Progress report for a period; prints the file written");
    auto* patient = progress->add_option("PATIENT_ID")->description("Patient id")->required();
    auto* from = progress->add_option("--from")->description("First day (default: the plan's start)");
    auto* to = progress->add_option("--to")->description("Last day (default: today)");
    auto* summary = progress->add_option("--summary")->description("The clinician's summary");
    auto* paper = progress->add_option("--paper")->description("a4|letter (default a4)");
    auto* out = progress->add_option("-o,--output")->description("PDF file to write")->required();
    auto* force = add_force_flag(progress);
    progress->callback([&, patient, from, to, summary, paper, out, force] {
        run = [&, patient, from, to, summary, paper, out, force] {
            ClinicReports reports(ctx.clinic(), ctx.known_clinician());
            const auto data = reports.progress(parse_id("PATIENT_ID", value_of(patient)),
                                               {value_of(from), value_of(to), value_of(summary), value_of(paper)});
            reports.save(data, value_of(out), existing_file(force));
            ctx.print({{"files", {value_of(out)}}}, value_of(out));
        };
    });

    add_record_report(group, ctx, run, "note", "One session note with its addenda; prints the file written", "NOTE_ID",
                      "Note id", [](ClinicReports& reports, std::int64_t id, const std::string& paper) {
                          return reports.note(id, paper);
                      });
    add_record_report(group, ctx, run, "handout", "The patient's home-programme handout; prints the file written",
                      "PATIENT_ID", "Patient id",
                      [](ClinicReports& reports, std::int64_t id, const std::string& paper) {
                          return reports.handout(id, paper);
                      });

    auto* batch = group->add_subcommand("batch", "A progress report per patient into a folder, on every core");
    auto* dir = batch->add_option("--out-dir")->description("Folder for the PDF files")->required();
    auto* which = batch->add_option("--patients")->description("all (default) or a comma list of ids");
    auto* appointments_on = batch->add_option("--appointments-on")->description("Patients with an appointment that day");
    auto* batch_force = add_force_flag(batch);
    batch->callback([&, dir, which, appointments_on, batch_force] {
        run = [&, dir, which, appointments_on, batch_force] {
            const std::filesystem::path folder = value_of(dir);
            ReportBatch::make_folder(folder); // before the patients are read, as ever
            ReportBatch batch(ctx.clinic(), Actor::nobody()); // choosing patients needs no clinician
            auto ids = batch_patients(batch, value_of(which));
            if (appointments_on->count())
                ids = batch.with_appointment_on(value_of(appointments_on), ids);
            ProgressLine progress(ctx, "reports:");
            const auto outcome = ReportBatch(ctx.clinic(), ctx.known_clinician())
                                     .write(ids, folder, existing_file(batch_force), progress.callback());
            progress.finish();
            std::string text;
            std::vector<std::string> files;
            for (const auto& f : outcome.written) {
                files.push_back(f.string());
                text += f.string() + "\n";
            }
            auto failed = nlohmann::json::array();
            for (const auto& f : outcome.failed) {
                std::cerr << fmt::format("error: patient {}: {}\n", f.patient_id, f.error);
                failed.push_back({{"patient_id", f.patient_id}, {"error", f.error}});
            }
            ctx.print({{"files", files}, {"failed", failed}},
                      ids.empty() ? std::string("No patients.") : text);
            if (!outcome.failed.empty())
                throw Error(fmt::format("{} of {} reports were not written", outcome.failed.size(), ids.size()));
        };
    });
}

} // namespace fc::cli
