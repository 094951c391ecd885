#pragma once
// Therapy plans for the store tests: one that uses every kind of component, goals with and
// without a target, and a precaution override.
#include "core/therapy_plan.h"

namespace fc::test {

inline TherapyPlan plan_with_every_component()
{
    TherapyPlan p;
    p.title = "Vaginismus — graded dilator programme \"phase 1\"";
    p.conditions = {"Vaginismus", "Dyspareunia (N94.1)", "Ödem, nach OP"};
    p.goals = {Goal{.text = "Comfortable use of a 22 mm dilator", .target_on = Date(2027, 1, 20), .achieved = false},
               Goal{.text = "Pain-free smear test", .target_on = std::nullopt, .achieved = true}};
    p.start_on = Date(2026, 11, 25);
    p.review_on = Date(2027, 1, 6);
    p.status = PlanStatus::Stopped;
    p.stop_reason = "Moved away;\nreferred on.";
    p.components = {
        PlanComponent{.params = DilatorProgramme{.set_id = 1, .start_mm = 13, .target_mm = 22, .minutes_start = 4,
                                                 .minutes_target = 12, .per_week = 5,
                                                 .lubricant = Lubricant::Silicone},
                      .instructions = "Insert the 13 mm dilator\tslowly.",
                      .precaution_override = PrecautionOverride{.reason = "Cleared verbally by Dr Ahmed",
                                                                .clinician_id = 2,
                                                                .on = Date(2026, 11, 24),
                                                                .precaution_ids = {4, 9}}},
        PlanComponent{.params = PfmtProgramme{.hold_s = 8, .reps = 12, .sets = 2, .fast = 6, .relaxation = true},
                      .instructions = "Down-training first."},
        PlanComponent{.params = BreathingPractice{.minutes = 7, .per_day = 2}, .instructions = "Belly breathing."},
        PlanComponent{.params = PerinealMassage{.minutes = 6, .per_week = 4}, .instructions = ""},
        PlanComponent{.params = HeatTherapy{.minutes = 15, .per_week = 6}, .instructions = "Warm, never hot."},
        PlanComponent{.params = Education{.topics = {EducationTopic::Hygiene, EducationTopic::ToiletPosture},
                                          .other_topic = "Sleep"},
                      .instructions = "Leaflets given."},
        PlanComponent{.params = Referral{.to = "Dr Ahmed, colorectal", .reason = "Fissure review"},
                      .instructions = "We will write to you."}};
    return p;
}

} // namespace fc::test
