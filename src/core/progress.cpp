#include "core/progress.h"

#include "core/appointment.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace fc {

namespace {
using boost::gregorian::days;

void add(Series& series, const Date& date, const std::optional<int>& value, PointSource source, std::int64_t id)
{
    if (value)
        series.push_back(SeriesPoint{date, static_cast<double>(*value), source, id});
}

void order(Series& series)
{
    std::sort(series.begin(), series.end(), [](const SeriesPoint& a, const SeriesPoint& b) {
        return std::tie(a.date, a.source, a.record_id) < std::tie(b.date, b.source, b.record_id);
    });
}

// The set of the dilator programme in force on `on`, if it is known.
const DilatorSet* set_on(const std::vector<PlanVersion>& versions, const DilatorCatalogue& catalogue, const Date& on)
{
    const auto* version = plan_on(versions, on);
    const auto* programme = version ? dilator_programme(version->plan) : nullptr;
    return programme ? catalogue.find(programme->set_id) : nullptr;
}

void add_size(ProgressSeries& out, const std::vector<PlanVersion>& versions, const DilatorCatalogue& catalogue,
              const Date& date, const std::optional<int>& mm, PointSource source, std::int64_t id)
{
    if (!mm)
        return;
    add(out.dilator_mm, date, mm, source, id);
    if (const auto* set = set_on(versions, catalogue, date))
        add(out.dilator_step, date, dilator_step(*set, *mm), source, id);
}
} // namespace

std::string_view to_string(PointSource s)
{
    return s == PointSource::Note ? "note" : "home-log";
}

bool counts_for_progress(const SessionNote& note)
{
    return note.is_signed() && note.attendance == Attendance::Attended;
}

ProgressSeries progress_series(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                               const std::vector<PlanVersion>& plan_versions, const DilatorCatalogue& catalogue)
{
    ProgressSeries out;
    for (const auto& n : notes) {
        if (!counts_for_progress(n))
            continue;
        const auto& m = n.measures;
        add_size(out, plan_versions, catalogue, n.date, m.dilator_mm, PointSource::Note, n.id);
        add(out.minutes_held, n.date, m.minutes_held, PointSource::Note, n.id);
        add(out.pain_during, n.date, m.pain_during, PointSource::Note, n.id);
        add(out.pain_after, n.date, m.pain_after, PointSource::Note, n.id);
        add(out.comfort, n.date, m.comfort, PointSource::Note, n.id);
        add(out.oxford, n.date, m.oxford, PointSource::Note, n.id);
    }
    for (const auto& e : home_log) {
        add_size(out, plan_versions, catalogue, e.date, e.dilator_mm, PointSource::HomeLog, e.id);
        add(out.minutes_held, e.date, e.minutes, PointSource::HomeLog, e.id);
        add(out.pain_during, e.date, e.pain, PointSource::HomeLog, e.id);
        add(out.comfort, e.date, e.comfort, PointSource::HomeLog, e.id);
    }
    for (auto* s : {&out.dilator_mm, &out.dilator_step, &out.minutes_held, &out.pain_during, &out.pain_after,
                    &out.comfort, &out.oxford})
        order(*s);
    return out;
}

Date monday_of(const Date& d)
{
    // day_of_week: Sunday 0 .. Saturday 6
    const int from_monday = (d.day_of_week().as_number() + 6) % 7;
    return d - days(from_monday);
}

std::string iso_week(const Date& d)
{
    const Date thursday = monday_of(d) + days(3);
    return fmt::format("{:04d}-W{:02d}", static_cast<int>(thursday.year()), d.week_number());
}

std::optional<int> dilator_target_on(const std::vector<PlanVersion>& plan_versions, const Date& on)
{
    const auto* version = plan_on(plan_versions, on);
    if (!version || version->plan.status != PlanStatus::Active || on < version->plan.start_on)
        return std::nullopt;
    const auto* programme = dilator_programme(version->plan);
    return programme ? std::optional<int>(programme->per_week) : std::nullopt;
}

Adherence adherence(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                    const std::vector<PlanVersion>& plan_versions, const Date& from, const Date& to)
{
    Adherence out;
    if (to < from)
        return out;
    const Date first = monday_of(from);
    const Date last = monday_of(to) + days(6);
    for (Date monday = first; monday <= last; monday += days(7)) {
        WeekAdherence w{.monday = monday, .week = iso_week(monday)};
        w.target = dilator_target_on(plan_versions, std::min(monday + days(6), to));
        out.weeks.push_back(std::move(w));
    }
    const auto week_of = [&](const Date& d) -> WeekAdherence* {
        if (d < first || d > last)
            return nullptr;
        return &out.weeks[static_cast<std::size_t>((d - first).days() / 7)];
    };
    for (const auto& n : notes)
        if (counts_for_progress(n))
            if (auto* w = week_of(n.date))
                ++w->notes;
    for (const auto& e : home_log)
        if (auto* w = week_of(e.date))
            ++w->home_sessions;

    for (const auto& w : out.weeks) {
        out.sessions_done += w.done();
        if (w.target && *w.target > 0) {
            out.sessions_counted += std::min(w.done(), *w.target);
            out.sessions_target += *w.target;
        }
    }
    if (out.sessions_target > 0)
        out.percent = 100.0 * out.sessions_counted / out.sessions_target;
    return out;
}

} // namespace fc

namespace fc {

void count_appointments(Adherence& adherence, const std::vector<Appointment>& appointments)
{
    for (const auto& a : appointments) {
        const auto monday = monday_of(a.date);
        for (auto& week : adherence.weeks) {
            if (week.monday != monday)
                continue;
            switch (a.status) {
            case AppointmentStatus::Booked: ++week.booked; break;
            case AppointmentStatus::Attended: ++week.attended; break;
            case AppointmentStatus::DidNotAttend: ++week.missed; break;
            case AppointmentStatus::Cancelled: ++week.cancelled; break;
            }
        }
    }
}

} // namespace fc
