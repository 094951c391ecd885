// The patient-facing side of plan components: the default instructions printed on the home
// programme, and the form that shows a saved component again for editing.
#include "core/plan_component.h"

#include <fmt/format.h>

namespace fc {

namespace {
std::string how_often(int n, std::string_view per)
{
    if (n == 1)
        return fmt::format("once a {}", per);
    if (n == 2)
        return fmt::format("twice a {}", per);
    if (n == 7 && per == "week")
        return "every day";
    return fmt::format("{} times a {}", n, per);
}

std::string_view lubricant_text(Lubricant l)
{
    switch (l) {
    case Lubricant::Water:
        return "a water-based lubricant";
    case Lubricant::Silicone:
        return "a silicone-based lubricant";
    case Lubricant::Oil:
        return "an oil-based lubricant";
    }
    return "a lubricant";
}

std::string text_for(const DilatorProgramme& d)
{
    auto s = fmt::format("Dilator programme, {}: start with the {} mm dilator for {} minutes, using {}. Relax and "
                         "breathe out slowly as you insert it.",
                         how_often(d.per_week, "week"), d.start_mm, d.minutes_start, lubricant_text(d.lubricant));
    if (d.target_mm > d.start_mm)
        s += fmt::format(" Move up one size only when the current one is comfortable, working towards the {} mm "
                         "dilator for {} minutes.",
                         d.target_mm, d.minutes_target);
    else if (d.minutes_target > d.minutes_start)
        s += fmt::format(" When it is comfortable, build up to {} minutes.", d.minutes_target);
    return s;
}

std::string text_for(const PfmtProgramme& p)
{
    auto s = fmt::format("Pelvic floor exercises, {}: squeeze and lift, hold for {} seconds, then let go fully; "
                         "repeat {} times.",
                         how_often(p.sets, "day"), p.hold_s, p.reps);
    if (p.fast > 0)
        s += fmt::format(" Then do {} quick squeezes, relaxing after each.", p.fast);
    if (p.relaxation)
        s += " The aim is relaxation: letting go after each squeeze matters more than the squeeze.";
    return s;
}

std::string text_for(const BreathingPractice& b)
{
    return fmt::format("Breathing and relaxation, {}: {} minutes of slow breathing into your belly, and before "
                       "each training session. Breathe out during insertion.",
                       how_often(b.per_day, "day"), b.minutes);
}

std::string text_for(const PerinealMassage& m)
{
    return fmt::format("Gentle external (perineal) massage for {} minutes, {}.", m.minutes,
                       how_often(m.per_week, "week"));
}

std::string text_for(const HeatTherapy& h)
{
    return fmt::format("A warm bath or warm compress for {} minutes before training, {}.", h.minutes,
                       how_often(h.per_week, "week"));
}

std::string text_for(const Education& e)
{
    std::string topics;
    for (const auto t : e.topics)
        topics += fmt::format("{}{}", topics.empty() ? "" : "; ", label(t));
    if (!e.other_topic.empty())
        topics += fmt::format("{}{}", topics.empty() ? "" : "; ", e.other_topic);
    return fmt::format("Advice we went through: {}.", topics);
}

std::string text_for(const Referral& r)
{
    return fmt::format("Referral to {}: {}", r.to, r.reason);
}
} // namespace

std::string default_instructions(const ComponentParams& params)
{
    return std::visit([](const auto& p) { return text_for(p); }, params);
}

ComponentForm ComponentForm::from(const PlanComponent& c)
{
    ComponentForm f;
    f.kind = std::string(to_string(c.kind()));
    if (c.instructions != default_instructions(c.params))
        f.instructions = c.instructions;
    const auto n = [](int v) { return std::to_string(v); };
    if (const auto* d = std::get_if<DilatorProgramme>(&c.params)) {
        f.set = std::to_string(d->set_id);
        f.start_mm = n(d->start_mm);
        f.target_mm = n(d->target_mm);
        f.minutes_start = n(d->minutes_start);
        f.minutes_target = n(d->minutes_target);
        f.per_week = n(d->per_week);
        f.lubricant = std::string(to_string(d->lubricant));
    } else if (const auto* p = std::get_if<PfmtProgramme>(&c.params)) {
        f.hold_s = n(p->hold_s);
        f.reps = n(p->reps);
        f.sets = n(p->sets);
        f.fast = n(p->fast);
        f.relaxation = p->relaxation;
    } else if (const auto* b = std::get_if<BreathingPractice>(&c.params)) {
        f.minutes = n(b->minutes);
        f.per_day = n(b->per_day);
    } else if (const auto* m = std::get_if<PerinealMassage>(&c.params)) {
        f.minutes = n(m->minutes);
        f.per_week = n(m->per_week);
    } else if (const auto* h = std::get_if<HeatTherapy>(&c.params)) {
        f.minutes = n(h->minutes);
        f.per_week = n(h->per_week);
    } else if (const auto* e = std::get_if<Education>(&c.params)) {
        for (const auto t : e->topics)
            f.topics.emplace_back(to_string(t));
        f.other_topic = e->other_topic;
    } else if (const auto* r = std::get_if<Referral>(&c.params)) {
        f.to = r->to;
        f.reason = r->reason;
    }
    return f;
}

} // namespace fc
