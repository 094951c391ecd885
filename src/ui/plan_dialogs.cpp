#include "ui/plan_dialogs.h"

#include "services/therapy_plans.h"
#include "ui/checked_form.h"
#include "ui/plan_goal_rows.h"
#include "ui/plan_text.h"
#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 72;
constexpr PlanStatus statuses[] = {PlanStatus::Active, PlanStatus::Completed, PlanStatus::Stopped};

// N of "goal[N]" when `field` is `name` with an index.
std::optional<std::size_t> IndexOf(const std::string& field, std::string_view name)
{
    if (field.size() < name.size() + 3 || !field.starts_with(name) || field[name.size()] != '[' || field.back() != ']')
        return std::nullopt;
    const auto digits = field.substr(name.size() + 1, field.size() - name.size() - 2);
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return static_cast<std::size_t>(std::stoul(digits));
}

class PlanDialog : public wxDialog {
public:
    PlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record, const Date& today,
               const EpisodeOfCare* editing)
        : plans_(plans), record_(record), today_(today), editing_(editing)
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "plan_dialog");
        title_ = XRCCTRL(*this, "title", wxTextCtrl);
        choices_ = XRCCTRL(*this, "condition_choices", wxCheckListBox);
        conditions_ = XRCCTRL(*this, "conditions", wxTextCtrl);
        status_ = XRCCTRL(*this, "status", wxChoice);
        stop_reason_ = XRCCTRL(*this, "stop-reason", wxTextCtrl);
        goals_.emplace(XRCCTRL(*this, "goals", wxScrolledWindow), [this] {
            FindWindow("add_goal")->Enable(goals_->CanAdd());
            if (checked_)
                checked_->Recheck();
            Refit();
        });
        for (const auto s : statuses)
            status_->Append(StatusLabel(s));
        FindWindow("goals_hint")->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

        const PlanVersion* latest = editing_ ? latest_plan_version(editing_->plan_versions) : nullptr;
        const auto form = latest ? PlanForm::from(latest->plan) : PlanForm{};
        auto* intro = XRCCTRL(*this, "intro", wxStaticText);
        if (latest) {
            SetTitle(_("Edit plan"));
            FindWindow(wxID_OK)->SetLabel(_("Save as new &version"));
            intro->SetLabelText(wxString::Format(
                _("Saving makes version %d of the plan: the earlier versions stay in its history, and its components "
                  "are kept."),
                latest->number + 1));
        } else {
            SetTitle(_("New plan"));
            FindWindow(wxID_OK)->SetLabel(_("Start &plan"));
            intro->SetLabelText(_("The plan starts as version 1. Its components (dilator programme, exercises, advice) "
                                  "are added next, each as a new version."));
        }
        intro->Wrap(GetCharWidth() * wrap_chars);
        ShowForm(form, !latest);
        const bool revising = latest != nullptr;
        for (const char* field : {"status", "stop-reason"})
            for (const auto& suffix : {"", "_label"})
                FindWindow(wxString(field) + suffix)->Show(revising);

        std::vector<std::pair<std::string, wxString>> labels = {
            {"title", _("Title")},   {"conditions", _("Condition")}, {"start", _("Start")},
            {"review", _("Review")}, {"status", _("Status")},        {"stop-reason", _("Stop reason")}};
        for (auto& label : goals_->Labels())
            labels.push_back(std::move(label));
        checked_ = std::make_unique<CheckedForm>(this, labels, [this] { return Check(); }, FindWindow(wxID_OK));
        status_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
            event.Skip();
            EnableStopReason();
        });
        choices_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { checked_->Recheck(); });
        FindWindow("add_goal")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goals_->Add(); });
        Bind(wxEVT_BUTTON, &PlanDialog::OnSave, this, wxID_OK);
        EnableStopReason();
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        title_->SetFocus();
    }

    const std::optional<EpisodeOfCare>& saved() const { return saved_; }

private:
    void ShowForm(const PlanForm& form, bool is_new)
    {
        title_->ChangeValue(to_wx(form.title));
        // The patient's recorded conditions are offered (a new plan treats them all unless told
        // otherwise); what else the plan names is typed, one a line.
        for (const auto& c : record_.conditions)
            if (std::find(offered_.begin(), offered_.end(), c.label) == offered_.end())
                offered_.push_back(c.label);
        wxString others;
        for (const auto& c : form.conditions)
            if (std::find(offered_.begin(), offered_.end(), c) == offered_.end())
                others << (others.empty() ? "" : "\n") << to_wx(c);
        for (std::size_t i = 0; i < offered_.size(); ++i) {
            choices_->Append(to_wx(offered_[i]));
            const bool treated = is_new || std::find(form.conditions.begin(), form.conditions.end(), offered_[i]) !=
                                               form.conditions.end();
            choices_->Check(static_cast<unsigned>(i), treated);
        }
        choices_->Show(!offered_.empty());
        FindWindow("conditions_caption")->Show(!offered_.empty());
        // As tall as its items, up to a few.
        const int item_height = choices_->GetCharHeight() + FromDIP(12);
        const int items = std::clamp(static_cast<int>(offered_.size()), 1, 4);
        choices_->SetMinSize(wxSize(-1, item_height * items + FromDIP(4)));
        conditions_->ChangeValue(others);
        XRCCTRL(*this, "start", wxTextCtrl)->ChangeValue(to_wx(is_new ? to_iso(today_) : form.start));
        XRCCTRL(*this, "review", wxTextCtrl)->ChangeValue(to_wx(form.review));
        status_->SetSelection(0);
        for (std::size_t i = 0; i < std::size(statuses); ++i)
            if (form.status == to_string(statuses[i]))
                status_->SetSelection(static_cast<int>(i));
        stop_reason_->ChangeValue(to_wx(form.stop_reason));
        goals_->Show(form.goals);
    }

    // The form as filled in; `goal_rows` gets the row of each goal (blank rows are left out).
    PlanForm Form(std::vector<std::size_t>* goal_rows = nullptr) const
    {
        PlanForm f;
        f.title = from_wx(title_->GetValue());
        for (std::size_t i = 0; i < offered_.size(); ++i)
            if (choices_->IsChecked(static_cast<unsigned>(i)))
                f.conditions.push_back(offered_[i]);
        wxStringTokenizer lines(conditions_->GetValue(), "\r\n");
        while (lines.HasMoreTokens())
            if (const auto line = lines.GetNextToken().Strip(wxString::both); !line.empty())
                f.conditions.push_back(from_wx(line));
        f.goals = goals_->Goals(goal_rows);
        f.start = from_wx(XRCCTRL(*this, "start", wxTextCtrl)->GetValue());
        f.review = from_wx(XRCCTRL(*this, "review", wxTextCtrl)->GetValue());
        if (editing_) {
            const int s = status_->GetSelection();
            const auto status = s == wxNOT_FOUND ? PlanStatus::Active : statuses[s];
            f.status = std::string(to_string(status));
            if (status == PlanStatus::Stopped)
                f.stop_reason = from_wx(stop_reason_->GetValue());
        }
        return f;
    }

    // The core's fields as this form has them: a goal's by its row, every condition on one field.
    static std::vector<FieldError> OnForm(std::vector<FieldError> errors, const std::vector<std::size_t>& goal_rows)
    {
        for (auto& e : errors) {
            if (e.field == "condition") {
                e.field = "conditions";
            } else if (const auto n = IndexOf(e.field, "condition")) {
                e.field = "conditions";
                e.message = std::to_string(*n) + " " + e.message;
            } else if (const auto g = IndexOf(e.field, "goal"); g && *g >= 1 && *g <= goal_rows.size()) {
                e.field = GoalRows::Field("goal", goal_rows[*g - 1]);
            } else if (const auto t = IndexOf(e.field, "goal-target"); t && *t >= 1 && *t <= goal_rows.size()) {
                e.field = GoalRows::Field("goal-target", goal_rows[*t - 1]);
            }
        }
        return errors;
    }

    std::vector<FieldError> Check() const
    {
        std::vector<std::size_t> rows;
        const auto form = Form(&rows);
        return OnForm(check_plan_form(form, today_), rows);
    }

    void EnableStopReason()
    {
        const bool stopped = status_->GetSelection() == static_cast<int>(PlanStatus::Stopped);
        stop_reason_->Enable(stopped);
    }

    // The dialog as tall as what it shows now.
    void Refit()
    {
        if (!GetSizer())
            return;
        FitHeightToContent(this);
    }

    void OnSave(wxCommandEvent&)
    {
        const bool saved = checked_->Submit(this, [this] {
            std::vector<std::size_t> rows;
            const auto form = Form(&rows);
            try {
                saved_ = editing_ ? plans_.revise(editing_->id, form) : plans_.add(record_.patient.id, form);
            } catch (const InvalidInput& e) {
                throw InvalidInput(OnForm(e.errors(), rows));
            }
        });
        if (saved)
            EndModal(wxID_OK);
    }

    TherapyPlans& plans_;
    const PatientRecord& record_;
    Date today_;
    const EpisodeOfCare* editing_;
    wxTextCtrl* title_ = nullptr;
    wxCheckListBox* choices_ = nullptr;
    wxTextCtrl* conditions_ = nullptr;
    wxChoice* status_ = nullptr;
    wxTextCtrl* stop_reason_ = nullptr;
    std::vector<std::string> offered_; // the labels in choices_
    std::optional<GoalRows> goals_;
    std::unique_ptr<CheckedForm> checked_;
    std::optional<EpisodeOfCare> saved_;
};

std::optional<EpisodeOfCare> ShowPlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record,
                                            const Date& today, const EpisodeOfCare* editing)
{
    PlanDialog dialog(parent, plans, record, today, editing);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.saved();
}

} // namespace

std::optional<EpisodeOfCare> ShowNewPlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record,
                                               const Date& today)
{
    return ShowPlanDialog(parent, plans, record, today, nullptr);
}

std::optional<EpisodeOfCare> ShowEditPlanDialog(wxWindow* parent, TherapyPlans& plans, const PatientRecord& record,
                                                const Date& today, const EpisodeOfCare& plan)
{
    return ShowPlanDialog(parent, plans, record, today, &plan);
}

} // namespace fc::ui
