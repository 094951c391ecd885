#pragma once
// The JSON shape of plans, notes and home-log entries, as printed by --json.
#include "core/addendum.h"
#include "core/dilator_set.h"
#include "core/home_log.h"
#include "core/red_flag.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"

#include <nlohmann/json.hpp>

namespace fc::cli {

nlohmann::json to_json(const DilatorSet& s);
nlohmann::json to_json(const PlanComponent& c);
// The plan as of `version` (the one shown), with the list of all versions.
nlohmann::json to_json(const EpisodeOfCare& e, const PlanVersion& shown);
nlohmann::json to_json(const SessionNote& n);
nlohmann::json to_json(const Addendum& a);
nlohmann::json to_json(const HomeLogEntry& e);
// id, rule, severity, patient_id, source, source_id, date, message, status and, once
// acknowledged, action, note, by, at.
nlohmann::json to_json(const RedFlag& f);
nlohmann::json to_json(const std::vector<RedFlag>& flags);

} // namespace fc::cli
