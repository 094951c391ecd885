#include "cli/commands.h"

#include "cli/option_fields.h"
#include "cli/progress_line.h"
#include "cli/text_table.h"
#include "core/errors.h"
#include "services/clinic_backups.h"

#include <fmt/format.h>


namespace fc::cli {

namespace {
nlohmann::json to_json(const ClinicHealth& c, const std::string& file)
{
    return {{"file", file},
            {"ok", c.ok},
            {"schema_version", c.schema_version},
            {"problems", c.problems},
            {"patients", c.patients},
            {"clinicians", c.clinicians},
            {"session_notes", c.session_notes},
            {"audit_entries", c.audit_entries}};
}

std::string check_text(const ClinicHealth& c, const std::string& file)
{
    if (!c.ok) {
        std::string out = file + ": NOT a healthy FloorChart backup\n";
        for (const auto& p : c.problems)
            out += "problem: " + p + "\n";
        return out;
    }
    return fmt::format("{}: ok (schema {}; {} patients, {} clinicians, {} session notes, {} audit entries)", file,
                       c.schema_version, c.patients, c.clinicians, c.session_notes, c.audit_entries);
}
} // namespace

void add_backup_commands(CLI::App& app, Context& ctx, Action& run)
{
    auto* backup = app.add_subcommand("backup", "Back up the clinic file (safe while FloorChart runs)");
    auto* out = backup->add_option("-o,--output")->description("Backup file (default: a new dated file in the "
                                                               "backups folder beside the clinic file)");
    auto* force = add_force_flag(backup);
    auto* list = backup->add_subcommand("list", "List the backups in the backups folder, newest first");
    auto* verify = backup->add_subcommand("verify", "Check a backup: exit 1 when it is not a healthy FloorChart backup");
    auto* verify_file = verify->add_option("FILE")->description("Backup file")->required();

    backup->callback([&, out, force, list, verify] {
        if (list->parsed() || verify->parsed())
            return;
        run = [&, out, force] {
            std::optional<std::filesystem::path> dest;
            if (out->count())
                dest = out->as<std::string>();
            ProgressLine progress(ctx, "backing up: page");
            auto& clinic = ctx.clinic();
            const auto written = ClinicBackups(clinic).back_up(dest, ctx.known_clinician(), progress.callback(),
                                                                     existing_file(force));
            progress.finish();
            ctx.print({{"file", written.string()}}, written.string());
        };
    });
    list->callback([&] {
        run = [&] {
            const auto backups = list_backups(ctx.clinic_path());
            auto j = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& b : backups) {
                j.push_back({{"id", b.name}, {"file", b.path.string()}, {"bytes", b.bytes}, {"modified", b.modified}});
                rows.push_back({b.modified, fmt::format("{:.1f} MB", static_cast<double>(b.bytes) / 1e6), b.path.string()});
            }
            ctx.print(j, backups.empty() ? "No backups in " + backup_folder(ctx.clinic_path()).string() + "."
                                         : format_table({"Made", "Size", "File"}, rows));
        };
    });
    verify->callback([&, verify_file] {
        run = [&, verify_file] {
            const auto file = value_of(verify_file);
            const auto check = verify_backup(file);
            ctx.print(to_json(check, file), check_text(check, file));
            if (!check.ok)
                throw fc::Error("not a healthy FloorChart backup");
        };
    });

    auto* restore = app.add_subcommand("restore", "Replace the clinic file with a backup (the current file is kept)");
    auto* restore_file = restore->add_option("FILE")->description("Backup file")->required();
    restore->callback([&, restore_file] {
        run = [&, restore_file] {
            const auto file = value_of(restore_file);
            auto by = Actor::nobody();
            try {
                by = ctx.known_clinician();
            } catch (const ClinicFileError&) {
                // a missing, empty or damaged clinic file is what a restore is for
            }
            ctx.close_clinic(); // our own connection must not hold the file
            ProgressLine progress(ctx, "restoring: page");
            const auto r = restore_clinic(ctx.clinic_path(), file, by, progress.callback());
            progress.finish();
            auto j = to_json(r.restored, ctx.clinic_path().string());
            const auto& kept = r.replaced_file_kept_as;
            j["replaced_file_kept_as"] = kept.empty() ? nlohmann::json() : nlohmann::json(kept.string());
            ctx.print(j, fmt::format("Restored {} from {}.\n{}\n{}", ctx.clinic_path().string(), file,
                                     kept.empty() ? std::string("There was no clinic file to keep.")
                                                  : "The replaced file is kept as " + kept.string(),
                                     check_text(r.restored, ctx.clinic_path().string())));
        };
    });
}

} // namespace fc::cli
