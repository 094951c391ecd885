#pragma once
// The goals of the plan form, a row each (forms/plan_dialogs.xrc "plan_goal_row"): the goal, its
// target date and whether it is achieved, named goal[N] and goal-target[N] as the core numbers
// them. Every row the core allows is made at once and shown when used, so that the form's checks
// find their fields; blank rows are left out of the plan.
#include "core/therapy_plan.h"

#include <wx/string.h>

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

class wxCheckBox;
class wxScrolledWindow;
class wxTextCtrl;
class wxWindow;

namespace fc::ui {

class GoalRows {
public:
    // Rows in `panel` (with a vertical sizer); `changed` runs after a row was added or removed or
    // a goal marked achieved (the form checks itself again and fits its new height).
    GoalRows(wxScrolledWindow* panel, std::function<void()> changed);

    // "goal[2]" for `field` "goal" of row 1 (rows count from 0, the core's fields from 1).
    static std::string Field(const char* field, std::size_t row);
    // Each row's field names and labels.
    std::vector<std::pair<std::string, wxString>> Labels() const;

    // Shows `goals`, or one empty row.
    void Show(const std::vector<GoalForm>& goals);
    // Shows one more row and moves the focus to it; false when every row is shown.
    bool Add();
    bool CanAdd() const { return shown_ < rows_.size(); }
    // The goals of the rows that are not blank; `rows` gets the row of each.
    std::vector<GoalForm> Goals(std::vector<std::size_t>* rows = nullptr) const;

private:
    struct Row {
        wxWindow* panel = nullptr;
        wxTextCtrl* text = nullptr;
        wxTextCtrl* target = nullptr;
        wxCheckBox* achieved = nullptr;

        bool blank() const;
        void set(const GoalForm& g) const;
        GoalForm get() const;
    };
    void Remove(std::size_t row);
    // The goals as tall as their rows, up to a few; then they scroll.
    void Fit();

    wxScrolledWindow* panel_;
    std::function<void()> changed_;
    std::vector<Row> rows_;
    std::size_t shown_ = 1; // rows in use
};

} // namespace fc::ui
