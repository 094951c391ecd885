#include "services/demo_history.h"

#include "core/internal_work.h"
#include "core/therapy_plan.h"
#include "services/demo_diary.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc::demo {

namespace {
using boost::gregorian::days;

const char* const subjective_lines[] = {
    "Managing the programme at home, some days harder than others.",
    "Reports less pain on opening the bowels this week.",
    "Found the breathing exercise helpful before insertion.",
    "Missed two sessions because of work; otherwise going well.",
    "Feels more confident moving up a size.",
};
const char* const assessment_lines[] = {
    "Progressing as planned.",
    "Tolerating current size; not ready to progress.",
    "Good relaxation of the pelvic floor on exhale.",
    "Slower progress; reassured and reviewed technique.",
};

TherapyPlan invent_plan(Random& rnd, const DilatorSet& set, const Date& start, bool dilators)
{
    TherapyPlan plan;
    plan.title = dilators ? "Graded dilator programme with pelvic floor relaxation" : "Pelvic floor muscle training";
    plan.conditions = {"Chronic anal fissure"};
    plan.goals = {Goal{"Comfortable insertion of the target size for 15 minutes", start + days(120), false},
                  Goal{"Pain on defecation 2/10 or less", start + days(90), rnd.chance(40)}};
    plan.start_on = start;
    plan.review_on = start + days(42);
    if (dilators) {
        const int start_step = rnd.chance(70) ? 0 : 1;
        const int target_step = std::min<int>(static_cast<int>(set.sizes_mm.size()) - 1, start_step + rnd.between(3, 6));
        PlanComponent c{DilatorProgramme{.set_id = set.id,
                                         .start_mm = set.sizes_mm[static_cast<std::size_t>(start_step)],
                                         .target_mm = set.sizes_mm[static_cast<std::size_t>(target_step)],
                                         .minutes_start = 5,
                                         .minutes_target = 15,
                                         .per_week = rnd.between(2, 3),
                                         .lubricant = rnd.chance(80) ? Lubricant::Water : Lubricant::Silicone}};
        c.instructions = default_instructions(c.params);
        plan.components.push_back(std::move(c));
    }
    PlanComponent pfmt{PfmtProgramme{.relaxation = rnd.chance(60)}};
    pfmt.instructions = default_instructions(pfmt.params);
    plan.components.push_back(std::move(pfmt));
    if (rnd.chance(60)) {
        PlanComponent breathing{BreathingPractice{}};
        breathing.instructions = default_instructions(breathing.params);
        plan.components.push_back(std::move(breathing));
    }
    if (rnd.chance(70)) {
        PlanComponent education{Education{.topics = {EducationTopic::Hygiene, EducationTopic::FibreHydration}}};
        education.instructions = default_instructions(education.params);
        plan.components.push_back(std::move(education));
    }
    return plan;
}

// `d`, or the Friday before it when it falls at the weekend.
Date weekday_before(Date d)
{
    while (weekday_of(d) == Weekday::Sat || weekday_of(d) == Weekday::Sun)
        d -= days(1);
    return d;
}

// The first half-hour from `wanted` on (08:00 to 17:00, wrapping round) at which neither the
// clinician nor the patient is busy for the next hour, marked as taken; `wanted` when the day is
// full (a large demo clinic has more notes than its few clinicians have slots).
TimeOfDay free_slot(TakenSlots& taken, std::int64_t clinician, std::int64_t patient, const Date& d, TimeOfDay wanted)
{
    constexpr int first = 8 * 60, slots = 19; // the last starts at 17:00 and ends by 18:00
    const int at = (wanted.minutes - first) / 30;
    for (int k = 0; k < slots; ++k) {
        const int minute = first + 30 * ((at + k) % slots);
        if (taken.free(clinician, patient, d, minute, 60)) {
            taken.take(clinician, patient, d, minute, 60);
            return TimeOfDay{minute};
        }
    }
    return wanted;
}

int note_count(Random& rnd)
{
    if (rnd.chance(1))
        return rnd.between(300, 360);
    return rnd.between(4, 52); // about 30 on average with the long histories
}
} // namespace

HistoryCounts invent_history(Clinic::Impl& impl, Random& rnd, const Patient& patient,
                             const std::vector<Precaution>& precautions, std::int64_t clinician, const Date& today,
                             TakenSlots& taken)
{
    HistoryCounts counts;
    if (!rnd.chance(85))
        return counts;
    const auto catalogue = impl.dilator_sets.catalogue();
    const DilatorSet* set = catalogue.default_set();
    if (!set)
        return counts;

    const int span = rnd.chance(20) ? rnd.between(21, 200) : rnd.between(365, 3 * 365);
    const Date start = today - days(span);
    const bool dilators = rnd.chance(80);
    auto plan = invent_plan(rnd, *set, start, dilators);
    if (dilators) {
        const auto blocking = blocking_precautions(ComponentKind::Dilator, precautions, start);
        if (!blocking.empty())
            plan.components.front().precaution_override = precaution_override_from_form(
                OverrideForm{"Referrer agreed by telephone; letter requested"}, blocking, clinician, start);
    }
    EpisodeOfCare episode{.patient_id = patient.id, .version = 1, .opened_on = start};
    episode.id = impl.plans.insert_episode(episode);
    auto version = next_plan_version({}, plan, start, clinician);
    version.episode_id = episode.id;
    impl.plans.insert_version(version);
    ++counts.plans;

    const auto* programme = dilator_programme(plan);
    int step = programme ? *dilator_step(*set, programme->start_mm) : 0;
    const int target_step = programme ? *dilator_step(*set, programme->target_mm) : 0;
    const int n = note_count(rnd);
    int minutes = 5;
    Date previous = start;
    for (int i = 0; i < n; ++i) {
        Date date = start + days(static_cast<long>(span) * i / n + rnd.between(0, 2));
        if (date > today)
            date = today;
        date = weekday_before(date); // the clinic is closed at the weekend
        SessionNote note;
        note.patient_id = patient.id;
        note.clinician_id = clinician;
        note.date = date;
        note.start = TimeOfDay::at(rnd.between(8, 17), rnd.chance(50) ? 0 : 30);
        note.start = free_slot(taken, clinician, patient.id, date, note.start);
        note.duration_min = i == 0 ? 60 : 45;
        note.type = i == 0 ? AppointmentType::Initial : (i + 1 == n && rnd.chance(30) ? AppointmentType::Discharge
                                                                                     : AppointmentType::FollowUp);
        const int roll = rnd.between(1, 100);
        note.attendance = roll <= 4 ? Attendance::DidNotAttend : roll <= 7 ? Attendance::Cancelled : Attendance::Attended;
        if (i == 0)
            note.attendance = Attendance::Attended;
        if (note.attendance == Attendance::Attended) {
            auto& m = note.measures;
            const int comfort = rnd.between(4, 9);
            // Pain eases as the sizes go up; now and then a bad day.
            const int pain = std::clamp(5 - step + rnd.between(-2, 1) + (rnd.chance(3) ? 3 : 0), 0, 10);
            if (programme && i > 0 && comfort >= 7 && pain < 4 && step < target_step && rnd.chance(45))
                step += rnd.chance(3) ? std::min(2, target_step - step) : 1;
            minutes = std::min(20, minutes + rnd.between(0, 1));
            m.pain_during = pain;
            m.pain_after = std::max(0, pain - rnd.between(0, 2));
            m.comfort = comfort;
            if (programme) {
                m.dilator_mm = set->sizes_mm[static_cast<std::size_t>(step)];
                m.minutes_held = minutes;
            }
            m.oxford = rnd.between(1, 4);
            if (rnd.chance(30))
                m.bristol = rnd.between(3, 5);
            auto& s = note.symptoms;
            s.bleeding = rnd.chance(2);
            s.sharp_pain = rnd.chance(2);
            s.burning = rnd.chance(2);
            s.soreness_over_24h = rnd.chance(2);
            s.worsening = rnd.chance(1);
            s.distress = rnd.chance(3);
            note.consent_internal = true;
            note.chaperone_offered = true;
            note.chaperone_present = rnd.chance(15);
            note.subjective = rnd.pick(subjective_lines);
            note.objective = programme ? fmt::format("Inserted {} mm with exhale, held {} min.", *m.dilator_mm, minutes)
                                       : "Pelvic floor assessed.";
            note.assessment = rnd.pick(assessment_lines);
            note.plan = "Continue the home programme as written.";
            if (i == 0) {
                note.screened = true;
                if (rnd.chance(2))
                    note.screening.insert(ScreeningQuestion::BowelChange);
            }
        }
        const bool draft = i + 1 == n && rnd.chance(5);
        if (!draft) {
            note.status = NoteStatus::Signed;
            note.signed_by = clinician;
            note.signed_at = fmt::format("{}T{}:00Z", to_iso(date), to_iso(note.start));
        }
        const auto visit = record_visit(impl, note);
        note.appointment_id = visit.id;
        link_visit(impl, visit, impl.notes.insert(note), clinician);
        ++counts.notes;
        ++counts.appointments;

        // Home sessions the patient logged since the previous visit.
        if (programme && i > 0) {
            const int logged = rnd.between(0, 3);
            for (int k = 0; k < logged; ++k) {
                const long gap = std::max<long>(1, (date - previous).days());
                HomeLogEntry e;
                e.patient_id = patient.id;
                e.date = previous + days(rnd.between(1, static_cast<int>(gap)));
                if (e.date > today)
                    e.date = today;
                e.dilator_mm = set->sizes_mm[static_cast<std::size_t>(step)];
                e.minutes = minutes;
                e.comfort = rnd.between(4, 9);
                e.pain = rnd.between(0, 5);
                e.bleeding = rnd.chance(1);
                impl.home_log.insert(e, clinician);
                ++counts.home_log;
            }
        }
        previous = date;
    }
    return counts;
}

} // namespace fc::demo
