#include "ui/plan_tab.h"

#include "services/therapy_plans.h"
#include "ui/component_dialog.h"
#include "ui/error_messages.h"
#include "ui/list_columns.h"
#include "ui/plan_dialogs.h"
#include "ui/plan_text.h"
#include "ui/plan_version_view.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/toplevel.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

enum Page { EMPTY_PAGE, PLAN_PAGE };
constexpr int most_rows_shown = 6;
constexpr int empty_wrap_chars = 56;

// Active plans first, then the newest.
bool ShownBefore(const EpisodeOfCare& a, const EpisodeOfCare& b)
{
    const auto* va = latest_plan_version(a.plan_versions);
    const auto* vb = latest_plan_version(b.plan_versions);
    const bool active_a = va && va->plan.status == PlanStatus::Active;
    const bool active_b = vb && vb->plan.status == PlanStatus::Active;
    if (active_a != active_b)
        return active_a;
    if (a.opened_on != b.opened_on)
        return a.opened_on > b.opened_on;
    return a.id > b.id;
}

} // namespace

PlanTab::PlanTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "plan_tab");
    SetName("plan_tab");
    pages_ = XRCCTRL(*this, "plan_pages", wxSimplebook);
    plans_choice_ = XRCCTRL(*this, "plans", wxChoice);
    versions_ = XRCCTRL(*this, "versions", wxDataViewListCtrl);
    versions_->SetName("versions"); // XRC creates list controls without their names
    // As wide as the row leaves it, however long the plans' titles (their ends cut short).
    plans_choice_->SetMinSize(wxSize(FromDIP(160), -1));
    shown_ = std::make_unique<PlanVersionView>(this);

    auto* empty_heading = FindWindow("empty_heading");
    empty_heading->SetFont(empty_heading->GetFont().Scaled(1.3f).Bold());
    auto* empty_hint = XRCCTRL(*this, "empty_hint", wxStaticText);
    empty_hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    empty_hint->Wrap(GetCharWidth() * empty_wrap_chars);

    const wxString date = "0000-00-00";
    AddSizedColumn(versions_, _("Version"), {"999"});
    AddSizedColumn(versions_, _("In force from"), {date});
    AddSizedColumn(versions_, _("By"), {"Ελένη Μαρκοπούλου"});
    AddSizedColumn(versions_, _("Change"), {}, true);

    FindWindow("new_first_plan")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnNewPlan(); });
    FindWindow("new_plan")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnNewPlan(); });
    FindWindow("edit_plan")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnEditPlan(); });
    FindWindow("add_component")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAddComponent(); });
    plans_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = plans_choice_->GetSelection();
        if (filling_ || i == wxNOT_FOUND)
            return;
        chosen_plan_ = plans_.at(static_cast<std::size_t>(i)).id;
        chosen_version_.reset();
        ShowPlan();
    });
    versions_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &PlanTab::OnVersionChosen, this);
}

PlanTab::~PlanTab() = default;

wxString PlanTab::Title() const
{
    return _("Plan");
}

void PlanTab::ShowRecord(const RecordView& view)
{
    const bool same_patient = view_ && view_->record.patient.id == view.record.patient.id;
    view_.reset();
    view_.emplace(view);
    if (!same_patient)
        chosen_plan_.reset();
    chosen_version_.reset();
    LoadPlans();
    ShowPlan();
}

void PlanTab::LoadPlans()
{
    plans_.clear();
    if (!view_ || !view_->clinic)
        return;
    ShowingErrors(this, [this] {
        TherapyPlans plans(*view_->clinic, Actor::nobody());
        plans_ = plans.for_patient(view_->record.patient.id);
        catalogue_ = plans.catalogue();
    });
    std::erase_if(plans_, [](const EpisodeOfCare& e) { return e.plan_versions.empty(); });
    std::sort(plans_.begin(), plans_.end(), ShownBefore);
}

const EpisodeOfCare* PlanTab::ChosenPlan() const
{
    if (plans_.empty())
        return nullptr;
    for (const auto& e : plans_)
        if (chosen_plan_ && e.id == *chosen_plan_)
            return &e;
    return &plans_.front();
}

const PlanVersion* PlanTab::ShownVersion() const
{
    const auto* plan = ChosenPlan();
    if (!plan)
        return nullptr;
    if (chosen_version_)
        for (const auto& v : plan->plan_versions)
            if (v.number == *chosen_version_)
                return &v;
    return latest_plan_version(plan->plan_versions);
}

void PlanTab::ShowPlan()
{
    Freeze();
    const auto* plan = ChosenPlan();
    if (!plan) {
        // As large as its larger font (known once the font is applied, after the tab was made).
        FindWindow("empty_heading")->SetInitialSize();
        pages_->ChangeSelection(EMPTY_PAGE);
    } else {
        filling_ = true;
        plans_choice_->Clear();
        for (const auto& e : plans_)
            plans_choice_->Append(EpisodeLabel(e));
        plans_choice_->SetSelection(static_cast<int>(plan - plans_.data()));
        filling_ = false;
        const bool several = plans_.size() > 1;
        plans_choice_->Show(several);
        FindWindow("plans_label")->Show(several);
        ShowVersion(*plan, *ShownVersion());
        pages_->ChangeSelection(PLAN_PAGE);
    }
    EnableButtons();
    pages_->GetCurrentPage()->Layout();
    Thaw();
}

void PlanTab::ShowVersion(const EpisodeOfCare& plan, const PlanVersion& shown)
{
    shown_->Show(plan, shown, catalogue_, *view_);
    ShowVersions(plan, shown);
}

void PlanTab::ShowVersions(const EpisodeOfCare& plan, const PlanVersion& shown)
{
    filling_ = true;
    versions_->DeleteAllItems();
    version_rows_.clear();
    std::vector<const PlanVersion*> newest_first;
    for (const auto& v : plan.plan_versions)
        newest_first.push_back(&v);
    std::sort(newest_first.begin(), newest_first.end(),
              [](const PlanVersion* a, const PlanVersion* b) { return a->number > b->number; });
    for (std::size_t i = 0; i < newest_first.size(); ++i) {
        const auto& v = *newest_first[i];
        const PlanVersion* previous = i + 1 < newest_first.size() ? newest_first[i + 1] : nullptr;
        wxVector<wxVariant> row;
        row.push_back(wxString::Format("%d", v.number));
        row.push_back(to_wx(to_iso(v.effective_on)));
        row.push_back(to_wx(view_->clinician_name(v.clinician_id)));
        row.push_back(VersionChange(v, previous));
        versions_->AppendItem(row);
        version_rows_.push_back(v.number);
        if (&v == &shown)
            versions_->SelectRow(static_cast<unsigned>(i));
    }
    const int row_height = GetCharHeight() + FromDIP(8);
    const auto rows = static_cast<int>(std::min<std::size_t>(newest_first.size(), most_rows_shown));
    versions_->SetMinSize(wxSize(-1, row_height * (rows + 1) + FromDIP(8)));
    filling_ = false;
}

void PlanTab::OnVersionChosen(wxDataViewEvent&)
{
    const int row = versions_->GetSelectedRow();
    if (filling_ || row == wxNOT_FOUND)
        return;
    const auto* plan = ChosenPlan();
    if (!plan)
        return;
    chosen_version_ = version_rows_.at(static_cast<std::size_t>(row));
    Freeze();
    shown_->Show(*plan, *ShownVersion(), catalogue_, *view_);
    XRCCTRL(*this, "plan_body", wxScrolledWindow)->Scroll(0, 0); // the plan as it was, from its notice
    Thaw();
}

void PlanTab::EnableButtons()
{
    const bool can_change = view_ && view_->can_change() && !view_->record.patient.archived;
    for (const char* button : {"new_first_plan", "new_plan", "edit_plan", "add_component"})
        FindWindow(button)->Enable(can_change);
}

void PlanTab::Saved(const EpisodeOfCare& saved)
{
    chosen_plan_ = saved.id;
    chosen_version_.reset();
    LoadPlans();
    ShowPlan();
    if (view_ && view_->changed)
        view_->changed(); // the Overview and the banner show the plan too
}

wxWindow* PlanTab::DialogParent()
{
    return wxGetTopLevelParent(this); // centred on the window, not on the tab
}

void PlanTab::OnNewPlan()
{
    if (!view_ || !view_->can_change())
        return;
    TherapyPlans plans(*view_->clinic, view_->actor);
    if (const auto added = ShowNewPlanDialog(DialogParent(), plans, view_->record, view_->today))
        Saved(*added);
}

void PlanTab::OnEditPlan()
{
    const auto* plan = ChosenPlan();
    if (!view_ || !view_->can_change() || !plan)
        return;
    TherapyPlans plans(*view_->clinic, view_->actor);
    if (const auto revised = ShowEditPlanDialog(DialogParent(), plans, view_->record, view_->today, *plan))
        Saved(*revised);
}

void PlanTab::OnAddComponent()
{
    const auto* plan = ChosenPlan();
    if (!view_ || !view_->can_change() || !plan)
        return;
    TherapyPlans plans(*view_->clinic, view_->actor);
    const auto added = ShowAddComponentDialog(DialogParent(), plans, catalogue_, view_->record, view_->today, *plan);
    if (!added)
        return;
    const auto saved = added->plan;
    const auto flags = added->flags_raised;
    Saved(saved);
    if (!flags.empty())
        ShowRaisedFlags(DialogParent(), flags);
}

} // namespace fc::ui
