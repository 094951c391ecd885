#include "sample_reports.h"

#include <algorithm>

namespace fc::test {

using boost::gregorian::days;
using reports::FlagLine;

namespace {

DilatorCatalogue catalogue()
{
    auto set = standard_dilator_set();
    set.id = 1;
    return {{set}, 1};
}

std::vector<Clinician> clinicians()
{
    return {{1, 1, "Ελένη Παπαδοπούλου", "Pelvic health physiotherapist", "PH-204518", true},
            {2, 1, "Дмитрий Иванов", "Physiotherapist", "PH-318842", true}};
}

PlanVersion plan_version(const Date& start)
{
    TherapyPlan plan;
    plan.title = "Graded dilator programme for chronic anal fissure";
    plan.conditions = {"Anal fissure, chronic", "Pelvic floor tension"};
    plan.goals = {{"Insert the 19 mm dilator comfortably for 15 minutes", start + days(56), true},
                  {"Pain during dilator use at 2/10 or less", start + days(70), false},
                  {"Open bowels without pain or straining", start + days(84), false}};
    plan.start_on = start;
    plan.review_on = start + days(84);
    DilatorProgramme dilator{1, 10, 25, 5, 15, 3, Lubricant::Water};
    plan.components.push_back({dilator, default_instructions(dilator), {}});
    PfmtProgramme pfmt{5, 10, 3, 10, true};
    plan.components.push_back({pfmt, default_instructions(pfmt), {}});
    BreathingPractice breathing{5, 2};
    plan.components.push_back({breathing, default_instructions(breathing), {}});
    Education education{{EducationTopic::Hygiene, EducationTopic::FibreHydration}, {}};
    plan.components.push_back({education, default_instructions(education), {}});
    return PlanVersion{1, 1, 1, start, 1, plan};
}

} // namespace

reports::ClinicDetails sample_clinic()
{
    return {"Riverside Pelvic Health Physiotherapy", "12 Harbour Street, Suite 4\nPortsmouth PO1 3AX", "023 9200 1234",
            "clinic@riverside-pelvic.example"};
}

Patient sample_patient()
{
    Patient p;
    p.id = 7;
    p.mrn = "MRN-000734";
    p.family_name = "Ødegaard";
    p.given_name = "Ingrid";
    p.dob = Date(1986, 3, 14);
    p.sex = Sex::Female;
    p.referrer_name = "Dr Ελένη Παπαδοπούλου";
    p.referrer_practice = "Harbour Colorectal Clinic";
    p.gp = "Dr Дмитрий Иванов, Southsea Medical Centre";
    return p;
}

reports::ProgressReportData sample_progress_report(const SampleOptions& o)
{
    reports::ProgressReportData d;
    d.clinic = sample_clinic();
    d.patient = sample_patient();
    d.from = Date(2026, 9, 1);
    const auto version = plan_version(d.from);
    d.conditions = {{1, 7, 1, "K60.1", "Anal fissure, chronic", Date(2026, 6, 1)},
                    {2, 7, 1, "M62.89", "Pelvic floor tension", std::nullopt}};
    d.precautions = {{1, 7, 1, PrecautionKind::Bleeding, "small amount on wiping, June 2026", Date(2026, 8, 20),
                      Date(2026, 8, 28), "Dr Ελένη Παπαδοπούλου"},
                     {2, 7, 1, PrecautionKind::Haemorrhoids, "", Date(2026, 10, 2), std::nullopt, ""}};
    const std::vector<int> sizes = {10, 13, 16, 19, 22};
    std::int64_t home_id = 1;
    int last_size = 10;
    for (int i = 0; i < o.notes; ++i) {
        SessionNote n;
        n.id = i + 1;
        n.patient_id = 7;
        n.clinician_id = i % 5 == 4 ? 2 : 1;
        n.date = d.from + days(1 + i * 7 / 2);
        n.start = TimeOfDay::at(9 + i % 6, i % 2 ? 30 : 0);
        n.duration_min = 45;
        n.type = i == 0 ? AppointmentType::Initial : i % 6 == 5 ? AppointmentType::Review : AppointmentType::FollowUp;
        n.attendance = i == 7 ? Attendance::DidNotAttend : Attendance::Attended;
        if (n.attendance == Attendance::Attended) {
            const int step = std::min<int>(i / 5, static_cast<int>(sizes.size()) - 1);
            n.measures.dilator_mm = sizes[static_cast<std::size_t>(step)];
            n.measures.minutes_held = std::min(5 + i, 15);
            n.measures.pain_during = std::max(6 - i / 3, 1);
            n.measures.pain_after = std::max(4 - i / 4, 0);
            n.measures.comfort = std::min(3 + i / 3, 9);
            n.subjective = "Managing the programme three times a week. Less pain on opening bowels.";
        }
        last_size = n.measures.dilator_mm.value_or(last_size);
        n.status = NoteStatus::Signed;
        n.signed_by = n.clinician_id;
        n.signed_at = "2026-09-02T10:00:00Z";
        d.notes.push_back(n);
        for (int h = 0; h < o.home_per_note; ++h) {
            HomeLogEntry e;
            e.id = home_id++;
            e.patient_id = 7;
            e.date = n.date + days(1 + h);
            e.dilator_mm = last_size;
            e.minutes = std::min(5 + i + h, 15);
            e.pain = std::max(5 - i / 3, 1);
            e.comfort = std::min(4 + i / 3, 9);
            d.home_log.push_back(e);
        }
    }
    d.to = d.notes.empty() ? d.from + days(83) : std::max(d.from + days(27), d.notes.back().date + days(3));
    d.plan = version;
    const std::vector<PlanVersion> versions{version};
    d.progress = progress_series(d.notes, d.home_log, versions, catalogue());
    d.adherence = adherence(d.notes, d.home_log, versions, d.from, d.to);
    d.flags = {FlagLine{"Pain NRS 7 or more", "high", d.from + days(12), "Pain 7/10 after the home session",
                        "acknowledged", "Stayed on the 13 mm dilator for another week",
                        "Settled within a day; no bleeding.", "Ελένη Παπαδοπούλου", "2026-09-14T08:40:00Z"},
               FlagLine{"Bleeding", "high", d.from + days(40), "Spotting after the dilator session (home log)", "open",
                        "", "", "", ""}};
    d.clinicians = clinicians();
    d.summary = "Ingrid has followed the graded dilator programme well and has progressed from the 10 mm to the 22 mm "
                "dilator over twelve weeks, with pain during use falling from 6/10 to 1-2/10. One episode of spotting "
                "is under review with her GP; the programme continues at the current size until it is cleared.\n"
                "Plan: continue three sessions a week, review in four weeks.";
    d.signed_by = clinicians().front();
    d.generated_at = {Date(2026, 11, 25), TimeOfDay::at(10, 5), 60};
    d.paper = o.paper;
    return d;
}

reports::ProgressReportData empty_progress_report()
{
    auto d = sample_progress_report({0, 0});
    d.flags.clear();
    d.summary.clear();
    return d;
}

reports::SessionNoteReportData sample_session_note(bool signed_note)
{
    reports::SessionNoteReportData d;
    d.clinic = sample_clinic();
    d.patient = sample_patient();
    auto& n = d.note;
    n.id = 42;
    n.patient_id = 7;
    n.clinician_id = 1;
    n.date = Date(2026, 11, 20);
    n.start = TimeOfDay::at(9, 30);
    n.duration_min = 45;
    n.type = AppointmentType::FollowUp;
    n.subjective = "Using the 16 mm dilator three times a week for 10 minutes. Mild soreness after the first minute, "
                   "settles with breathing. Bowels open daily, Bristol type 4.";
    n.objective = "External inspection: healing fissure at 6 o'clock, no bleeding. Good voluntary relaxation; "
                  "Modified Oxford 3/5.";
    n.assessment = "Progressing as planned; tolerating the 16 mm dilator with pain 3/10 during use.";
    n.plan = "Move to the 19 mm dilator when the 16 mm is comfortable for 10 minutes. Review in two weeks.";
    n.measures = {3, 1, 7, 16, 10, 3, 3, 8, 8, 10, 4};
    n.symptoms.soreness_over_24h = !signed_note;
    n.screened = true;
    n.consent_internal = true;
    n.chaperone_offered = true;
    n.next_steps = "Continue the home programme; bring the diary to the next visit.";
    if (signed_note) {
        n.status = NoteStatus::Signed;
        n.signed_by = 1;
        n.signed_at = "2026-11-20T10:20:00Z";
        d.addenda = {{1, 42,
                      "Correction: the fissure is at 6 o'clock, as recorded; the referral letter said 12 o'clock.", 2,
                      "2026-11-21T08:15:00Z"}};
    }
    d.clinicians = clinicians();
    d.generated_at = {Date(2026, 11, 25), TimeOfDay::at(10, 5)};
    return d;
}

reports::HomeProgrammeData sample_home_programme()
{
    reports::HomeProgrammeData d;
    d.clinic = sample_clinic();
    d.patient = sample_patient();
    d.plan = plan_version(Date(2026, 9, 1)).plan;
    d.dilator_set = catalogue().sets.front();
    d.starts_on = Date(2026, 11, 25);
    d.clinician = clinicians().front();
    d.generated_at = {Date(2026, 11, 25), TimeOfDay::at(10, 5)};
    return d;
}

} // namespace fc::test
