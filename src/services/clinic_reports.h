#pragma once
// Gathers a report's data from the clinic (the reports layer lays it out and renders it): a
// progress report for a period, one session note with its addenda, the home-programme handout.
// Making a report is recorded in the audit trail, like opening the record.
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
    // Lays out and writes the PDF (a temporary file renamed into place). Throws reports::ReportError
    // (an fc::Error) when the file cannot be written.
    static void write_pdf(const reports::ProgressReportData& data, const std::filesystem::path& file);
    static void write_pdf(const reports::SessionNoteReportData& data, const std::filesystem::path& file);
    static void write_pdf(const reports::HomeProgrammeData& data, const std::filesystem::path& file);

private:
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
