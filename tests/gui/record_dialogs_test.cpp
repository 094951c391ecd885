// Precautions, conditions and consent, recorded through their dialogs from the open record: what
// each dialog asks, the core's messages next to the fields, and what is saved and shown.
#include "dialog_driver.h"
#include "keyboard.h"
#include "patient_window.h"
#include "ui/main_commands.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace fc::ui::test {
namespace {

class RecordDialogs : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
        id_ = patients_.at(0).id;
        Workspace().Open(id_); // as choosing them in the list does (patient_window_test.cpp)
        ASSERT_TRUE(ChooseTab("patient_details"));
    }

    std::int64_t id_ = 0;
};

wxString InlineError(wxDialog& d, const char* field)
{
    auto* label = dynamic_cast<wxStaticText*>(d.FindWindow(wxString(field) + "_error"));
    if (!label || !label->IsShown())
        return {};
    wxString text = label->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

bool OkEnabled(wxDialog& d)
{
    return d.FindWindow(wxID_OK)->IsEnabled();
}

void SetText(wxDialog& d, const char* field, const wxString& value)
{
    auto* text = dynamic_cast<wxTextCtrl*>(d.FindWindow(field));
    ASSERT_NE(text, nullptr) << field;
    text->SetValue(value); // sends wxEVT_TEXT, as typing does
}

// Chooses item `index` of the choice `field`, as the user would from its list.
void Pick(wxDialog& d, const char* field, int index)
{
    auto* choice = dynamic_cast<wxChoice*>(d.FindWindow(field));
    ASSERT_NE(choice, nullptr) << field;
    choice->SetSelection(index);
    wxCommandEvent event(dynamic_cast<wxComboBox*>(choice) ? wxEVT_COMBOBOX : wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
}

TEST_F(RecordDialogs, AddPrecautionAsksItsKindAndRefusesAFutureDate)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Add precaution");
        auto* kind = dynamic_cast<wxChoice*>(d.FindWindow("kind"));
        ASSERT_EQ(kind->GetCount(), 6u);
        EXPECT_EQ(kind->GetString(0), "History of anal fissure");
        EXPECT_EQ(dynamic_cast<wxTextCtrl*>(d.FindWindow("date"))->GetValue(), "2026-11-25") << "today";
        EXPECT_FALSE(OkEnabled(d)) << "no kind chosen yet";
        Pick(d, "kind", 1);
        EXPECT_TRUE(OkEnabled(d));
        SetText(d, "detail", "Bright red, on wiping; GP informed");
        SetText(d, "date", "2026-12-01");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_EQ(InlineError(d, "date"), "Noted on 2026-12-01 must not be in the future");
        SetText(d, "date", "2026-11-20");
        EXPECT_EQ(InlineError(d, "date"), "");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    Run(Command::AddPrecaution);
    const auto record = Saved().open(id_);
    ASSERT_EQ(record.precautions.size(), 1u);
    EXPECT_EQ(record.precautions[0].kind, PrecautionKind::Bleeding);
    EXPECT_EQ(record.precautions[0].detail, "Bright red, on wiping; GP informed");
    EXPECT_EQ(to_iso(record.precautions[0].noted_on), "2026-11-20");
    ASSERT_EQ(Workspace().record()->precautions.size(), 1u) << "the open record shows it";
    auto* warning = dynamic_cast<wxStaticText*>(frame_->FindWindow("open_precautions"));
    EXPECT_TRUE(warning->IsShown());
    EXPECT_TRUE(warning->GetLabelText().Contains("Rectal bleeding")) << warning->GetLabelText();
}

TEST_F(RecordDialogs, ClearPrecautionFromTheDetailsTabClearsTheOneSelected)
{
    auto records = Saved();
    records.add_precaution(id_, {"fissure", "", "2026-03-01"});
    const auto surgery = records.add_precaution(id_, {"surgery", "Haemorrhoidectomy", "2026-06-10"});
    List().FindAgain();
    ASSERT_TRUE(WaitForList());
    Workspace().Open(id_);
    ASSERT_TRUE(ChooseTab("patient_details"));

    auto* list = dynamic_cast<wxDataViewListCtrl*>(frame_->FindWindow("precautions"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->GetItemCount(), 2);
    list->SelectRow(1);
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Clear precaution");
        auto* which = dynamic_cast<wxChoice*>(d.FindWindow("precaution"));
        EXPECT_EQ(which->GetStringSelection(), "Recent anorectal surgery (Haemorrhoidectomy), noted 2026-06-10");
        EXPECT_EQ(dynamic_cast<wxTextCtrl*>(d.FindWindow("date"))->GetValue(), "2026-11-25") << "today";
        EXPECT_TRUE(dynamic_cast<wxTextCtrl*>(d.FindWindow("by"))->GetHint().Contains("Robin Sample"));
        SetText(d, "date", "2026-06-01");
        Click(d, wxID_OK);
        EXPECT_EQ(InlineError(d, "date"), "Cleared on 2026-06-01 is before the precaution was noted (2026-06-10)");
        SetText(d, "date", "2026-07-01");
        SetText(d, "by", "Dr Ada Quill");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    auto* clear = frame_->FindWindow(CommandId(Command::ClearPrecaution));
    ASSERT_NE(clear, nullptr);
    wxCommandEvent click(wxEVT_BUTTON, clear->GetId());
    click.SetEventObject(clear);
    clear->ProcessWindowEvent(click); // on to the main window, with the selected precaution

    const auto cleared = Saved().open(id_).precautions.at(1);
    EXPECT_EQ(cleared.id, surgery.id);
    ASSERT_TRUE(cleared.cleared_on.has_value());
    EXPECT_EQ(to_iso(*cleared.cleared_on), "2026-07-01");
    EXPECT_EQ(cleared.cleared_by, "Dr Ada Quill");
    auto* warning = dynamic_cast<wxStaticText*>(frame_->FindWindow("open_precautions"));
    EXPECT_EQ(warning->GetLabelText(), "Open precautions: History of anal fissure (since 2026-03-01)")
        << "the banner lists only what is still open";
}

TEST_F(RecordDialogs, AddConditionFillsTheCodeOfAKnownConditionAndAllowsFreeEntry)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Add condition");
        auto* label = dynamic_cast<wxComboBox*>(d.FindWindow("label"));
        ASSERT_EQ(label->GetCount(), known_conditions().size());
        EXPECT_FALSE(OkEnabled(d)) << "no condition yet";
        Pick(d, "label", 0);
        EXPECT_EQ(label->GetValue(), "Chronic anal fissure");
        EXPECT_EQ(dynamic_cast<wxTextCtrl*>(d.FindWindow("code"))->GetValue(), "K60.1");
        EXPECT_TRUE(OkEnabled(d));
        // Typed freely instead, with a code that is not ICD-10.
        label->SetValue("Coccydynia");
        SetText(d, "code", "M53");
        SetText(d, "onset", "2025-13-01");
        Click(d, wxID_OK);
        EXPECT_EQ(InlineError(d, "onset"), "Onset '2025-13-01' is not a real calendar date in the form YYYY-MM-DD");
        SetText(d, "code", "53.3");
        SetText(d, "onset", "2025-10-01");
        Click(d, wxID_OK);
        EXPECT_EQ(InlineError(d, "code"), "ICD-10 code must be an ICD-10 code such as K60.1 or R15 (or left empty)");
        SetText(d, "code", "m53.3");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    Run(Command::AddCondition);
    const auto conditions = Saved().open(id_).conditions;
    ASSERT_EQ(conditions.size(), 1u);
    EXPECT_EQ(conditions[0].label, "Coccydynia");
    EXPECT_EQ(conditions[0].code, "M53.3");
    auto* list = dynamic_cast<wxDataViewListCtrl*>(frame_->FindWindow("conditions"));
    ASSERT_EQ(list->GetItemCount(), 1);
    EXPECT_EQ(list->GetTextValue(0, 2), "Coccydynia");
}

TEST_F(RecordDialogs, ConsentNeedsEveryAnswerAndAChaperonePresentWasOffered)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "Record consent");
        EXPECT_FALSE(OkEnabled(d));
        Pick(d, "given", 0);      // given
        Pick(d, "chaperone-present", 0); // yes
        EXPECT_FALSE(OkEnabled(d)) << "offered is not answered";
        Pick(d, "chaperone-offered", 1); // no
        EXPECT_TRUE(OkEnabled(d));
        Click(d, wxID_OK);
        EXPECT_EQ(InlineError(d, "chaperone-offered"), "Chaperone offered must be yes when a chaperone was present");
        Pick(d, "chaperone-offered", 0);
        EXPECT_EQ(InlineError(d, "chaperone-offered"), "");
        SetText(d, "note", "Explained the examination; patient asked questions first.");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    Run(Command::AddConsent);
    const auto consents = Saved().open(id_).consents;
    ASSERT_EQ(consents.size(), 1u);
    EXPECT_TRUE(consents[0].consent_given);
    EXPECT_TRUE(consents[0].chaperone_offered);
    EXPECT_TRUE(consents[0].chaperone_present);
    EXPECT_EQ(to_iso(consents[0].on), "2026-11-25");
    auto* list = dynamic_cast<wxDataViewListCtrl*>(frame_->FindWindow("consents"));
    ASSERT_EQ(list->GetItemCount(), 1);
    EXPECT_EQ(list->GetTextValue(0, 3), "Robin Sample") << "signed by the working clinician";
}

TEST_F(RecordDialogs, EscapeCancelsAndSavesNothing)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        Pick(d, "kind", 0);
        d.FindWindow("detail")->SetFocus();
        ASSERT_TRUE(WaitForFocus(d.FindWindow("detail")));
        Press(WXK_ESCAPE);
        EXPECT_TRUE(PumpUntil([&] { return !d.IsModal(); })) << "Escape closes the dialog";
    });
    Run(Command::AddPrecaution);
    EXPECT_TRUE(Saved().open(id_).precautions.empty());
}

TEST_F(RecordDialogs, AnArchivedRecordCannotBeChanged)
{
    DialogDriver::Get().Answer(wxID_YES);
    Run(Command::ArchivePatient);
    DialogDriver::Get().TakeMessages();
    ASSERT_TRUE(Workspace().record()->patient.archived);
    // No dialog opens (the driver would fail the test for one), and the buttons say so.
    for (const auto command : {Command::EditPatient, Command::AddPrecaution, Command::AddCondition,
                               Command::AddConsent})
        Run(command);
    frame_->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    EXPECT_FALSE(frame_->FindWindow(CommandId(Command::AddPrecaution))->IsEnabled());
    EXPECT_FALSE(frame_->FindWindow(CommandId(Command::EditPatient))->IsEnabled());
}

} // namespace
} // namespace fc::ui::test
