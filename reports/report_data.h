#pragma once
// What each report is made from: plain values that the services fill from the store and the
// core and hand in. Reports never look anything up themselves.
#include "core/addendum.h"
#include "core/clinician.h"
#include "core/condition.h"
#include "core/dilator_set.h"
#include "core/home_log.h"
#include "core/patient.h"
#include "core/precaution.h"
#include "core/progress.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"
#include "reports/document.h"

#include <optional>
#include <string>
#include <vector>

namespace fc::reports {

// The clinic as printed at the top of a report.
struct ClinicDetails {
    std::string name;
    std::string address; // line breaks kept
    std::string phone;
    std::string email;
};

// A red flag raised in the period and how it was dealt with (from the red-flag records; a plain
// line so that reports do not depend on how flags are modelled).
struct FlagLine {
    std::string rule;     // what raised it, as shown: "Bleeding", "Pain NRS 7 or more"
    std::string severity; // "high", "moderate", ...
    Date date;            // of the note or home-log entry that raised it
    std::string message;  // "Bleeding reported after the home session"
    std::string status;   // "open", "acknowledged", ...; "open" is printed in red
    std::string action;   // what was done: "Referred to GP", "Programme paused"
    std::string note;     // the acknowledging clinician's note
    std::string by;       // who acknowledged it (name)
    std::string at;       // when, as stored (UTC instant)
};

struct ProgressReportData {
    ClinicDetails clinic;
    Patient patient;
    std::vector<Condition> conditions;
    std::vector<Precaution> precautions;
    Date from; // the period, both days included
    Date to;
    std::optional<PlanVersion> plan;    // the version in force at the end of the period
    std::vector<SessionNote> notes;     // the period's notes (any status; only signed, attended ones count)
    std::vector<HomeLogEntry> home_log; // the period's home-log entries
    ProgressSeries progress;            // progress_series(notes, home_log, plan versions, catalogue)
    Adherence adherence;                // adherence(notes, home_log, plan versions, from, to)
    std::vector<FlagLine> flags;        // raised in the period
    std::vector<Clinician> clinicians;  // everyone the notes name (for their names)
    std::string summary;                // the clinician's summary, typed when generating
    Clinician signed_by;                // who generates and signs the report
    Timestamp generated_at;
    PaperSize paper = PaperSize::A4;
};

struct SessionNoteReportData {
    ClinicDetails clinic;
    Patient patient;
    SessionNote note;                  // signed or draft; a draft is marked DRAFT on every page
    std::vector<Addendum> addenda;     // oldest first
    std::vector<Clinician> clinicians; // the author, the signer and the addenda's authors
    Timestamp generated_at;
    PaperSize paper = PaperSize::A4;
};

struct HomeProgrammeData {
    ClinicDetails clinic;
    Patient patient;
    TherapyPlan plan;                      // in force: its components become the instructions
    std::optional<DilatorSet> dilator_set; // the dilator programme's set, for the schedule's sizes
    Date starts_on;                        // the schedule's first day
    int weeks = 6;                         // weeks of dilator schedule (1 to 26)
    int diary_rows = 0;                    // blank diary lines (up to 60); 0: as many as fill the page
    Clinician clinician;                   // who hands it out
    Timestamp generated_at;
    PaperSize paper = PaperSize::A4;
};

} // namespace fc::reports
