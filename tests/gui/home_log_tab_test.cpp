// The Home log tab: entries from the patient's diary through the dialog, the core's messages by
// the fields, the sizes of the programme's set, and the red flag an entry with bleeding raises.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/home_log_book.h"
#include "services/red_flags.h"
#include "services/therapy_plans.h"
#include "ui/home_log_tab.h"
#include "ui/patient_workspace.h"

#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace fc::ui::test {
namespace {

class HomeLogTabTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
        id_ = patients_.at(0).id;
        TherapyPlans plans(SavedClinic(), clinician_);
        const auto plan = plans.add(id_, PlanForm{.title = "Pelvic floor tension", .start = "2026-10-01"});
        ComponentForm dilator;
        dilator.kind = "dilator";
        plans.add_component(plan.id, dilator, {});
        Workspace().Open(id_);
        ASSERT_TRUE(ChooseTab("home_log_tab"));
    }

    HomeLogTab& Tab() const { return *dynamic_cast<HomeLogTab*>(frame_->FindWindow("home_log_tab")); }
    void Add() const { ClickIn(Tab(), "add_home_session"); }

    std::int64_t id_ = 0;
};

void Set(wxDialog& d, const char* field, const wxString& value)
{
    if (auto* combo = dynamic_cast<wxComboBox*>(d.FindWindow(field)))
        combo->SetValue(value);
    else
        dynamic_cast<wxTextCtrl*>(d.FindWindow(field))->SetValue(value);
}

wxString Error(wxDialog& d, const char* field)
{
    auto* label = dynamic_cast<wxStaticText*>(d.FindWindow(wxString(field) + "_error"));
    return label && label->IsShown() ? label->GetLabelText() : wxString();
}

TEST_F(HomeLogTabTest, AnEntryFromTheDiaryIsAddedAndListed)
{
    EXPECT_TRUE(Tab().Entries().empty());
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "add_home_session_dialog");
        EXPECT_EQ(dynamic_cast<wxTextCtrl*>(d.FindWindow("date"))->GetValue(), "2026-11-25");
        EXPECT_EQ(dynamic_cast<wxComboBox*>(d.FindWindow("dilator-mm"))->GetCount(), 9u) << "blank and Standard 8";
        Set(d, "date", "2026-11-23");
        Set(d, "dilator-mm", "14"); // not a size of the set
        Set(d, "minutes", "12");
        Set(d, "comfort", "7");
        Set(d, "pain", "2");
        Set(d, "text", "Felt easier after the warm bath.");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(Error(d, "dilator-mm").Contains("13")) << Error(d, "dilator-mm") << ": names the sizes";
        Set(d, "dilator-mm", "16");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    Add();
    EXPECT_TRUE(DialogDriver::Get().TakeMessages().empty()) << "no red flag, no message";
    const auto saved = HomeLogBook(SavedClinic(), clinician_).for_patient(id_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(to_iso(saved[0].date), "2026-11-23");
    EXPECT_EQ(saved[0].dilator_mm, 16);
    EXPECT_EQ(saved[0].minutes, 12);
    EXPECT_EQ(saved[0].comfort, 7);
    EXPECT_EQ(saved[0].pain, 2);
    EXPECT_EQ(saved[0].text, "Felt easier after the warm bath.");
    ASSERT_TRUE(PumpUntil([this] { return Tab().Entries().size() == 1; }));
}

TEST_F(HomeLogTabTest, BleedingAtHomeRaisesARedFlagAndSaysSo)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        Set(d, "date", "2026-11-24");
        Set(d, "minutes", "10");
        auto* bleeding = dynamic_cast<wxCheckBox*>(d.FindWindow("bleeding"));
        bleeding->SetValue(true);
        Click(d, wxID_OK);
    });
    Add();
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("red flag")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("2026-11-24")) << messages[0];
    const auto flags = RedFlags(SavedClinic(), clinician_).list({.open_only = true, .patient_id = id_});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].rule, RedFlagRule::Bleeding);
    EXPECT_EQ(flags[0].source, RedFlagSource::HomeLog);
}

TEST_F(HomeLogTabTest, AFutureDateIsRefusedByTheFieldAndNothingIsSaved)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        Set(d, "date", "2026-11-30");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_EQ(Error(d, "date"), "Date 2026-11-30 is in the future");
        Click(d, wxID_CANCEL);
    });
    Add();
    EXPECT_TRUE(HomeLogBook(SavedClinic(), clinician_).for_patient(id_).empty());
}

} // namespace
} // namespace fc::ui::test
