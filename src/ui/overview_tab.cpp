#include "ui/overview_tab.h"

#include "core/progress.h"
#include "reports/report_style.h"
#include "services/home_log_book.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
#include "ui/error_messages.h"
#include "ui/plan_text.h"
#include "ui/progress_chart.h"
#include "ui/progress_chart_layout.h"
#include "ui/progress_charts.h"
#include "ui/wx_text.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <tuple>

namespace fc::ui {

namespace {

namespace style = reports::style;
using boost::gregorian::days;

constexpr int adherence_weeks = 4;

// Wide literals: a narrow one would be converted with the C library locale, not as UTF-8.
wxString NoValue()
{
    return L"\u2014";
}

wxString Separator()
{
    return L"  \u00b7  ";
}

wxColour Grey()
{
    return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
}

// The plan to summarise: the active one, else the newest version of the latest episode.
std::optional<PlanVersion> PlanShown(const std::optional<PlanVersion>& active,
                                     const std::vector<EpisodeOfCare>& episodes)
{
    if (active)
        return active;
    const EpisodeOfCare* latest = nullptr;
    for (const auto& e : episodes)
        if (latest_plan_version(e.plan_versions) &&
            (!latest || std::tie(e.opened_on, e.id) > std::tie(latest->opened_on, latest->id)))
            latest = &e;
    if (!latest)
        return std::nullopt;
    return *latest_plan_version(latest->plan_versions);
}

wxString GoalsText(const std::vector<Goal>& goals)
{
    wxString text;
    for (const auto& g : goals) {
        wxString goal = to_wx(g.text);
        if (g.achieved)
            goal = wxString::Format(_("%s (achieved)"), goal);
        else if (g.target_on)
            goal = wxString::Format(_("%s (by %s)"), goal, to_wx(to_iso(*g.target_on)));
        text << (text.empty() ? "" : "; ") << goal;
    }
    return wxString::Format(wxPLURAL("Goal: %s", "Goals: %s", goals.size()), text);
}

// GTK's tooltips are slow to set (a record shown again after a change keeps most of them).
void SetTip(wxWindow* window, const wxString& tip)
{
    if (window->GetToolTipText() != tip)
        window->SetToolTip(tip);
}

const SeriesPoint* Latest(const Series& series)
{
    return series.empty() ? nullptr : &series.back();
}

} // namespace

OverviewTab::OverviewTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadObject(this, parent, "overview_tab", "wxScrolledWindow");
    SetScrollRate(0, FromDIP(12));

    auto* title = FindWindow("plan_title");
    title->SetFont(title->GetFont().Scaled(1.3f).Bold());
    title->SetMinSize(wxSize(FromDIP(120), -1)); // a long title ends in "...", its tooltip has it whole
    FindWindow("plan_status")->SetFont(FindWindow("plan_status")->GetFont().Bold());
    FindWindow("plan_override")->SetFont(FindWindow("plan_override")->GetFont().Bold());
    FindWindow("plan_dates")->SetForegroundColour(Grey());
    for (const char* number : {"sessions", "pain", "dilator", "adherence"}) {
        auto* value = FindWindow(wxString(number) + "_value");
        value->SetFont(value->GetFont().Scaled(1.6f).Bold());
        auto* caption = FindWindow(wxString(number) + "_caption");
        caption->SetForegroundColour(Grey());
        caption->SetMinSize(wxSize(FromDIP(60), -1)); // ends in "..." when narrow; the tooltip has it whole
    }
    for (const char* name : {"plan_dates", "plan_components", "plan_goals", "plan_override"}) {
        auto* label = dynamic_cast<wxStaticText*>(FindWindow(name));
        label->SetMinSize(wxSize(FromDIP(120), -1)); // wrapped to the tab's width, never widening it
        wrapped_.push_back({label, {}});
    }

    charts_ = new ProgressCharts(this);
    wxXmlResource::Get()->AttachUnknownControl("progress_charts", charts_, this);

    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            if (GetClientSize().x != wrapped_for_)
                Wrap();
        });
    });
}

wxString OverviewTab::Title() const
{
    return _("Overview");
}

void OverviewTab::ShowRecord(const RecordView& view)
{
    const auto patient_id = view.record.patient.id;
    std::vector<EpisodeOfCare> episodes;
    std::optional<PlanVersion> active;
    DilatorCatalogue catalogue;
    std::vector<SessionNote> notes;
    std::vector<HomeLogEntry> home_log;
    if (view.clinic)
        ShowingErrors(this, [&] {
            TherapyPlans plans(*view.clinic, view.actor);
            episodes = plans.for_patient(patient_id);
            active = plans.active_plan(patient_id);
            catalogue = plans.catalogue();
            notes = SessionNotes(*view.clinic, view.actor).for_patient(patient_id);
            home_log = HomeLogBook(*view.clinic, view.actor).for_patient(patient_id);
        });

    // Every version of every plan: the one in force on a date gives that day's set and target.
    std::vector<PlanVersion> versions;
    for (auto& e : episodes)
        for (auto& v : e.plan_versions)
            versions.push_back(std::move(v));
    const auto plan = PlanShown(active, episodes);
    const auto progress = progress_series(notes, home_log, versions, catalogue);
    const bool any_session = !home_log.empty() || std::any_of(notes.begin(), notes.end(), counts_for_progress);

    Freeze();
    ShowPlan(plan ? &*plan : nullptr, catalogue, view);
    ShowNumbers(notes, home_log, versions, progress, plan ? &*plan : nullptr, view.today);
    ShowCharts(progress, plan ? &*plan : nullptr, any_session, view.today);
    Wrap();
    Thaw();
}

void OverviewTab::ShowPlan(const PlanVersion* version, const DilatorCatalogue& catalogue, const RecordView& view)
{
    auto* title = XRCCTRL(*this, "plan_title", wxStaticText);
    auto* status = XRCCTRL(*this, "plan_status", wxStaticText);
    if (!version) {
        title->SetLabelText(_("No therapy plan yet"));
        title->SetForegroundColour(Grey());
        SetTip(title, wxString());
        status->SetLabelText(wxString());
        SetWrapped("plan_dates", _("Start one on the Plan tab: its dilator programme gives the charts their target "
                                   "and the adherence its sessions a week."));
        SetWrapped("plan_components", wxString());
        SetWrapped("plan_goals", wxString());
        SetWrapped("plan_override", wxString());
        return;
    }
    const auto& plan = version->plan;
    title->SetLabelText(to_wx(plan.title));
    title->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    SetTip(title, to_wx(plan.title));
    status->SetLabelText(StatusText(plan));

    wxString dates = wxString::Format(_("Started %s"), to_wx(to_iso(plan.start_on)));
    if (plan.status == PlanStatus::Active && !plan.review_on.is_special() && plan.review_on < view.today)
        dates << Separator() << wxString::Format(_("review was due %s"), to_wx(to_iso(plan.review_on)));
    else if (!plan.review_on.is_special())
        dates << Separator() << wxString::Format(_("review %s"), to_wx(to_iso(plan.review_on)));
    dates << Separator()
          << wxString::Format(_("version %d of %s"), version->number, to_wx(to_iso(version->effective_on)));
    SetWrapped("plan_dates", dates);

    wxString components;
    wxString overrides;
    for (const auto& c : plan.components) {
        components << (components.empty() ? "" : "\n") << KindLabel(c.kind()) << ": " << ParametersLine(c, catalogue);
        if (c.precaution_override)
            overrides << (overrides.empty() ? "" : "\n")
                      << OverrideText(*c.precaution_override, view.record.precautions,
                                      to_wx(view.clinician_name(c.precaution_override->clinician_id)));
    }
    SetWrapped("plan_components", components.empty() ? _("No components yet: add them on the Plan tab.") : components);
    SetWrapped("plan_goals", plan.goals.empty() ? wxString() : GoalsText(plan.goals));
    SetWrapped("plan_override", overrides);
}

void OverviewTab::ShowNumbers(const std::vector<SessionNote>& notes, const std::vector<HomeLogEntry>& home_log,
                              const std::vector<PlanVersion>& versions, const ProgressSeries& progress,
                              const PlanVersion* plan, const Date& today)
{
    const auto set = [this](const char* number, const wxString& value, const wxString& caption,
                            const wxString& detail = {}) {
        auto* shown = FindWindow(wxString(number) + "_value");
        auto* said = dynamic_cast<wxStaticText*>(FindWindow(wxString(number) + "_caption"));
        shown->SetLabel(value);
        said->SetLabelText(caption);
        const wxString tip = detail.empty() ? caption : caption + "\n" + detail;
        SetTip(shown, tip);
        SetTip(said, tip);
    };
    const auto sessions = std::count_if(notes.begin(), notes.end(), counts_for_progress);
    set("sessions", wxString::Format("%ld", static_cast<long>(sessions)),
        wxPLURAL("session signed", "sessions signed", static_cast<unsigned>(sessions)));

    if (const auto* pain = Latest(progress.pain_during))
        set("pain", wxString::Format(_("%d/10"), static_cast<int>(pain->value)),
            wxString::Format(_("latest pain, %s"), to_wx(to_iso(pain->date))),
            pain->source == PointSource::HomeLog ? _("Pain during the latest home session that recorded it")
                                                 : _("Pain during the latest clinic session that recorded it"));
    else
        set("pain", NoValue(), _("latest pain"), _("No session recorded pain yet"));

    const auto* programme = plan ? dilator_programme(plan->plan) : nullptr;
    const wxString target = programme && programme->target_mm > 0
                                ? wxString::Format(_("dilator, target %d mm"), programme->target_mm)
                                : _("dilator size");
    if (const auto* size = Latest(progress.dilator_mm))
        set("dilator", wxString::Format(_("%d mm"), static_cast<int>(size->value)), target);
    else
        set("dilator", NoValue(), target);

    // The last full weeks, Monday to Sunday, before this one.
    const Date this_week = monday_of(today);
    const auto a = adherence(notes, home_log, versions, this_week - days(7 * adherence_weeks), this_week - days(1));
    if (a.percent)
        set("adherence", wxString::Format("%.0f%%", *a.percent),
            wxString::Format(_("adherence, last %d weeks"), adherence_weeks),
            wxString::Format(_("%d of the %d sessions the dilator programme asked for in the %d full weeks before "
                               "this one (clinic and home; at most the target counts in a week)"),
                             a.sessions_counted, a.sessions_target, adherence_weeks));
    else
        set("adherence", NoValue(), _("adherence: no target"),
            wxString::Format(_("No dilator programme set a target in the %d full weeks before this one"),
                             adherence_weeks));
}

void OverviewTab::ShowCharts(const ProgressSeries& progress, const PlanVersion* plan, bool any_session,
                             const Date& today)
{
    const auto period = chart_period(progress, plan ? std::optional<Date>(plan->plan.start_on) : std::nullopt, today);
    const auto* programme = plan ? dilator_programme(plan->plan) : nullptr;
    const auto spec = [&](const wxString& title) {
        reports::ChartSpec c;
        c.title = from_wx(title);
        c.from = period.from;
        c.to = period.to;
        return c;
    };
    const wxString none = _("No signed sessions yet");

    auto size = spec(_("Dilator size (mm)"));
    size.series.push_back(chart_series(progress.dilator_mm, from_wx(_("size")), style::series_1));
    size.min = 0; // sizes in proportion: a step up from 10 mm is not drawn as a leap
    if (programme && programme->target_mm > 0) {
        size.target = programme->target_mm;
        size.target_label = from_wx(wxString::Format(_("target %d mm"), programme->target_mm));
    }
    charts_->dilator().ShowChart(std::move(size), any_session ? _("No dilator size recorded yet") : none);

    auto minutes = spec(_("Minutes held"));
    minutes.series.push_back(chart_series(progress.minutes_held, from_wx(_("minutes")), style::series_1));
    minutes.min = 0;
    if (programme && programme->minutes_target > 0) {
        minutes.target = programme->minutes_target;
        minutes.target_label = from_wx(wxString::Format(_("target %d min"), programme->minutes_target));
    }
    charts_->minutes().ShowChart(std::move(minutes), any_session ? _("No minutes held recorded yet") : none);

    auto pain = spec(wxString::Format(_("Pain (NRS %s)"), wxString(L"0\u201310")));
    pain.series.push_back(chart_series(progress.pain_during, from_wx(_("during")), style::series_1));
    pain.series.push_back(chart_series(progress.pain_after, from_wx(_("after")), style::series_2));
    pain.min = 0;
    pain.max = 10;
    charts_->pain().ShowChart(std::move(pain), any_session ? _("No pain scores recorded yet") : none);
}

void OverviewTab::SetWrapped(const char* name, const wxString& text)
{
    for (auto& w : wrapped_)
        if (w.label->GetName() == name) {
            w.text = text;
            w.label->Show(!text.empty());
        }
}

void OverviewTab::Wrap()
{
    wrapped_for_ = GetClientSize().x;
    for (const auto& w : wrapped_) {
        w.label->SetLabelText(w.text);
        if (const int width = wrapped_for_ - FromDIP(24); width > 0)
            w.label->Wrap(width);
        w.label->InvalidateBestSize();
    }
    Layout();
    FitInside();
}

} // namespace fc::ui
