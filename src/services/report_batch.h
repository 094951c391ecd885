#pragma once
// A progress report for each of many patients, into one folder, made on every core: the CLI's
// `report batch` and the app's batch of reports. Each report is gathered and filed as
// ClinicReports::progress and ::save do (the default period, audited once its file is in place);
// one that cannot be made or written is told with its reason, and the others go on.
#include "core/existing_file.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace fc {

// A patient whose report was not written, and why (naming the file when it was the file that failed).
struct ReportBatchFailure {
    std::int64_t patient_id = 0;
    std::string error;
};

// What a batch did, each list in the order the patients were asked for.
struct ReportBatchOutcome {
    std::vector<std::filesystem::path> written;
    std::vector<ReportBatchFailure> failed;
};

// How far a batch is: (patients done, patients in all) after each patient, one call at a time and
// in order (1 of n, 2 of n, ...), from whichever thread finished the patient.
using BatchProgress = std::function<void(int done, int total)>;

// The file name of a patient's report in a batch: "progress-<id>-<MRN>.pdf", each character of the
// MRN other than an ASCII letter, digit or '-' written as '-'.
std::string batch_report_name(std::int64_t patient_id, const std::string& mrn);

class ReportBatch {
public:
    ReportBatch(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // Every active patient, in the patient list's order.
    std::vector<std::int64_t> every_patient();
    // Of `ids`, those with an appointment on `day` (YYYY-MM-DD) that was not cancelled, each once,
    // in the order of the day's diary. Throws InvalidInput (field appointments-on).
    std::vector<std::int64_t> with_appointment_on(const std::string& day, const std::vector<std::int64_t>& ids);

    // Makes `folder` and its parents when missing. Throws Error when it is not a folder that can be made.
    static void make_folder(const std::filesystem::path& folder);
    // Writes a progress report per patient into `folder` (made when missing), named by
    // batch_report_name, on one connection to the clinic file per thread. A file already at a
    // report's name is replaced only with ExistingFile::Replace. Throws Error only for the folder.
    ReportBatchOutcome write(const std::vector<std::int64_t>& ids, const std::filesystem::path& folder,
                             ExistingFile existing, const BatchProgress& progress = {});

private:
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
