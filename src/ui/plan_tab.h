#pragma once
// The Plan tab of a patient's record: the chosen therapy plan (the active and newest first when
// there are several) as it is now, or as an earlier version had it when one is chosen in its
// history; its goals, its components with their parameters, the patient's instructions and any
// precaution override; and the buttons that start, revise and add to a plan.
#include "core/dilator_set.h"
#include "core/therapy_plan.h"
#include "ui/record_tab.h"

#include <wx/panel.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class wxChoice;
class wxDataViewEvent;
class wxDataViewListCtrl;
class wxSimplebook;

namespace fc::ui {

class PlanVersionView;

class PlanTab : public wxPanel, public RecordTab {
public:
    explicit PlanTab(wxWindow* parent);
    ~PlanTab() override;

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;

    // The plan chosen and the version shown (nullptr when the patient has no plan).
    const EpisodeOfCare* ChosenPlan() const;
    const PlanVersion* ShownVersion() const;

private:
    void LoadPlans();
    void ShowPlan();
    void ShowVersion(const EpisodeOfCare& plan, const PlanVersion& shown);
    void ShowVersions(const EpisodeOfCare& plan, const PlanVersion& shown);
    void OnVersionChosen(wxDataViewEvent& event);
    void EnableButtons();
    // Shows `saved` (a plan just saved) and has the whole record read again.
    void Saved(const EpisodeOfCare& saved);
    wxWindow* DialogParent();
    void OnNewPlan();
    void OnEditPlan();
    void OnAddComponent();

    std::optional<RecordView> view_;
    std::vector<EpisodeOfCare> plans_; // the active and newest first
    DilatorCatalogue catalogue_;
    std::optional<std::int64_t> chosen_plan_;  // id
    std::optional<int> chosen_version_;        // number; none: the newest
    bool filling_ = false;                     // lists being filled: no choice is the user's

    wxSimplebook* pages_ = nullptr;
    wxChoice* plans_choice_ = nullptr;
    wxDataViewListCtrl* versions_ = nullptr;
    std::vector<int> version_rows_; // version number by row of versions_
    std::unique_ptr<PlanVersionView> shown_;
};

} // namespace fc::ui
