#pragma once
// Reports from the patient's record: a progress report for a period (with the clinician's
// summary), one session note with its addenda, or the home-programme handout; previewed,
// printed or saved as PDF from one layout, so that the preview, the paper and the PDF match.
#include "core/patient.h"
#include "reports/document.h"
#include "services/actor.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

enum class ReportKind { Progress, Note, Handout };

// What the dialog asks for, as typed.
struct ReportRequest {
    ReportKind kind = ReportKind::Progress;
    std::int64_t patient_id = 0;
    std::optional<std::int64_t> note_id; // for ReportKind::Note
    std::string from, to, summary;      // progress report
    std::string paper;                  // a4|letter
};

// The report laid out, to be shown (recorded in the audit trail). Throws InvalidInput, NotFound.
reports::Document LayOutReport(Clinic& clinic, const Actor& actor, const ReportRequest& request);
// The report written to `file` as PDF, replacing a file there (the Save dialog asked first) but never
// the clinic file or a backup; recorded in the audit trail once in place. Throws InvalidInput,
// NotFound, reports::ReportError, Error (the file cannot or may not be written).
void SaveReport(Clinic& clinic, const Actor& actor, const ReportRequest& request, const std::filesystem::path& file);

// The report dialog over the record of `patient`; `note_id` preselects a session note.
void ShowReportDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
                      std::optional<std::int64_t> note_id = std::nullopt);

} // namespace fc::ui
