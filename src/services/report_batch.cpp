#include "services/report_batch.h"

#include "core/errors.h"
#include "core/field_rules.h"
#include "services/appointments.h"
#include "services/clinic_reports.h"
#include "services/patient_records.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <optional>
#include <thread>

namespace fc {

std::string batch_report_name(std::int64_t patient_id, const std::string& mrn)
{
    auto safe = mrn;
    std::replace_if(
        safe.begin(), safe.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)) && c != '-'; },
        '-');
    return fmt::format("progress-{}-{}.pdf", patient_id, safe);
}

std::vector<std::int64_t> ReportBatch::every_patient()
{
    std::vector<std::int64_t> ids;
    for (const auto& p : PatientRecords(clinic_, Actor::nobody()).search({}))
        ids.push_back(p.id);
    return ids;
}

std::vector<std::int64_t> ReportBatch::with_appointment_on(const std::string& day, const std::vector<std::int64_t>& ids)
{
    FieldCheck check;
    const auto date = check.date("appointments-on", day, DateRule{.required = true});
    check.throw_if_failed();
    std::vector<std::int64_t> out;
    for (const auto& a : Appointments(clinic_, Actor::nobody()).on_day(*date, std::nullopt)) {
        const bool wanted = std::find(ids.begin(), ids.end(), a.patient_id) != ids.end();
        if (a.status != AppointmentStatus::Cancelled && wanted &&
            std::find(out.begin(), out.end(), a.patient_id) == out.end())
            out.push_back(a.patient_id);
    }
    return out;
}

void ReportBatch::make_folder(const std::filesystem::path& folder)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder))
        throw Error(fmt::format("cannot write into {}: {}", folder.string(), ec ? ec.message() : "not a folder"));
}

ReportBatchOutcome ReportBatch::write(const std::vector<std::int64_t>& ids, const std::filesystem::path& folder,
                                      ExistingFile existing, const BatchProgress& progress)
{
    make_folder(folder);
    std::vector<std::filesystem::path> files(ids.size());
    std::vector<std::string> errors(ids.size());
    std::atomic<std::size_t> next{0};
    std::mutex progress_mutex;
    int done = 0;
    const auto clinic_path = clinic_.path();
    auto work = [&] {
        std::optional<Clinic> clinic;
        std::optional<ClinicReports> reports;
        for (std::size_t i = next++; i < ids.size(); i = next++) {
            try {
                if (!clinic) {
                    clinic.emplace(clinic_path, false); // one connection per thread
                    reports.emplace(*clinic, actor_);
                }
                const auto data = reports->progress(ids[i], {});
                const auto file = folder / batch_report_name(ids[i], data.patient.mrn);
                reports->save(data, file, existing);
                files[i] = file;
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
    ReportBatchOutcome outcome;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (files[i].empty())
            outcome.failed.push_back({ids[i], errors[i]});
        else
            outcome.written.push_back(files[i]);
    }
    return outcome;
}

} // namespace fc
