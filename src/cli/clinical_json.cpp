#include "cli/clinical_json.h"

#include <variant>

namespace fc::cli {

using nlohmann::json;

namespace {
json optional_int(const std::optional<int>& v)
{
    return v ? json(*v) : json(nullptr);
}

json optional_date(const std::optional<Date>& d)
{
    return d ? json(to_iso(*d)) : json(nullptr);
}

struct ParamsJson {
    json operator()(const DilatorProgramme& d) const
    {
        return {{"set_id", d.set_id},           {"start_mm", d.start_mm}, {"target_mm", d.target_mm},
                {"minutes_start", d.minutes_start}, {"minutes_target", d.minutes_target},
                {"per_week", d.per_week},       {"lubricant", std::string(to_string(d.lubricant))}};
    }
    json operator()(const PfmtProgramme& p) const
    {
        return {{"hold_s", p.hold_s}, {"reps", p.reps}, {"sets", p.sets}, {"fast", p.fast},
                {"relaxation", p.relaxation}};
    }
    json operator()(const BreathingPractice& b) const { return {{"minutes", b.minutes}, {"per_day", b.per_day}}; }
    json operator()(const PerinealMassage& m) const { return {{"minutes", m.minutes}, {"per_week", m.per_week}}; }
    json operator()(const HeatTherapy& h) const { return {{"minutes", h.minutes}, {"per_week", h.per_week}}; }
    json operator()(const Education& e) const
    {
        json topics = json::array();
        for (const auto t : e.topics)
            topics.push_back(std::string(to_string(t)));
        return {{"topics", topics}, {"other_topic", e.other_topic}};
    }
    json operator()(const Referral& r) const { return {{"to", r.to}, {"reason", r.reason}}; }
};
} // namespace

json to_json(const DilatorSet& s)
{
    return {{"id", s.id},
            {"name", s.name},
            {"material", std::string(to_string(s.material))},
            {"sizes_mm", s.sizes_mm},
            {"active", s.active}};
}

json to_json(const PlanComponent& c)
{
    json j = {{"kind", std::string(to_string(c.kind()))},
              {"parameters", std::visit(ParamsJson{}, c.params)},
              {"instructions", c.instructions}};
    if (c.precaution_override)
        j["precaution_override"] = {{"reason", c.precaution_override->reason},
                                    {"by", c.precaution_override->clinician_id},
                                    {"date", to_iso(c.precaution_override->on)},
                                    {"precaution_ids", c.precaution_override->precaution_ids}};
    return j;
}

json to_json(const EpisodeOfCare& e, const PlanVersion& shown)
{
    const auto& p = shown.plan;
    json goals = json::array();
    for (const auto& g : p.goals)
        goals.push_back({{"text", g.text}, {"target", optional_date(g.target_on)}, {"achieved", g.achieved}});
    json components = json::array();
    for (const auto& c : p.components)
        components.push_back(to_json(c));
    json versions = json::array();
    for (const auto& v : e.plan_versions)
        versions.push_back({{"number", v.number}, {"effective_on", to_iso(v.effective_on)}, {"by", v.clinician_id}});
    return {{"id", e.id},
            {"patient_id", e.patient_id},
            {"version", shown.number},
            {"effective_on", to_iso(shown.effective_on)},
            {"title", p.title},
            {"conditions", p.conditions},
            {"goals", goals},
            {"start", to_iso(p.start_on)},
            {"review", to_iso(p.review_on)},
            {"status", std::string(to_string(p.status))},
            {"stop_reason", p.stop_reason},
            {"components", components},
            {"versions", versions}};
}

json to_json(const SessionNote& n)
{
    json screening = json::array();
    for (const auto q : n.screening)
        screening.push_back(std::string(to_string(q)));
    const auto& m = n.measures;
    const auto& s = n.symptoms;
    return {{"id", n.id},
            {"patient_id", n.patient_id},
            {"clinician_id", n.clinician_id},
            {"appointment_id", n.appointment_id ? json(*n.appointment_id) : json(nullptr)},
            {"date", to_iso(n.date)},
            {"time", to_iso(n.start)},
            {"duration", optional_int(n.duration_min)},
            {"type", std::string(to_string(n.type))},
            {"attendance", std::string(to_string(n.attendance))},
            {"subjective", n.subjective},
            {"objective", n.objective},
            {"assessment", n.assessment},
            {"plan", n.plan},
            {"next_steps", n.next_steps},
            {"pain_during", optional_int(m.pain_during)},
            {"pain_after", optional_int(m.pain_after)},
            {"comfort", optional_int(m.comfort)},
            {"dilator_mm", optional_int(m.dilator_mm)},
            {"minutes", optional_int(m.minutes_held)},
            {"oxford", optional_int(m.oxford)},
            {"perfect_p", optional_int(m.perfect_power)},
            {"perfect_e", optional_int(m.perfect_endurance_s)},
            {"perfect_r", optional_int(m.perfect_reps)},
            {"perfect_f", optional_int(m.perfect_fast)},
            {"bristol", optional_int(m.bristol)},
            {"bleeding", s.bleeding},
            {"sharp_pain", s.sharp_pain},
            {"burning", s.burning},
            {"soreness", s.soreness_over_24h},
            {"worsening", s.worsening},
            {"distress", s.distress},
            {"screened", n.screened},
            {"screening", screening},
            {"consent_internal", n.consent_internal},
            {"chaperone_offered", n.chaperone_offered},
            {"chaperone_present", n.chaperone_present},
            {"status", std::string(to_string(n.status))},
            {"signed_by", n.signed_by ? json(*n.signed_by) : json(nullptr)},
            {"signed_at", n.signed_at.empty() ? json(nullptr) : json(n.signed_at)},
            {"version", n.version}};
}

json to_json(const Addendum& a)
{
    return {{"id", a.id}, {"note_id", a.note_id}, {"text", a.text}, {"by", a.by}, {"at", a.at}};
}

json to_json(const HomeLogEntry& e)
{
    return {{"id", e.id},
            {"patient_id", e.patient_id},
            {"date", to_iso(e.date)},
            {"dilator_mm", optional_int(e.dilator_mm)},
            {"minutes", optional_int(e.minutes)},
            {"comfort", optional_int(e.comfort)},
            {"pain", optional_int(e.pain)},
            {"bleeding", e.bleeding},
            {"text", e.text}};
}

json to_json(const RedFlag& f)
{
    json j = {{"id", f.id},
              {"rule", std::string(to_string(f.rule))},
              {"severity", std::string(to_string(f.severity))},
              {"patient_id", f.patient_id},
              {"source", std::string(to_string(f.source))},
              {"source_id", f.source_id},
              {"date", to_iso(f.on)},
              {"message", f.message},
              {"raised_at", f.raised_at},
              {"status", std::string(to_string(f.status()))}};
    if (f.acknowledgement) {
        j["action"] = std::string(to_string(f.acknowledgement->action));
        j["note"] = f.acknowledgement->note;
        j["by"] = f.acknowledgement->by;
        j["at"] = f.acknowledgement->at;
    }
    return j;
}

json to_json(const std::vector<RedFlag>& flags)
{
    json j = json::array();
    for (const auto& f : flags)
        j.push_back(to_json(f));
    return j;
}

} // namespace fc::cli
