#include "ui/plan_goal_rows.h"

#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {
constexpr int rows_shown = 5; // more scroll within the goals
}

bool GoalRows::Row::blank() const
{
    return text->GetValue().Strip(wxString::both).empty() && target->GetValue().Strip(wxString::both).empty() &&
           !achieved->GetValue();
}

void GoalRows::Row::set(const GoalForm& g) const
{
    text->ChangeValue(to_wx(g.text));
    target->ChangeValue(to_wx(g.target));
    achieved->SetValue(g.achieved);
}

GoalForm GoalRows::Row::get() const
{
    return {from_wx(text->GetValue()), from_wx(target->GetValue()), achieved->GetValue()};
}

GoalRows::GoalRows(wxScrolledWindow* panel, std::function<void()> changed)
    : panel_(panel), changed_(std::move(changed))
{
    auto* column = panel_->GetSizer();
    for (std::size_t i = 0; i < max_plan_goals; ++i) {
        Row row;
        row.panel = wxXmlResource::Get()->LoadPanel(panel_, "plan_goal_row");
        row.text = XRCCTRL(*row.panel, "goal", wxTextCtrl);
        row.target = XRCCTRL(*row.panel, "goal-target", wxTextCtrl);
        row.achieved = XRCCTRL(*row.panel, "goal-achieved", wxCheckBox);
        auto* remove = row.panel->FindWindow("goal-remove");
        for (const char* field : {"goal", "goal-target"})
            row.panel->FindWindow(wxString(field) + "_error")->SetName(to_wx(Field(field, i) + "_error"));
        for (const char* field : {"goal", "goal-target", "goal-achieved", "goal-remove"})
            row.panel->FindWindow(field)->SetName(to_wx(Field(field, i)));
        row.achieved->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { changed_(); });
        remove->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { Remove(i); });
        row.panel->Hide();
        column->Add(row.panel, wxSizerFlags().Expand());
        rows_.push_back(row);
    }
    panel_->SetScrollRate(0, panel_->FromDIP(12));
}

std::string GoalRows::Field(const char* field, std::size_t row)
{
    return std::string(field) + "[" + std::to_string(row + 1) + "]";
}

std::vector<std::pair<std::string, wxString>> GoalRows::Labels() const
{
    std::vector<std::pair<std::string, wxString>> labels;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        labels.emplace_back(Field("goal", i), wxString::Format(_("Goal %zu"), i + 1));
        labels.emplace_back(Field("goal-target", i), _("Target date"));
    }
    return labels;
}

void GoalRows::Show(const std::vector<GoalForm>& goals)
{
    shown_ = std::max<std::size_t>(1, std::min(goals.size(), rows_.size()));
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        rows_[i].set(i < goals.size() ? goals[i] : GoalForm{});
        rows_[i].panel->Show(i < shown_);
    }
    Fit();
}

bool GoalRows::Add()
{
    if (!CanAdd())
        return false;
    rows_[shown_].panel->Show();
    auto* text = rows_[shown_].text;
    ++shown_;
    Fit();
    changed_();
    text->SetFocus(); // a scrolled window brings the focused row into view
    return true;
}

void GoalRows::Remove(std::size_t row)
{
    for (std::size_t i = row; i + 1 < shown_; ++i)
        rows_[i].set(rows_[i + 1].get());
    rows_[shown_ - 1].set({});
    if (shown_ > 1) {
        rows_[shown_ - 1].panel->Hide();
        --shown_;
    }
    Fit();
    changed_();
    rows_[std::min(row, shown_ - 1)].text->SetFocus();
}

std::vector<GoalForm> GoalRows::Goals(std::vector<std::size_t>* rows) const
{
    std::vector<GoalForm> goals;
    for (std::size_t i = 0; i < shown_; ++i)
        if (!rows_[i].blank()) {
            goals.push_back(rows_[i].get());
            if (rows)
                rows->push_back(i);
        }
    return goals;
}

void GoalRows::Fit()
{
    panel_->GetSizer()->Layout();
    const int row_height = rows_.front().panel->GetBestSize().y;
    const auto visible = static_cast<int>(std::min<std::size_t>(shown_, rows_shown));
    panel_->SetMinSize(wxSize(-1, row_height * visible + panel_->FromDIP(6)));
    panel_->FitInside();
}

} // namespace fc::ui
