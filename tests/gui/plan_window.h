#pragma once
// A main window with one patient for the tests of the Plan tab and its dialogs: the tab, its
// buttons and labels, the plans saved (through a connection of their own), and the dialogs' fields.
#include "patient_window.h"
#include "services/therapy_plans.h"

#include <wx/string.h>

#include <cstdint>
#include <optional>
#include <string>

class wxChoice;
class wxDialog;
class wxTextCtrl;

namespace fc::ui {
class PlanTab;
}

namespace fc::ui::test {

class PlanWindowTest : public PatientWindowTest {
protected:
    void SetUp() override;
    void TearDown() override;

    // Opens the patient's record (as it is saved now) on its Plan tab.
    void ShowPlanTab();
    PlanTab& Tab() const;
    // The clinic's plans through a connection of their own, as the clinician: what was saved.
    TherapyPlans SavedPlans();
    // A plan for the patient starting 2026-11-02, saved as another workstation would.
    EpisodeOfCare AddPlan(const std::string& title);
    // Clicks the tab's button `button` as the user would (it must be shown and enabled).
    void ClickInTab(const char* button) const;
    // What the tab's label `label` says, on one line.
    wxString Shown(const char* label) const;
    // Chooses row `row` of the version history, as a click on it does.
    void ChooseVersionRow(unsigned row) const;

    std::int64_t id_ = 0;

private:
    std::optional<Clinic> plans_clinic_;
};

// A dialog's fields, found by the core's names as the forms use them.
namespace form {
// The message shown next to `field`, on one line, or "".
wxString InlineError(wxDialog& d, const std::string& field);
bool OkEnabled(wxDialog& d);
wxTextCtrl* TextField(wxDialog& d, const std::string& field);
// Sets the text of `field`, as typing does.
void SetText(wxDialog& d, const std::string& field, const wxString& value);
wxChoice* ChoiceField(wxDialog& d, const std::string& field);
// Chooses the item `item` of the choice `field`, as the user would from its list.
void Pick(wxDialog& d, const std::string& field, const wxString& item);
} // namespace form

} // namespace fc::ui::test
