// The Plan tab of a patient's record: starting a plan through its dialog, the core's messages
// next to the fields, several plans, and the version history that shows the plan as it was.
#include "dialog_driver.h"
#include "keyboard.h"
#include "plan_window.h"
#include "ui/patient_workspace.h"
#include "ui/plan_tab.h"

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace fc::ui::test {
namespace {

using namespace form;
using PlanTabTest = PlanWindowTest;

TEST_F(PlanTabTest, ANewPlanIsStartedFromTheEmptyTabWithTheRecordedConditionsOffered)
{
    Saved().add_condition(id_, {"K60.1", "Chronic anal fissure", ""});
    ShowPlanTab();
    EXPECT_EQ(Tab().ChosenPlan(), nullptr);
    EXPECT_TRUE(Tab().FindWindow("empty_heading")->IsShownOnScreen());
    EXPECT_EQ(Shown("empty_heading"), "No therapy plan yet");

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "New plan");
        EXPECT_FALSE(OkEnabled(d)) << "the title is required";
        auto* offered = dynamic_cast<wxCheckListBox*>(d.FindWindow("condition_choices"));
        ASSERT_NE(offered, nullptr);
        ASSERT_EQ(offered->GetCount(), 1u);
        EXPECT_EQ(offered->GetString(0), "Chronic anal fissure");
        EXPECT_TRUE(offered->IsChecked(0)) << "a new plan treats the recorded conditions unless told otherwise";
        EXPECT_EQ(TextField(d, "start")->GetValue(), "2026-11-25") << "today";
        EXPECT_FALSE(d.FindWindow("status")->IsShown()) << "a new plan is active";

        SetText(d, "title", "Chronic fissure: graded dilator programme");
        EXPECT_TRUE(OkEnabled(d));
        SetText(d, "conditions", "Pelvic floor tension\n\n");
        SetText(d, "start", "2026-11-20");
        SetText(d, "review", "2027-01-08");
        SetText(d, "goal[1]", "Comfortable use of the 22 mm dilator for 15 minutes");
        SetText(d, "goal-target[1]", "2027-03-01");
        EXPECT_FALSE(d.FindWindow("goal[2]")->IsShownOnScreen());
        Click(d, XRCID("add_goal"));
        ASSERT_TRUE(d.FindWindow("goal[2]")->IsShownOnScreen());
        SetText(d, "goal[2]", "Bowel opening without pain");
        dynamic_cast<wxCheckBox*>(d.FindWindow("goal-achieved[2]"))->SetValue(true);
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("new_first_plan");

    const auto plans = SavedPlans().for_patient(id_);
    ASSERT_EQ(plans.size(), 1u);
    ASSERT_EQ(plans[0].plan_versions.size(), 1u);
    const auto& plan = plans[0].plan_versions[0].plan;
    EXPECT_EQ(plan.title, "Chronic fissure: graded dilator programme");
    EXPECT_EQ(plan.conditions, (std::vector<std::string>{"Chronic anal fissure", "Pelvic floor tension"}));
    EXPECT_EQ(to_iso(plan.start_on), "2026-11-20");
    EXPECT_EQ(to_iso(plan.review_on), "2027-01-08");
    ASSERT_EQ(plan.goals.size(), 2u);
    EXPECT_EQ(plan.goals[0].text, "Comfortable use of the 22 mm dilator for 15 minutes");
    ASSERT_TRUE(plan.goals[0].target_on.has_value());
    EXPECT_EQ(to_iso(*plan.goals[0].target_on), "2027-03-01");
    EXPECT_FALSE(plan.goals[0].achieved);
    EXPECT_EQ(plan.goals[1].text, "Bowel opening without pain");
    EXPECT_FALSE(plan.goals[1].target_on.has_value());
    EXPECT_TRUE(plan.goals[1].achieved);

    ASSERT_NE(Tab().ChosenPlan(), nullptr) << "the tab shows the plan just started";
    EXPECT_EQ(Shown("plan_title"), "Chronic fissure: graded dilator programme");
    EXPECT_EQ(Shown("value_status"), "Active");
    EXPECT_EQ(Shown("value_dates"), "Started 2026-11-20, review 2027-01-08");
    EXPECT_EQ(Shown("value_conditions"), "Chronic anal fissure; Pelvic floor tension");
    EXPECT_FALSE(Tab().FindWindow("as_of")->IsShown()) << "the current plan";
}

TEST_F(PlanTabTest, AReviewBeforeTheStartIsShownNextToItsFieldAndNothingIsSaved)
{
    ShowPlanTab();
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetText(d, "title", "Pelvic floor muscle training");
        SetText(d, "start", "2026-11-25");
        SetText(d, "review", "2026-11-01");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal()) << "not saved";
        EXPECT_EQ(InlineError(d, "review"), "Review 2026-11-01 is before the plan's start (2026-11-25)");
        // A goal's target before the start is shown on its own row.
        SetText(d, "review", "");
        SetText(d, "goal[1]", "Ten slow contractions without pain");
        SetText(d, "goal-target[1]", "2026-10-01");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_EQ(InlineError(d, "review"), "");
        EXPECT_EQ(InlineError(d, "goal-target[1]"), "Target date 2026-10-01 is before the plan's start (2026-11-25)");
        Click(d, wxID_CANCEL);
    });
    ClickInTab("new_first_plan");
    EXPECT_TRUE(SavedPlans().for_patient(id_).empty());
    EXPECT_EQ(Tab().ChosenPlan(), nullptr);
}

TEST_F(PlanTabTest, EditingMakesVersionTwoAndChoosingVersionOneShowsThePlanAsItWas)
{
    AddPlan("Pelvic floor muscle training");
    ShowPlanTab();
    EXPECT_EQ(Shown("plan_title"), "Pelvic floor muscle training");

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Edit plan");
        EXPECT_EQ(TextField(d, "title")->GetValue(), "Pelvic floor muscle training");
        EXPECT_EQ(TextField(d, "start")->GetValue(), "2026-11-02");
        SetText(d, "title", "Pelvic floor relaxation and dilators");
        Pick(d, "status", "Stopped");
        EXPECT_TRUE(d.FindWindow("stop-reason")->IsEnabled());
        EXPECT_FALSE(OkEnabled(d)) << "a stopped plan needs its reason";
        SetText(d, "stop-reason", "Moved abroad");
        Pick(d, "status", "Active");
        EXPECT_FALSE(d.FindWindow("stop-reason")->IsEnabled());
        EXPECT_TRUE(OkEnabled(d));
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("edit_plan");

    const auto plans = SavedPlans().for_patient(id_);
    ASSERT_EQ(plans.size(), 1u);
    ASSERT_EQ(plans[0].plan_versions.size(), 2u);
    const auto* latest = latest_plan_version(plans[0].plan_versions);
    EXPECT_EQ(latest->number, 2);
    EXPECT_EQ(latest->plan.title, "Pelvic floor relaxation and dilators");
    EXPECT_EQ(latest->plan.status, PlanStatus::Active);
    EXPECT_TRUE(latest->plan.stop_reason.empty()) << "the reason typed for a status not kept is not saved";

    EXPECT_EQ(Shown("plan_title"), "Pelvic floor relaxation and dilators");
    auto* versions = dynamic_cast<wxDataViewListCtrl*>(Tab().FindWindow("versions"));
    ASSERT_EQ(versions->GetItemCount(), 2);
    EXPECT_EQ(versions->GetTextValue(0, 0), "2") << "the newest first";
    EXPECT_EQ(versions->GetTextValue(0, 2), "Robin Sample");
    EXPECT_EQ(versions->GetTextValue(0, 3), "Revised: title");
    EXPECT_EQ(versions->GetTextValue(1, 1), "2026-11-02");
    EXPECT_EQ(versions->GetTextValue(1, 3), "Plan started");

    ChooseVersionRow(1);
    ASSERT_NE(Tab().ShownVersion(), nullptr);
    EXPECT_EQ(Tab().ShownVersion()->number, 1);
    EXPECT_EQ(Shown("plan_title"), "Pelvic floor muscle training");
    EXPECT_TRUE(Tab().FindWindow("as_of")->IsShown());
    EXPECT_EQ(Shown("as_of_text"),
              "As of version 1, 2026-11-02: this is not the current plan (version 2, from 2026-11-25).");
    EXPECT_EQ(Shown("versions_hint"),
              "Shown: version 1, as it was from 2026-11-02. Choose version 2 for the current plan.");

    ChooseVersionRow(0);
    EXPECT_EQ(Shown("plan_title"), "Pelvic floor relaxation and dilators");
    EXPECT_FALSE(Tab().FindWindow("as_of")->IsShown());
}

TEST_F(PlanTabTest, SeveralPlansAreChosenActiveFirst)
{
    const auto first = AddPlan("Pelvic floor muscle training");
    auto finished = PlanForm::from(latest_plan_version(first.plan_versions)->plan);
    finished.status = "completed";
    SavedPlans().revise(first.id, finished);
    SavedPlans().add(id_, PlanForm{.title = "Graded dilator programme", .start = "2026-11-20"});
    ShowPlanTab();

    auto* chooser = dynamic_cast<wxChoice*>(Tab().FindWindow("plans"));
    ASSERT_TRUE(chooser->IsShown());
    ASSERT_EQ(chooser->GetCount(), 2u);
    EXPECT_EQ(chooser->GetString(0), "Graded dilator programme (active, from 2026-11-20)");
    EXPECT_EQ(chooser->GetString(1), "Pelvic floor muscle training (completed, from 2026-11-02)");
    EXPECT_EQ(Shown("plan_title"), "Graded dilator programme");
    chooser->SetSelection(1);
    wxCommandEvent event(wxEVT_CHOICE, chooser->GetId());
    event.SetEventObject(chooser);
    event.SetInt(1);
    chooser->ProcessWindowEvent(event);
    EXPECT_EQ(Shown("plan_title"), "Pelvic floor muscle training");
    EXPECT_EQ(Shown("value_status"), "Completed");
}

TEST_F(PlanTabTest, EnterInTheTitleStartsThePlan)
{
    ShowPlanTab();
    DialogDriver::Get().Expect([](wxDialog& d) {
        ASSERT_TRUE(WaitForFocus(d.FindWindow("title"))) << "the form starts at the title";
        Type("Home programme");
        Press(WXK_RETURN);
        EXPECT_TRUE(PumpUntil([&] { return !d.IsModal(); })) << "Enter saves";
    });
    ClickInTab("new_first_plan");
    const auto plans = SavedPlans().for_patient(id_);
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].plan_versions.at(0).plan.title, "Home programme");
    EXPECT_EQ(to_iso(plans[0].plan_versions.at(0).plan.review_on), "2027-01-06") << "six weeks after today";
}

TEST_F(PlanTabTest, AnArchivedRecordsPlanCannotBeChanged)
{
    AddPlan("Pelvic floor muscle training");
    ShowPlanTab();
    EXPECT_TRUE(Tab().FindWindow("edit_plan")->IsEnabled());
    DialogDriver::Get().Answer(wxID_YES);
    Run(Command::ArchivePatient);
    DialogDriver::Get().TakeMessages();
    ASSERT_TRUE(Workspace().record()->patient.archived);
    ASSERT_TRUE(PumpUntil([&] { return !Tab().FindWindow("edit_plan")->IsEnabled(); }));
    for (const char* button : {"new_plan", "edit_plan", "add_component"})
        EXPECT_FALSE(Tab().FindWindow(button)->IsEnabled()) << button;
    EXPECT_EQ(Shown("plan_title"), "Pelvic floor muscle training") << "still shown";
}

} // namespace
} // namespace fc::ui::test
