// Adding a component to a plan through its dialog: the kind's own fields with the core's
// defaults, the instructions written from them, cautions, and the override that dilator work
// needs while a precaution is open.
#include "dialog_driver.h"
#include "plan_window.h"
#include "ui/plan_tab.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace fc::ui::test {
namespace {

using namespace form;
using PlanComponentTest = PlanWindowTest;

TEST_F(PlanComponentTest, ADilatorProgrammeIsAddedWithTheSizesChosenAndItsInstructions)
{
    AddPlan("Chronic fissure: graded dilator programme");
    ShowPlanTab();
    ASSERT_NE(Tab().ChosenPlan(), nullptr);

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Add component");
        EXPECT_FALSE(OkEnabled(d)) << "no kind chosen yet";
        Pick(d, "kind", "Dilator programme");
        EXPECT_TRUE(OkEnabled(d)) << "the defaults are a whole programme";
        EXPECT_EQ(ChoiceField(d, "dilator.set")->GetStringSelection(), "Standard 8 (silicone, 10 to 32 mm)");
        EXPECT_EQ(ChoiceField(d, "dilator.start-mm")->GetStringSelection(), "10 mm") << "the smallest size";
        EXPECT_EQ(ChoiceField(d, "dilator.target-mm")->GetStringSelection(), "32 mm") << "the largest size";
        EXPECT_EQ(ChoiceField(d, "dilator.start-mm")->GetCount(), 8u);
        EXPECT_EQ(TextField(d, "dilator.minutes-start")->GetValue(), "5");
        EXPECT_EQ(ChoiceField(d, "dilator.lubricant")->GetStringSelection(), "Water-based");
        EXPECT_FALSE(d.FindWindow("override_panel")->IsShown()) << "no precaution is open";
        EXPECT_TRUE(TextField(d, "instructions")->GetValue().Contains("start with the 10 mm dilator for 5 minutes"));

        Pick(d, "dilator.start-mm", "13 mm");
        Pick(d, "dilator.target-mm", "22 mm");
        SetText(d, "dilator.minutes-target", "12");
        SetText(d, "dilator.per-week", "2");
        Pick(d, "dilator.lubricant", "Silicone-based");
        const auto instructions = TextField(d, "instructions")->GetValue();
        EXPECT_TRUE(instructions.Contains("twice a week: start with the 13 mm dilator")) << instructions;
        EXPECT_TRUE(instructions.Contains("towards the 22 mm dilator for 12 minutes")) << instructions;
        EXPECT_TRUE(instructions.Contains("a silicone-based lubricant")) << instructions;

        SetText(d, "dilator.minutes-target", "3");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_EQ(InlineError(d, "dilator.minutes-target"),
                  "Minutes at the target is 3 minutes, fewer than the 5 minutes at the start");
        SetText(d, "dilator.minutes-target", "12");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("add_component");

    const auto plans = SavedPlans().for_patient(id_);
    ASSERT_EQ(plans.size(), 1u);
    const auto* latest = latest_plan_version(plans[0].plan_versions);
    ASSERT_EQ(latest->number, 2) << "a component is a new version";
    ASSERT_EQ(latest->plan.components.size(), 1u);
    const auto& component = latest->plan.components[0];
    const auto* d = std::get_if<DilatorProgramme>(&component.params);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->start_mm, 13);
    EXPECT_EQ(d->target_mm, 22);
    EXPECT_EQ(d->minutes_start, 5);
    EXPECT_EQ(d->minutes_target, 12);
    EXPECT_EQ(d->per_week, 2);
    EXPECT_EQ(d->lubricant, Lubricant::Silicone);
    EXPECT_EQ(component.instructions, default_instructions(component.params));
    EXPECT_FALSE(component.precaution_override.has_value());

    auto* shown = Tab().FindWindow("component_dilator");
    ASSERT_NE(shown, nullptr) << "the tab shows the component";
    auto* params = dynamic_cast<wxStaticText*>(shown->FindWindow("params"));
    wxString line = params->GetLabelText();
    line.Replace("\n", " ");
    EXPECT_EQ(line, "Standard 8 set: 13 to 22 mm, 5 to 12 minutes a session, 2 sessions a week, silicone-based "
                    "lubricant");
    EXPECT_FALSE(shown->FindWindow("override")->IsShown());
}

TEST_F(PlanComponentTest, AnotherSetOffersItsSizesAndOilWithLatexIsCautionedAgainst)
{
    SavedPlans().add_dilator_set({"Latex 6", "latex", "12, 15, 18, 21, 24, 27"});
    AddPlan("Graded dilator programme");
    ShowPlanTab();

    DialogDriver::Get().Expect([](wxDialog& d) {
        Pick(d, "kind", "Dilator programme");
        Pick(d, "dilator.set", "Latex 6 (latex, 12 to 27 mm)");
        auto* start = ChoiceField(d, "dilator.start-mm");
        EXPECT_EQ(start->GetCount(), 6u) << "the sizes of the set chosen";
        EXPECT_EQ(start->GetStringSelection(), "12 mm");
        EXPECT_EQ(ChoiceField(d, "dilator.target-mm")->GetStringSelection(), "27 mm");
        auto* caution = dynamic_cast<wxStaticText*>(d.FindWindow("dilator.lubricant_warning"));
        ASSERT_NE(caution, nullptr);
        EXPECT_FALSE(caution->IsShown());
        Pick(d, "dilator.lubricant", "Oil-based");
        ASSERT_TRUE(caution->IsShown());
        wxString text = caution->GetLabelText();
        text.Replace("\n", " ");
        EXPECT_EQ(text, "Caution: the lubricant is oil-based, which degrades latex; the set 'Latex 6' is latex: use a "
                        "water- or silicone-based lubricant");
        EXPECT_TRUE(OkEnabled(d)) << "a caution, not a refusal";
        Pick(d, "dilator.lubricant", "Water-based");
        EXPECT_FALSE(caution->IsShown());
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("add_component");
    const auto plans = SavedPlans().for_patient(id_);
    const auto& component = latest_plan_version(plans.at(0).plan_versions)->plan.components.at(0);
    const auto* d = std::get_if<DilatorProgramme>(&component.params);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->start_mm, 12);
    EXPECT_EQ(d->target_mm, 27);
    EXPECT_EQ(d->lubricant, Lubricant::Water);
}

TEST_F(PlanComponentTest, AReferralNeedsWhomToAndWhyAndKeepsTheInstructionsWritten)
{
    AddPlan("Pelvic floor muscle training");
    ShowPlanTab();

    DialogDriver::Get().Expect([](wxDialog& d) {
        Pick(d, "kind", "Referral");
        EXPECT_FALSE(d.FindWindow("dilator.set")->IsShownOnScreen()) << "only the referral's fields";
        EXPECT_TRUE(d.FindWindow("referral.to")->IsShownOnScreen());
        EXPECT_FALSE(OkEnabled(d)) << "whom to and why are required";
        SetText(d, "referral.to", "Colorectal surgeon");
        SetText(d, "referral.reason", "Bleeding between visits");
        EXPECT_TRUE(OkEnabled(d));
        EXPECT_EQ(TextField(d, "instructions")->GetValue(), "Referral to Colorectal surgeon: Bleeding between visits");
        SetText(d, "instructions", "Please book the appointment your GP arranges.");
        SetText(d, "referral.reason", "Bleeding between visits; GP informed");
        EXPECT_EQ(TextField(d, "instructions")->GetValue(), "Please book the appointment your GP arranges.")
            << "what the clinician wrote is kept";
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("add_component");
    const auto plans = SavedPlans().for_patient(id_);
    const auto& component = latest_plan_version(plans.at(0).plan_versions)->plan.components.at(0);
    const auto* r = std::get_if<Referral>(&component.params);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->to, "Colorectal surgeon");
    EXPECT_EQ(r->reason, "Bleeding between visits; GP informed");
    EXPECT_EQ(component.instructions, "Please book the appointment your GP arranges.");
    auto* shown = Tab().FindWindow("component_referral");
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(dynamic_cast<wxStaticText*>(shown->FindWindow("params"))->GetLabelText(),
              "To Colorectal surgeon: Bleeding between visits; GP informed");
}

TEST_F(PlanComponentTest, ADilatorProgrammeWhileAPrecautionIsOpenNeedsAReasonThatIsRecorded)
{
    const auto fissure = Saved().add_precaution(id_, {"fissure", "Posterior midline", "2026-03-01"});
    AddPlan("Chronic fissure: graded dilator programme");
    ShowPlanTab();

    DialogDriver::Get().Expect([](wxDialog& d) {
        Pick(d, "kind", "Dilator programme");
        auto* panel = d.FindWindow("override_panel");
        ASSERT_TRUE(panel->IsShown()) << "the open precaution is shown with the reason asked for";
        wxString intro = dynamic_cast<wxStaticText*>(d.FindWindow("override_intro"))->GetLabelText();
        intro.Replace("\n", " ");
        EXPECT_TRUE(intro.Contains("History of anal fissure (noted 2026-03-01)")) << intro;
        EXPECT_FALSE(OkEnabled(d)) << "the reason is required";
        SetText(d, "override-reason", "Cleared verbally by the colorectal surgeon; letter to follow");
        EXPECT_TRUE(OkEnabled(d));
        // Another kind is no internal work: no reason asked for.
        Pick(d, "kind", "Breathing and relaxation");
        EXPECT_FALSE(panel->IsShown());
        Pick(d, "kind", "Dilator programme");
        EXPECT_TRUE(panel->IsShown());
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("add_component");

    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u) << "the red flag raised is said";
    EXPECT_TRUE(messages[0].Contains("raised a red flag")) << messages[0];

    const auto plans = SavedPlans().for_patient(id_);
    ASSERT_EQ(plans.size(), 1u);
    const auto& component = latest_plan_version(plans[0].plan_versions)->plan.components.at(0);
    ASSERT_TRUE(component.precaution_override.has_value());
    EXPECT_EQ(component.precaution_override->reason, "Cleared verbally by the colorectal surgeon; letter to follow");
    EXPECT_EQ(component.precaution_override->precaution_ids, (std::vector<std::int64_t>{fissure.id}));
    EXPECT_EQ(to_iso(component.precaution_override->on), "2026-11-25");

    auto* shown = Tab().FindWindow("component_dilator");
    ASSERT_NE(shown, nullptr);
    auto* override_text = dynamic_cast<wxStaticText*>(shown->FindWindow("override"));
    EXPECT_TRUE(override_text->IsShown());
    wxString text = override_text->GetLabelText();
    text.Replace("\n", " ");
    EXPECT_EQ(text, "Started despite open precaution: History of anal fissure (noted 2026-03-01). Reason: Cleared "
                    "verbally by the colorectal surgeon; letter to follow (Robin Sample, 2026-11-25)");
}

} // namespace
} // namespace fc::ui::test
