#pragma once
// The red-flag rules of DOMAIN.md as pure functions over one patient's records.
//
// What each kind of record can raise:
// - a session note, only when it counts (signed and attended; core/progress.h): bleeding,
//   sharp-pain, pain-threshold (pain during or after), burning, persisting-soreness, worsening,
//   progression-too-fast, precaution-not-cleared (dilator work: a size reached or minutes held,
//   on a day a precaution is open), screening (one flag listing every "yes" answer).
// - a home-log entry: bleeding, pain-threshold, progression-too-fast.
// - a plan version: precaution-not-cleared, when the version is active, has a dilator programme
//   and a precaution is open on its effective date.
// - a precaution: precaution-not-cleared, when the plan version already in force on the day it
//   was noted (effective before that day) is active with a dilator programme. A version that
//   starts on or after that day raises the flag itself, so each overlap is flagged once.
// precaution-not-cleared is raised even when the plan recorded a PrecautionOverride: the override
// lets the programme start, but DOMAIN.md makes such work a red flag in itself, and the flag is
// what makes a clinician review it.
//
// Progression: the dilator sizes of the counted notes and of the home-log entries, in order of
// date, then notes before home-log entries on the same day, then id (as core/progress.h). Each
// sized session is compared with the sized session before it (records without a size, drafts
// and sessions not attended are skipped), in steps of the set of the dilator programme of the
// plan in force on the later session's date. A flag when it went up by more than one step, or
// by any step while the pain of either session (the new size or the size it left) was at or
// above the progression threshold. No flag for the first session, a step down or the same size,
// without a set that day, or when either size is not in that set.
//
// Every flag is evaluated by all_red_flags; the flags_for_* functions return the part of it a
// new or changed record affects, for the service that saves the record to write in the same
// transaction after flags_not_yet_raised (core/red_flag.h). A changed rule or setting never
// re-evaluates other records by itself: that is `flags rescan` (all_red_flags, then
// flags_not_yet_raised against the stored keys).
#include "core/dilator_set.h"
#include "core/home_log.h"
#include "core/precaution.h"
#include "core/red_flag.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"

#include <cstdint>
#include <vector>

namespace fc {

// Everything about one patient the rules read: every note (any status), home-log entry, plan
// version (of every episode), precaution, and the clinic's dilator sets. Records need their ids.
struct RedFlagContext {
    std::int64_t patient_id = 0;
    std::vector<SessionNote> notes;
    std::vector<HomeLogEntry> home_log;
    std::vector<PlanVersion> plan_versions;
    std::vector<Precaution> precautions;
    DilatorCatalogue catalogue;
};

// Every flag the patient's records raise, ordered by date, then source kind (note, home-log,
// plan-version, precaution), then source id, then rule; each key once.
std::vector<RedFlag> all_red_flags(const RedFlagContext& ctx, const RedFlagSettings& settings);

// The flags that the new or changed `record` raises, evaluated with `record` in place of the
// context's record of the same id (or added, when the context does not hold it yet; either is
// fine). Besides the record's own flags:
// - a note or home-log entry: the progression flag of the next sized session, whose previous
//   session may now be this one (or, when this one lost its size, the one before).
// - a plan version: the progression flags of the sessions from its effective date (the set in
//   force may have changed), and the flags of precautions noted from that date.
// - a precaution: the precaution-not-cleared flags of the notes and plan versions dated while it
//   is open (their message lists every precaution open that day).
std::vector<RedFlag> flags_for_note(const SessionNote& note, const RedFlagContext& ctx,
                                    const RedFlagSettings& settings);
std::vector<RedFlag> flags_for_home_log(const HomeLogEntry& entry, const RedFlagContext& ctx,
                                        const RedFlagSettings& settings);
std::vector<RedFlag> flags_for_plan_version(const PlanVersion& version, const RedFlagContext& ctx,
                                            const RedFlagSettings& settings);
std::vector<RedFlag> flags_for_precaution(const Precaution& precaution, const RedFlagContext& ctx,
                                          const RedFlagSettings& settings);

} // namespace fc
