#include "core/red_flag_rules.h"

#include "core/progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <tuple>

namespace fc {

namespace {
RedFlag make_flag(const RedFlagContext& ctx, RedFlagRule rule, RedFlagSource source, std::int64_t source_id,
                  const Date& on, std::string message)
{
    RedFlag f;
    f.patient_id = ctx.patient_id;
    f.rule = rule;
    f.severity = severity_of(rule);
    f.message = std::move(message);
    f.source = source;
    f.source_id = source_id;
    f.on = on;
    return f;
}

std::optional<int> higher(const std::optional<int>& a, const std::optional<int>& b)
{
    if (a && b)
        return std::max(*a, *b);
    return a ? a : b;
}

bool at_or_above(const std::optional<int>& pain, int threshold)
{
    return pain && *pain >= threshold;
}

// ---- precautions -----------------------------------------------------------------------------

std::vector<Precaution> open_on(const std::vector<Precaution>& precautions, const Date& on)
{
    std::vector<Precaution> open;
    for (const auto& p : precautions)
        if (p.is_open_on(on))
            open.push_back(p);
    std::sort(open.begin(), open.end(), [](const Precaution& a, const Precaution& b) {
        return std::tie(a.noted_on, a.id) < std::tie(b.noted_on, b.id);
    });
    return open;
}

// "History of anal fissure (since 2026-11-01); Rectal bleeding (since 2026-11-10)"
std::string precautions_text(const std::vector<Precaution>& precautions)
{
    std::string text;
    for (const auto& p : precautions)
        text += fmt::format("{}{} (since {})", text.empty() ? "" : "; ", label(p.kind), to_iso(p.noted_on));
    return text;
}

bool has_active_dilator_programme(const PlanVersion& v)
{
    return v.plan.status == PlanStatus::Active && dilator_programme(v.plan) != nullptr;
}

std::optional<RedFlag> plan_version_flag(const PlanVersion& v, const RedFlagContext& ctx)
{
    if (!has_active_dilator_programme(v))
        return std::nullopt;
    const auto open = open_on(ctx.precautions, v.effective_on);
    if (open.empty())
        return std::nullopt;
    const auto dilator = std::find_if(v.plan.components.begin(), v.plan.components.end(),
                                       [](const PlanComponent& c) { return c.kind() == ComponentKind::Dilator; });
    const bool overridden = dilator != v.plan.components.end() && dilator->precaution_override.has_value();
    return make_flag(ctx, RedFlagRule::PrecautionNotCleared, RedFlagSource::PlanVersion, v.id, v.effective_on,
                     fmt::format("Dilator programme in plan version {} of {} while a precaution is open and not "
                                 "cleared: {}{}",
                                 v.number, to_iso(v.effective_on), precautions_text(open),
                                 overridden ? "; it was started with a recorded override" : ""));
}

std::optional<RedFlag> precaution_flag(const Precaution& p, const RedFlagContext& ctx)
{
    if (!p.is_open_on(p.noted_on))
        return std::nullopt;
    const auto* v = plan_on(ctx.plan_versions, p.noted_on);
    if (!v || !(v->effective_on < p.noted_on) || !has_active_dilator_programme(*v))
        return std::nullopt; // no plan then, or the version starting that day raises the flag itself
    return make_flag(ctx, RedFlagRule::PrecautionNotCleared, RedFlagSource::Precaution, p.id, p.noted_on,
                     fmt::format("Dilator programme in the plan in force (version {} of {}) while a precaution is "
                                 "open and not cleared: {}",
                                 v->number, to_iso(v->effective_on), precautions_text({p})));
}

// ---- notes and home-log entries ----------------------------------------------------------------

std::string lower_first(std::string_view s)
{
    std::string out(s);
    if (!out.empty())
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

std::optional<RedFlag> pain_flag_for_note(const SessionNote& n, const RedFlagContext& ctx, int threshold)
{
    const auto& m = n.measures;
    const bool during = at_or_above(m.pain_during, threshold);
    const bool after = at_or_above(m.pain_after, threshold);
    if (!during && !after)
        return std::nullopt;
    std::string pain;
    if (during && after)
        pain = fmt::format("{}/10 during and {}/10 after", *m.pain_during, *m.pain_after);
    else
        pain = during ? fmt::format("{}/10 during", *m.pain_during) : fmt::format("{}/10 after", *m.pain_after);
    return make_flag(ctx, RedFlagRule::PainThreshold, RedFlagSource::Note, n.id, n.date,
                     fmt::format("Pain {} the session of {} (threshold {})", pain, to_iso(n.date), threshold));
}

void add_note_flags(std::vector<RedFlag>& out, const SessionNote& n, const RedFlagContext& ctx,
                    const RedFlagSettings& settings)
{
    const auto date = to_iso(n.date);
    const auto add = [&](RedFlagRule rule, std::string message) {
        out.push_back(make_flag(ctx, rule, RedFlagSource::Note, n.id, n.date, std::move(message)));
    };
    const auto& s = n.symptoms;
    if (s.bleeding)
        add(RedFlagRule::Bleeding, fmt::format("Bleeding recorded at the session of {}", date));
    if (s.sharp_pain)
        add(RedFlagRule::SharpPain, fmt::format("Sharp or intense pain recorded at the session of {}", date));
    if (auto f = pain_flag_for_note(n, ctx, settings.pain_threshold))
        out.push_back(std::move(*f));
    if (s.burning)
        add(RedFlagRule::Burning, fmt::format("Burning recorded at the session of {}", date));
    if (s.soreness_over_24h)
        add(RedFlagRule::PersistingSoreness,
            fmt::format("Pain or soreness lasting more than 24 hours recorded at the session of {}", date));
    if (s.worsening)
        add(RedFlagRule::Worsening, fmt::format("Worsening of a known condition recorded at the session of {}", date));

    const bool dilator_work = n.measures.dilator_mm.has_value() || n.measures.minutes_held.has_value();
    if (dilator_work)
        if (const auto open = open_on(ctx.precautions, n.date); !open.empty())
            add(RedFlagRule::PrecautionNotCleared,
                fmt::format("Dilator work on {} while a precaution is open and not cleared: {}", date,
                            precautions_text(open)));

    if (!n.screening.empty()) {
        std::string answers;
        for (const auto q : all_screening_questions)
            if (n.screening.contains(q))
                answers += (answers.empty() ? "" : ", ") + lower_first(label(q));
        add(RedFlagRule::Screening, fmt::format("Screening on {}: {}", date, answers));
    }
}

void add_home_log_flags(std::vector<RedFlag>& out, const HomeLogEntry& e, const RedFlagContext& ctx,
                        const RedFlagSettings& settings)
{
    const auto date = to_iso(e.date);
    if (e.bleeding)
        out.push_back(make_flag(ctx, RedFlagRule::Bleeding, RedFlagSource::HomeLog, e.id, e.date,
                                fmt::format("Bleeding reported in the home log of {}", date)));
    if (at_or_above(e.pain, settings.pain_threshold))
        out.push_back(make_flag(ctx, RedFlagRule::PainThreshold, RedFlagSource::HomeLog, e.id, e.date,
                                fmt::format("Pain {}/10 in the home log of {} (threshold {})", *e.pain, date,
                                            settings.pain_threshold)));
}

// ---- progression ------------------------------------------------------------------------------

// A session with a dilator size, in the order sessions are compared.
struct SizedSession {
    Date date;
    RedFlagSource source = RedFlagSource::Note; // Note or HomeLog: notes first on the same day
    std::int64_t id = 0;
    int mm = 0;
    std::optional<int> pain; // the higher of pain during and after for a note

    auto order() const { return std::tie(date, source, id); }
};

std::vector<SizedSession> sized_sessions(const RedFlagContext& ctx)
{
    std::vector<SizedSession> sessions;
    for (const auto& n : ctx.notes)
        if (counts_for_progress(n) && n.measures.dilator_mm)
            sessions.push_back(SizedSession{n.date, RedFlagSource::Note, n.id, *n.measures.dilator_mm,
                                            higher(n.measures.pain_during, n.measures.pain_after)});
    for (const auto& e : ctx.home_log)
        if (e.dilator_mm)
            sessions.push_back(SizedSession{e.date, RedFlagSource::HomeLog, e.id, *e.dilator_mm, e.pain});
    std::sort(sessions.begin(), sessions.end(),
              [](const SizedSession& a, const SizedSession& b) { return a.order() < b.order(); });
    return sessions;
}

const DilatorSet* set_on(const RedFlagContext& ctx, const Date& on)
{
    const auto* version = plan_on(ctx.plan_versions, on);
    const auto* programme = version ? dilator_programme(version->plan) : nullptr;
    return programme ? ctx.catalogue.find(programme->set_id) : nullptr;
}

std::optional<RedFlag> progression_flag(const SizedSession& before, const SizedSession& now,
                                        const RedFlagContext& ctx, const RedFlagSettings& settings)
{
    const auto* set = set_on(ctx, now.date);
    const auto steps = set ? steps_between(*set, before.mm, now.mm) : std::nullopt;
    if (!steps || *steps < 1)
        return std::nullopt;
    const int threshold = settings.progression_pain_threshold;
    const bool too_many = *steps > 1;
    const bool painful_now = at_or_above(now.pain, threshold);
    const bool painful_before = at_or_above(before.pain, threshold);
    if (!too_many && !painful_now && !painful_before)
        return std::nullopt;

    auto message = fmt::format("Dilator size raised from {} mm to {} mm", before.mm, now.mm);
    if (too_many)
        message += before.date == now.date
                       ? fmt::format(" ({} steps) on {}", *steps, to_iso(now.date))
                       : fmt::format(" ({} steps) between {} and {}", *steps, to_iso(before.date), to_iso(now.date));
    if (painful_now)
        message += fmt::format(" while pain was {}/10 on {}", *now.pain, to_iso(now.date));
    else if (painful_before)
        message += fmt::format(" while pain was still {}/10 at {} mm on {}", *before.pain, before.mm,
                               to_iso(before.date));
    return make_flag(ctx, RedFlagRule::ProgressionTooFast, now.source, now.id, now.date, std::move(message));
}

// ---- scoping ----------------------------------------------------------------------------------

template <typename Record>
void put(std::vector<Record>& records, const Record& record)
{
    const auto same = std::find_if(records.begin(), records.end(), [&](const Record& r) { return r.id == record.id; });
    if (same == records.end())
        records.push_back(record);
    else
        *same = record;
}

std::vector<RedFlag> only(std::vector<RedFlag> flags, const std::function<bool(const RedFlag&)>& wanted)
{
    std::erase_if(flags, [&](const RedFlag& f) { return !wanted(f); });
    return flags;
}

bool from_session(const RedFlag& f)
{
    return f.source == RedFlagSource::Note || f.source == RedFlagSource::HomeLog;
}

// The flags of the record (`source`, `id`) dated `date`, and the progression flag of the sized
// session that follows it.
std::vector<RedFlag> for_session(const RedFlagContext& ctx, const RedFlagSettings& settings, RedFlagSource source,
                                 std::int64_t id, const Date& date)
{
    std::optional<RedFlagKey> next;
    const auto sessions = sized_sessions(ctx);
    const auto position = std::tie(date, source, id);
    const auto after = std::upper_bound(sessions.begin(), sessions.end(), position,
                                        [](const auto& p, const SizedSession& s) { return p < s.order(); });
    if (after != sessions.end())
        next = RedFlagKey{RedFlagRule::ProgressionTooFast, after->source, after->id};
    return only(all_red_flags(ctx, settings), [&](const RedFlag& f) {
        return (f.source == source && f.source_id == id) || (next && f.key() == *next);
    });
}
} // namespace

std::vector<RedFlag> all_red_flags(const RedFlagContext& ctx, const RedFlagSettings& settings)
{
    std::vector<RedFlag> out;
    for (const auto& n : ctx.notes)
        if (counts_for_progress(n))
            add_note_flags(out, n, ctx, settings);
    for (const auto& e : ctx.home_log)
        add_home_log_flags(out, e, ctx, settings);
    const auto sessions = sized_sessions(ctx);
    for (std::size_t i = 1; i < sessions.size(); ++i)
        if (auto f = progression_flag(sessions[i - 1], sessions[i], ctx, settings))
            out.push_back(std::move(*f));
    for (const auto& v : ctx.plan_versions)
        if (auto f = plan_version_flag(v, ctx))
            out.push_back(std::move(*f));
    for (const auto& p : ctx.precautions)
        if (auto f = precaution_flag(p, ctx))
            out.push_back(std::move(*f));

    std::stable_sort(out.begin(), out.end(), [](const RedFlag& a, const RedFlag& b) {
        return std::tie(a.on, a.source, a.source_id, a.rule) < std::tie(b.on, b.source, b.source_id, b.rule);
    });
    return flags_not_yet_raised(std::move(out), {});
}

std::vector<RedFlag> flags_for_note(const SessionNote& note, const RedFlagContext& ctx,
                                    const RedFlagSettings& settings)
{
    auto with = ctx;
    put(with.notes, note);
    return for_session(with, settings, RedFlagSource::Note, note.id, note.date);
}

std::vector<RedFlag> flags_for_home_log(const HomeLogEntry& entry, const RedFlagContext& ctx,
                                        const RedFlagSettings& settings)
{
    auto with = ctx;
    put(with.home_log, entry);
    return for_session(with, settings, RedFlagSource::HomeLog, entry.id, entry.date);
}

std::vector<RedFlag> flags_for_plan_version(const PlanVersion& version, const RedFlagContext& ctx,
                                            const RedFlagSettings& settings)
{
    auto with = ctx;
    put(with.plan_versions, version);
    return only(all_red_flags(with, settings), [&](const RedFlag& f) {
        if (f.source == RedFlagSource::PlanVersion)
            return f.source_id == version.id;
        if (f.source == RedFlagSource::Precaution)
            return !(f.on < version.effective_on);
        return f.rule == RedFlagRule::ProgressionTooFast && from_session(f) && !(f.on < version.effective_on);
    });
}

std::vector<RedFlag> flags_for_precaution(const Precaution& precaution, const RedFlagContext& ctx,
                                          const RedFlagSettings& settings)
{
    auto with = ctx;
    put(with.precautions, precaution);
    return only(all_red_flags(with, settings), [&](const RedFlag& f) {
        if (f.source == RedFlagSource::Precaution)
            return f.source_id == precaution.id;
        return f.rule == RedFlagRule::PrecautionNotCleared && precaution.is_open_on(f.on);
    });
}

} // namespace fc
