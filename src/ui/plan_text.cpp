#include "ui/plan_text.h"

#include "ui/wx_text.h"

#include <wx/intl.h>

#include <algorithm>

namespace fc::ui {

namespace {

wxString Times(int n, bool per_week)
{
    if (n == 1)
        return per_week ? _("once a week") : _("once a day");
    if (n == 2)
        return per_week ? _("twice a week") : _("twice a day");
    return per_week ? wxString::Format(wxPLURAL("%d time a week", "%d times a week", n), n)
                    : wxString::Format(wxPLURAL("%d time a day", "%d times a day", n), n);
}

wxString Minutes(int n)
{
    return wxString::Format(wxPLURAL("%d minute", "%d minutes", n), n);
}

struct Line {
    const DilatorCatalogue& catalogue;

    wxString operator()(const DilatorProgramme& d) const
    {
        const auto* set = catalogue.find(d.set_id);
        const wxString set_name =
            set ? to_wx(set->name) : wxString::Format(_("set %lld"), static_cast<long long>(d.set_id));
        const wxString sizes = d.start_mm == d.target_mm ? wxString::Format(_("%d mm"), d.start_mm)
                                                         : wxString::Format(_("%d to %d mm"), d.start_mm, d.target_mm);
        const wxString minutes = d.minutes_start == d.minutes_target
                                     ? wxString::Format(_("%d minutes a session"), d.minutes_start)
                                     : wxString::Format(_("%d to %d minutes a session"), d.minutes_start,
                                                        d.minutes_target);
        return wxString::Format(_("%s set: %s, %s, %s, %s lubricant"), set_name, sizes, minutes,
                                wxString::Format(wxPLURAL("%d session a week", "%d sessions a week", d.per_week),
                                                 d.per_week),
                                LubricantLabel(d.lubricant).Lower());
    }
    wxString operator()(const PfmtProgramme& p) const
    {
        wxString s = wxString::Format(_("Hold %d s, %d repetitions, %d sets a day, %d fast contractions"), p.hold_s,
                                      p.reps, p.sets, p.fast);
        if (p.relaxation)
            s << _("; aim: relaxation (down-training)");
        return s;
    }
    wxString operator()(const BreathingPractice& b) const
    {
        return Minutes(b.minutes) + ", " + Times(b.per_day, false);
    }
    wxString operator()(const PerinealMassage& m) const
    {
        return Minutes(m.minutes) + ", " + Times(m.per_week, true);
    }
    wxString operator()(const HeatTherapy& h) const
    {
        return wxString::Format(_("%s before training, %s"), Minutes(h.minutes), Times(h.per_week, true));
    }
    wxString operator()(const Education& e) const
    {
        wxString topics;
        for (const auto t : e.topics)
            topics << (topics.empty() ? "" : "; ") << to_wx(label(t));
        if (!e.other_topic.empty())
            topics << (topics.empty() ? "" : "; ") << to_wx(e.other_topic);
        return wxString::Format(_("Topics: %s"), topics);
    }
    wxString operator()(const Referral& r) const
    {
        return wxString::Format(_("To %s: %s"), to_wx(r.to), to_wx(r.reason));
    }
};

void AddChange(wxString& changes, bool changed, const wxString& what)
{
    if (changed)
        changes << (changes.empty() ? "" : ", ") << what;
}

} // namespace

wxString StatusLabel(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Active:
        return _("Active");
    case PlanStatus::Completed:
        return _("Completed");
    case PlanStatus::Stopped:
        return _("Stopped");
    }
    return {};
}

wxString StatusText(const TherapyPlan& plan)
{
    if (plan.status == PlanStatus::Stopped && !plan.stop_reason.empty())
        return wxString::Format(_("Stopped: %s"), to_wx(plan.stop_reason));
    return StatusLabel(plan.status);
}

wxString KindLabel(ComponentKind kind)
{
    return wxGetTranslation(to_wx(label(kind)));
}

wxString LubricantLabel(Lubricant lubricant)
{
    switch (lubricant) {
    case Lubricant::Water:
        return _("Water-based");
    case Lubricant::Silicone:
        return _("Silicone-based");
    case Lubricant::Oil:
        return _("Oil-based");
    }
    return {};
}

wxString DilatorSetLabel(const DilatorSet& set)
{
    return wxString::Format(_("%s (%s, %d to %d mm)"), to_wx(set.name), to_wx(to_string(set.material)),
                            set.smallest_mm(), set.largest_mm());
}

wxString ParametersLine(const PlanComponent& component, const DilatorCatalogue& catalogue)
{
    return std::visit(Line{catalogue}, component.params);
}

wxString OverrideText(const PrecautionOverride& given, const std::vector<Precaution>& precautions,
                      const wxString& by)
{
    wxString names;
    for (const auto id : given.precaution_ids) {
        const auto it =
            std::find_if(precautions.begin(), precautions.end(), [id](const Precaution& p) { return p.id == id; });
        const wxString name =
            it == precautions.end()
                ? wxString::Format(_("precaution %lld"), static_cast<long long>(id))
                : wxString::Format(_("%s (noted %s)"), to_wx(label(it->kind)), to_wx(to_iso(it->noted_on)));
        names << (names.empty() ? "" : "; ") << name;
    }
    return wxString::Format(wxPLURAL("Started despite open precaution: %s. Reason: %s (%s, %s)",
                                     "Started despite open precautions: %s. Reason: %s (%s, %s)",
                                     given.precaution_ids.size()),
                            names, to_wx(given.reason), by, to_wx(to_iso(given.on)));
}

wxString VersionChange(const PlanVersion& v, const PlanVersion* previous)
{
    if (!previous)
        return _("Plan started");
    const auto& now = v.plan;
    const auto& before = previous->plan;
    wxString changes;
    if (now.components.size() > before.components.size() &&
        std::equal(before.components.begin(), before.components.end(), now.components.begin())) {
        for (std::size_t i = before.components.size(); i < now.components.size(); ++i)
            AddChange(changes, true, KindLabel(now.components[i].kind()));
        changes = wxString::Format(_("Added: %s"), changes);
        return changes;
    }
    AddChange(changes, now.title != before.title, _("title"));
    AddChange(changes, now.conditions != before.conditions, _("conditions"));
    AddChange(changes, now.goals != before.goals, _("goals"));
    AddChange(changes, now.start_on != before.start_on || now.review_on != before.review_on, _("dates"));
    AddChange(changes, now.status != before.status || now.stop_reason != before.stop_reason,
              wxString::Format(_("status (%s)"), StatusLabel(now.status).Lower()));
    AddChange(changes, now.components != before.components, _("components"));
    return changes.empty() ? _("Saved unchanged") : wxString::Format(_("Revised: %s"), changes);
}

wxString EpisodeLabel(const EpisodeOfCare& episode)
{
    const auto* v = latest_plan_version(episode.plan_versions);
    if (!v)
        return wxString::Format(_("Plan %lld"), static_cast<long long>(episode.id));
    return wxString::Format(_("%s (%s, from %s)"), to_wx(v->plan.title), StatusLabel(v->plan.status).Lower(),
                            to_wx(to_iso(v->plan.start_on)));
}

} // namespace fc::ui
