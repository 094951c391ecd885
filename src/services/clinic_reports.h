#pragma once
// Gathers a report's data from the clinic (the reports layer lays it out and renders it): a
// progress report for a period, one session note with its addenda, the home-programme handout.
// A report is recorded in the audit trail, like opening the record, once it is delivered: saved
// (after its file is in place) or shown (previewed or printed).
#include "core/existing_file.h"
#include "reports/document.h"
#include "reports/report_data.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace fc {

struct ProgressReportForm {
    std::string from;    // YYYY-MM-DD; empty: the start of the active plan (or 90 days before `to`)
    std::string to;      // empty: today
    std::string summary; // the clinician's summary, typed when generating
    std::string paper;   // a4|letter; empty: a4
};

class ClinicReports {
public:
    ClinicReports(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // Throws InvalidInput (from, to, summary, paper), NotFound.
    reports::ProgressReportData progress(std::int64_t patient_id, const ProgressReportForm& form);
    reports::SessionNoteReportData note(std::int64_t note_id, const std::string& paper);
    reports::HomeProgrammeData handout(std::int64_t patient_id, const std::string& paper);

    // The report laid out as pages (the display list the PDF, print preview and printing draw).
    static reports::Document layout(const reports::ProgressReportData& data);
    static reports::Document layout(const reports::SessionNoteReportData& data);
    static reports::Document layout(const reports::HomeProgrammeData& data);
    // Lays out and renders the report, writes the PDF to `file` whole or not at all
    // (store/output_file.h: an existing file is replaced only with ExistingFile::Replace, never the
    // clinic file or a backup), then records it in the audit trail. Throws reports::ReportError and
    // fc::Error (the file cannot or may not be written); nothing is recorded then.
    void save(const reports::ProgressReportData& data, const std::filesystem::path& file, ExistingFile existing);
    void save(const reports::SessionNoteReportData& data, const std::filesystem::path& file, ExistingFile existing);
    void save(const reports::HomeProgrammeData& data, const std::filesystem::path& file, ExistingFile existing);
    // Records in the audit trail that the report was shown (previewed or printed).
    void record_shown(const reports::ProgressReportData& data);
    void record_shown(const reports::SessionNoteReportData& data);
    void record_shown(const reports::HomeProgrammeData& data);

private:
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
