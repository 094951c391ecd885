#pragma once
// Synthetic report data for the reports tests and the report benchmark: one patient over a
// period with signed notes, home sessions, a dilator programme, flags. All names are made up.
#include "reports/report_data.h"

namespace fc::test {

struct SampleOptions {
    int notes = 24;        // clinic sessions, about twice a week
    int home_per_note = 2; // home sessions between two clinic sessions
    reports::PaperSize paper = reports::PaperSize::A4;
};

reports::ProgressReportData sample_progress_report(const SampleOptions& options = {});
// The same patient and period with no notes and no home log.
reports::ProgressReportData empty_progress_report();
reports::SessionNoteReportData sample_session_note(bool signed_note);
reports::HomeProgrammeData sample_home_programme();

reports::ClinicDetails sample_clinic();
Patient sample_patient();

} // namespace fc::test
