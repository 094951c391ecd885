#pragma once
// Human-readable text for plans, notes and the home log (dates as YYYY-MM-DD).
#include "core/addendum.h"
#include "core/clinician.h"
#include "core/home_log.h"
#include "core/red_flag.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"

#include <string>
#include <vector>

namespace fc::cli {

std::string plan_text(const EpisodeOfCare& e, const PlanVersion& version);
std::string note_list_text(const std::vector<SessionNote>& notes);
std::string note_text(const SessionNote& n, const std::vector<Addendum>& addenda,
                      const std::vector<Clinician>& clinicians);
std::string home_log_text(const std::vector<HomeLogEntry>& entries);
// "RED FLAG [urgent] 12: Bleeding reported ..." lines; "" when there are none.
std::string raised_flags_text(const std::vector<RedFlag>& flags);
std::string flag_list_text(const std::vector<RedFlag>& flags, const std::vector<Clinician>& clinicians);

} // namespace fc::cli
