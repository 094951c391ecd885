#include "services/clinic_backups.h"

#include "services/clinic_impl.h"
#include "store/clinic_backup.h"
#include "store/statement_heartbeat.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>

namespace fc {

namespace fs = std::filesystem;

namespace {
std::string local_stamp(const char* format, std::time_t t)
{
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

// Passes a copy's page counts on and repeats the last one as the heartbeat of the checks around it.
class ProgressRelay {
public:
    explicit ProgressRelay(const CopyProgress& progress) : progress_(progress) {}
    store::PageProgress pages()
    {
        if (!progress_)
            return {};
        return [this](int done, int total) {
            done_ = done;
            total_ = total;
            progress_(done, total);
        };
    }
    std::function<void()> heartbeat()
    {
        if (!progress_)
            return {};
        return [this] { progress_(done_, total_); };
    }

private:
    const CopyProgress& progress_;
    int done_ = 0;
    int total_ = 0;
};

std::time_t to_time_t(fs::file_time_type t)
{
    // libstdc++ 12 has no clock_cast; file_clock::to_sys does the same.
    return std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::system_clock::duration>(fs::file_time_type::clock::to_sys(t)));
}
} // namespace

fs::path backup_folder(const fs::path& clinic_file)
{
    return clinic_file.parent_path() / "backups";
}

store::OutputTarget output_target(const Clinic& clinic, const fs::path& file, ExistingFile existing)
{
    return {.file = file,
            .existing = existing,
            .guard = {.clinic_file = clinic.path(), .backup_folder = backup_folder(clinic.path())}};
}

std::vector<BackupFile> list_backups(const fs::path& clinic_file)
{
    std::vector<BackupFile> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backup_folder(clinic_file), ec)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".floorchart")
            continue;
        out.push_back(BackupFile{entry.path().filename().string(), entry.path(), entry.file_size(),
                                 local_stamp("%Y-%m-%d %H:%M", to_time_t(entry.last_write_time()))});
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name > b.name;
    });
    return out;
}

ClinicHealth verify_backup(const fs::path& file, const std::function<void()>& still_checking)
{
    return store::inspect_backup(file, still_checking);
}

RestoreResult restore_clinic(const fs::path& clinic_file, const fs::path& backup, const Actor& by,
                             const CopyProgress& progress)
{
    ProgressRelay relay(progress);
    using Kind = ClinicFileError::Kind;
    std::error_code ec;
    if (fs::equivalent(clinic_file, backup, ec))
        throw ClinicFileError(Kind::Io, "The backup is the clinic file itself; choose a backup file.");
    const auto check = verify_backup(backup, relay.heartbeat());
    if (!check.ok)
        throw ClinicFileError(Kind::Corrupt, fmt::format("{} is not a healthy FloorChart backup ({}); nothing was "
                                                         "restored.",
                                                         backup.string(), check.problems.front()));
    const auto stamp = local_stamp("%Y%m%d-%H%M%S", std::time(nullptr));
    const auto aside = clinic_file.parent_path() /
                       fmt::format("{}.replaced-by-restore-{}.floorchart", clinic_file.stem().string(), stamp);
    store::restore_backup(clinic_file, backup, aside, relay.pages());

    const bool kept = fs::exists(aside, ec); // nothing is kept when there was no clinic file
    {
        Clinic restored(clinic_file, false);
        restored.impl().write([&] {
            restored.impl().audit.append(by.clinician_id, "restore", "clinic", 0,
                                         kept ? fmt::format("from {}; the replaced file is kept as {}",
                                                            backup.filename().string(), aside.filename().string())
                                              : fmt::format("from {}, where no clinic file was",
                                                            backup.filename().string()));
        });
    } // closed before its check, which reads the file on a connection of its own
    return RestoreResult{kept ? aside : fs::path(), verify_backup(clinic_file, relay.heartbeat())};
}

fs::path ClinicBackups::back_up(const std::optional<fs::path>& dest, const Actor& by, const CopyProgress& progress,
                                ExistingFile existing)
{
    auto& impl = clinic_.impl();
    ProgressRelay relay(progress);
    const auto health = [&] {
        if (!progress)
            return impl.file.check();
        // On a connection of its own: the heartbeat repaints windows whose handlers may read the clinic,
        // and SQLite forbids using a connection from inside its own progress handler.
        store::ClinicFile checking(clinic_.path(), {.create_if_missing = false});
        const store::StatementHeartbeat beating(checking.db(), relay.heartbeat());
        return checking.check();
    }();
    if (!health.ok)
        throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                              fmt::format("The clinic file is damaged ({}); a backup of it would not help. Restore the "
                                          "newest good backup instead.",
                                          health.problems.front()));
    const auto& clinic_path = clinic_.path();
    const auto target =
        dest ? *dest
             : backup_folder(clinic_path) / fmt::format("{}-{}.floorchart", clinic_path.stem().string(),
                                                        local_stamp("%Y%m%d-%H%M%S", std::time(nullptr)));
    store::write_backup(impl.file.db(), output_target(clinic_, target, existing), relay.pages(),
                        [&](const fs::path& written) {
                            const auto check = verify_backup(written, relay.heartbeat());
                            if (!check.ok)
                                throw ClinicFileError(ClinicFileError::Kind::Io,
                                                      fmt::format("The backup {} failed its check ({}).",
                                                                  target.string(), check.problems.front()));
                        });
    impl.write([&] { impl.audit.append(by.clinician_id, "backup", "clinic", 0, target.string()); });
    return target;
}

std::optional<Date> automatic_backup_date(const std::string& file_name, const std::string& clinic_stem)
{
    const auto prefix = clinic_stem + "-auto-";
    const std::string suffix = ".floorchart";
    // prefix + YYYYMMDD-HHMMSS + suffix
    if (file_name.size() != prefix.size() + 15 + suffix.size() || file_name.rfind(prefix, 0) != 0 ||
        file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return std::nullopt;
    const auto stamp = file_name.substr(prefix.size(), 8);
    if (!std::all_of(stamp.begin(), stamp.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return parse_iso_date(stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" + stamp.substr(6, 2));
}

std::optional<fs::path> ClinicBackups::back_up_automatically(const Actor& by, const BackupRotation& rotation,
                                                             const CopyProgress& progress)
{
    const auto& clinic_path = clinic_.path();
    const auto stem = clinic_path.stem().string();
    const auto today = clinic_.today();
    std::vector<BackupFile> automatic;
    std::vector<Date> taken;
    for (auto& b : list_backups(clinic_path))
        if (const auto on = automatic_backup_date(b.name, stem)) {
            automatic.push_back(std::move(b));
            taken.push_back(*on);
        }
    if (std::find(taken.begin(), taken.end(), today) != taken.end())
        return std::nullopt; // at most one a day
    std::error_code ec;
    fs::create_directories(backup_folder(clinic_path), ec);
    const auto written = back_up(backup_folder(clinic_path) /
                                     fmt::format("{}-auto-{:04}{:02}{:02}-{}.floorchart", stem,
                                                 static_cast<int>(today.year()), static_cast<int>(today.month()),
                                                 static_cast<int>(today.day()),
                                                 local_stamp("%H%M%S", std::time(nullptr))),
                                 by, progress);
    if (const auto on = automatic_backup_date(written.filename().string(), stem)) {
        automatic.push_back(BackupFile{written.filename().string(), written, 0, {}});
        taken.push_back(*on);
    }
    for (const auto i : backups_to_delete(taken, rotation))
        if (automatic[i].path != written)
            fs::remove(automatic[i].path, ec); // a file that will not go stays: the next rotation tries again
    return written;
}

} // namespace fc
