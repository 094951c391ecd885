#include "cli/commands.h"

#include "cli/option_fields.h"
#include "cli/progress_line.h"
#include "core/errors.h"
#include "core/field_rules.h"
#include "core/field_values.h"
#include "services/appointments.h"
#include "services/clinic_reports.h"
#include "services/patient_records.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

namespace fc::cli {

namespace {
// What a batch did, in patient order: the files written, and each patient whose report was not
// written with the reason (which names the file when it was the file that failed).
struct BatchOutcome {
    std::vector<std::string> written;
    std::vector<std::pair<std::int64_t, std::string>> failed;
};

// One progress report per patient into `dir`, on every core; a report that cannot be made or
// written is told in the outcome and the others go on. `progress` hears (patients done, patients
// in all) after each patient, from one thread at a time.
BatchOutcome write_batch(const std::filesystem::path& clinic_path, const std::vector<std::int64_t>& ids,
                         const std::filesystem::path& dir, ExistingFile existing, const Actor& actor,
                         const std::function<void(int, int)>& progress)
{
    std::vector<std::string> files(ids.size());
    std::vector<std::string> errors(ids.size());
    std::atomic<std::size_t> next{0};
    std::mutex progress_mutex;
    int done = 0;
    auto work = [&] {
        std::optional<Clinic> clinic;
        std::optional<ClinicReports> reports;
        for (std::size_t i = next++; i < ids.size(); i = next++) {
            try {
                if (!clinic) {
                    clinic.emplace(clinic_path, false); // one connection per thread
                    reports.emplace(*clinic, actor);
                }
                const auto data = reports->progress(ids[i], {});
                auto mrn = data.patient.mrn;
                std::replace_if(mrn.begin(), mrn.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)) && c != '-'; }, '-');
                const auto file = dir / fmt::format("progress-{}-{}.pdf", ids[i], mrn);
                reports->save(data, file, existing);
                files[i] = file.string();
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
            if (progress) {
                std::lock_guard lock(progress_mutex); // counted and told in order
                progress(++done, static_cast<int>(ids.size()));
            }
        }
    };
    const unsigned n = std::max(1u, std::min(std::thread::hardware_concurrency(), static_cast<unsigned>(ids.size())));
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < n; ++t)
        threads.emplace_back(work);
    for (auto& t : threads)
        t.join();
    BatchOutcome outcome;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (files[i].empty())
            outcome.failed.emplace_back(ids[i], errors[i]);
        else
            outcome.written.push_back(files[i]);
    }
    return outcome;
}

std::vector<std::int64_t> batch_patients(Context& ctx, const std::string& which)
{
    std::vector<std::int64_t> ids;
    if (which.empty() || which == "all") {
        for (const auto& p : PatientRecords(ctx.clinic(), Actor::nobody()).search({}))
            ids.push_back(p.id);
        return ids;
    }
    for (const auto& item : comma_items(which))
        ids.push_back(parse_id("patients", item));
    return ids;
}
// Of `ids` (those chosen, or every active patient), those with an appointment on `day` that was
// not cancelled, in the order of the day's diary.
std::vector<std::int64_t> with_appointment_on(Context& ctx, const std::string& day, const std::vector<std::int64_t>& ids)
{
    FieldCheck check;
    const auto date = check.date("appointments-on", day, DateRule{.required = true});
    check.throw_if_failed();
    std::vector<std::int64_t> out;
    for (const auto& a : Appointments(ctx.clinic(), Actor::nobody()).on_day(*date, std::nullopt)) {
        const bool wanted = std::find(ids.begin(), ids.end(), a.patient_id) != ids.end();
        if (a.status != AppointmentStatus::Cancelled && wanted &&
            std::find(out.begin(), out.end(), a.patient_id) == out.end())
            out.push_back(a.patient_id);
    }
    return out;
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
            std::error_code ec;
            std::filesystem::create_directories(folder, ec);
            if (ec || !std::filesystem::is_directory(folder))
                throw Error(fmt::format("cannot write into {}: {}", folder.string(), ec ? ec.message() : "not a folder"));
            auto ids = batch_patients(ctx, value_of(which));
            if (appointments_on->count())
                ids = with_appointment_on(ctx, value_of(appointments_on), ids);
            const auto actor = ctx.known_clinician();
            const auto clinic_path = ctx.clinic().path();
            ProgressLine progress(ctx, "reports:");
            const auto outcome =
                write_batch(clinic_path, ids, folder, existing_file(batch_force), actor, progress.callback());
            progress.finish();
            std::string text;
            for (const auto& f : outcome.written)
                text += f + "\n";
            auto failed = nlohmann::json::array();
            for (const auto& [id, error] : outcome.failed) {
                std::cerr << fmt::format("error: patient {}: {}\n", id, error);
                failed.push_back({{"patient_id", id}, {"error", error}});
            }
            ctx.print({{"files", outcome.written}, {"failed", failed}},
                      ids.empty() ? std::string("No patients.") : text);
            if (!outcome.failed.empty())
                throw Error(fmt::format("{} of {} reports were not written", outcome.failed.size(), ids.size()));
        };
    });
}

} // namespace fc::cli
