#pragma once
// A therapy plan as the JSON document one plan version stores (plan_versions.content).
//
// Format 1, every field always written, names fixed for good:
//   { "format": 1, "title": "...", "conditions": ["..."],
//     "goals": [{"text": "...", "target_on": "2026-12-01" | null, "achieved": false}],
//     "start_on": "2026-11-25", "review_on": "2027-01-06", "status": "active|completed|stopped",
//     "stop_reason": "",
//     "components": [{ "kind": "dilator|pfmt|breathing|massage|heat|education|referral",
//                      "params": {...}, "instructions": "...",
//                      "precaution_override": null | {"reason": "...", "clinician_id": 3,
//                                                     "on": "2026-11-25", "precaution_ids": [4, 7]} }] }
// params by kind:
//   dilator   {"set_id", "start_mm", "target_mm", "minutes_start", "minutes_target", "per_week",
//              "lubricant": "water|silicone|oil"}
//   pfmt      {"hold_s", "reps", "sets", "fast", "relaxation": bool}
//   breathing {"minutes", "per_day"}
//   massage   {"minutes", "per_week"}
//   heat      {"minutes", "per_week"}
//   education {"topics": ["hygiene|fibre-hydration|toilet-posture"], "other_topic"}
//   referral  {"to", "reason"}
// Enums are the core's stable ids, dates ISO-8601. A later change of shape raises "format";
// readers keep reading every older format.
#include "core/therapy_plan.h"

#include <string>
#include <string_view>

namespace fc::store {

inline constexpr int plan_json_format = 1;

// The document as compact JSON text. The plan's dates must be real dates (std::invalid_argument
// otherwise: such a plan was never validated).
std::string plan_to_json(const TherapyPlan& plan);

// The plan stored in `json`. ClinicFileError(Corrupt) when it is not JSON or not a plan of a known
// format (naming `where`, e.g. "plan version 12", and the offending field); ClinicFileError
// (NewerSchema) when it was written in a newer format than this FloorChart knows.
TherapyPlan plan_from_json(std::string_view json, std::string_view where = "a therapy plan");

} // namespace fc::store
