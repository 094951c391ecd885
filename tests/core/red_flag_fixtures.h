#pragma once
// Test helpers for the red-flag rules: one patient's records, built small.
#include "core/red_flag_rules.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc::test {

inline constexpr std::int64_t flag_patient = 5;
inline constexpr std::int64_t standard_set_id = 1;

// A signed, attended session note.
inline SessionNote session(std::int64_t id, Date date, std::optional<int> mm = std::nullopt,
                           std::optional<int> pain_during = std::nullopt)
{
    SessionNote n;
    n.id = id;
    n.patient_id = flag_patient;
    n.date = date;
    n.duration_min = 40;
    n.status = NoteStatus::Signed;
    n.signed_by = 1;
    n.signed_at = "2026-11-25T10:05:00Z";
    n.measures.dilator_mm = mm;
    n.measures.pain_during = pain_during;
    return n;
}

inline HomeLogEntry home(std::int64_t id, Date date, std::optional<int> mm = std::nullopt,
                         std::optional<int> pain = std::nullopt)
{
    HomeLogEntry e;
    e.id = id;
    e.patient_id = flag_patient;
    e.date = date;
    e.dilator_mm = mm;
    e.pain = pain;
    return e;
}

inline PlanVersion plan_version(std::int64_t id, int number, Date effective, std::optional<std::int64_t> set_id)
{
    PlanVersion v;
    v.id = id;
    v.number = number;
    v.effective_on = effective;
    v.plan.title = "Fissure rehabilitation";
    v.plan.start_on = effective;
    v.plan.review_on = effective + boost::gregorian::days(42);
    if (set_id)
        v.plan.components.push_back(PlanComponent{.params = DilatorProgramme{.set_id = *set_id}});
    v.plan.components.push_back(PlanComponent{.params = PfmtProgramme{}});
    return v;
}

inline Precaution precaution(std::int64_t id, PrecautionKind kind, Date noted,
                             std::optional<Date> cleared = std::nullopt)
{
    Precaution p;
    p.id = id;
    p.patient_id = flag_patient;
    p.kind = kind;
    p.noted_on = noted;
    p.cleared_on = cleared;
    return p;
}

// The patient with the standard set (10, 13, 16, 19, 22, 25, 28, 32 mm) in a dilator programme
// from 2026-11-02, and no records yet.
inline RedFlagContext flag_context()
{
    RedFlagContext ctx;
    ctx.patient_id = flag_patient;
    auto standard = standard_dilator_set();
    standard.id = standard_set_id;
    ctx.catalogue.sets.push_back(standard);
    ctx.catalogue.default_set_id = standard_set_id;
    ctx.plan_versions.push_back(plan_version(31, 1, Date(2026, 11, 2), standard_set_id));
    return ctx;
}

inline std::vector<std::string> messages(const std::vector<RedFlag>& flags)
{
    std::vector<std::string> out;
    for (const auto& f : flags)
        out.push_back(f.message);
    return out;
}

inline std::vector<std::string> key_texts(const std::vector<RedFlag>& flags)
{
    std::vector<std::string> out;
    for (const auto& f : flags)
        out.push_back(to_string(f.key()));
    return out;
}

inline std::vector<RedFlag> with_rule(const std::vector<RedFlag>& flags, RedFlagRule rule)
{
    std::vector<RedFlag> out;
    for (const auto& f : flags)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

inline const RedFlagSettings default_flag_settings{};

} // namespace fc::test
