#pragma once
// Progress over an episode of care, as dated series for charts and reports: dilator size (mm and
// step of the set), minutes held, pain, comfort, Oxford grade; and adherence: sessions done each
// ISO week against the dilator programme's sessions-per-week target in force that week.
// Only signed, attended notes count; every home-log entry is one home session.
#include "core/date.h"
#include "core/dilator_set.h"
#include "core/home_log.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct Appointment; // core/appointment.h

enum class PointSource { Note, HomeLog }; // note|home-log; on the same day notes come first
std::string_view to_string(PointSource s);

struct SeriesPoint {
    Date date;
    double value = 0;
    PointSource source = PointSource::Note;
    std::int64_t record_id = 0; // the note's or the home-log entry's id
    bool operator==(const SeriesPoint&) const = default;
};
using Series = std::vector<SeriesPoint>; // ordered by date, then source, then record id

struct ProgressSeries {
    Series dilator_mm;
    Series dilator_step; // 0 = smallest of the set of the programme in force that day
    Series minutes_held; // notes' minutes held and home sessions' minutes
    Series pain_during;  // notes' pain during and home sessions' pain
    Series pain_after;   // notes only
    Series comfort;
    Series oxford; // notes only
};

// True for a note that counts in progress and adherence: signed and attended.
bool counts_for_progress(const SessionNote& note);

ProgressSeries progress_series(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                               const std::vector<PlanVersion>& plan_versions, const DilatorCatalogue& catalogue);

// "2026-W48": the ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday).
std::string iso_week(const Date& d);
Date monday_of(const Date& d);

// The sessions-per-week target of the dilator programme of the plan in force on `on`, when that
// plan is active and has started; nullopt otherwise.
std::optional<int> dilator_target_on(const std::vector<PlanVersion>& plan_versions, const Date& on);

struct WeekAdherence {
    Date monday;
    std::string week; // "2026-W48"
    int notes = 0;
    int home_sessions = 0;
    std::optional<int> target; // nullopt: no dilator target that week
    // The week's appointments (count_appointments): still booked, attended, did not attend,
    // cancelled.
    int booked = 0;
    int attended = 0;
    int missed = 0;
    int cancelled = 0;

    int done() const { return notes + home_sessions; }
};

struct Adherence {
    std::vector<WeekAdherence> weeks;
    int sessions_done = 0;         // every session in the weeks
    int sessions_counted = 0;      // per week with a target, done capped at the target
    int sessions_target = 0;       // sum of the targets
    std::optional<double> percent; // 100 * counted / target; nullopt when no week had a target
};

// Every ISO week touching [from, to] (widened to whole weeks, Monday to Sunday). A week's target
// is the one in force on its Sunday, or on `to` when the period ends earlier in that week.
// Empty when `to` is before `from`.
Adherence adherence(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                    const std::vector<PlanVersion>& plan_versions, const Date& from, const Date& to);
// Adds each appointment to the week that holds it (appointments outside the weeks are skipped).
void count_appointments(Adherence& adherence, const std::vector<Appointment>& appointments);

} // namespace fc
