// The red-flag review in the main window: a note signed with bleeding raises a flag that shows in
// the status bar, the toolbar, the banner, the patient list and the queue; acknowledging it (the
// action and a note, both required) takes it out of the open queue and the counts fall; urgent
// flags are told when work starts.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/red_flags.h"
#include "services/session_notes.h"
#include "ui/main_frame.h"
#include "ui/patient_list_model.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/red_flag_queue.h"
#include "ui/sessions_tab.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>
#include <wx/xrc/xmlres.h>

namespace fc::ui::test {
namespace {

class RedFlagQueueTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Ødegaard", "Ingrid", "1984-02-29")});
        id_ = patients_.at(0).id;
    }

    wxString FlagsStatus() const { return frame_->GetStatusBar()->GetStatusText(2); }
    wxString ToolLabel() const
    {
        return frame_->GetToolBar()->FindById(CommandId(Command::ReviewFlags))->GetLabel();
    }
    RedFlagQueue& Queue() const { return *dynamic_cast<RedFlagQueue*>(frame_->FindWindow("red_flag_queue")); }
    // Signs a note with bleeding through the Sessions tab's editor, as a clinician does.
    void SignANoteWithBleeding()
    {
        Workspace().Open(id_);
        ASSERT_TRUE(ChooseTab("sessions_tab"));
        DialogDriver::Get().Expect([](wxDialog& d) {
            dynamic_cast<wxTextCtrl*>(d.FindWindow("subjective"))->SetValue("Bright red blood on the dilator.");
            auto* bleeding = dynamic_cast<wxCheckBox*>(d.FindWindow("bleeding"));
            bleeding->SetValue(true);
            wxCommandEvent tick(wxEVT_CHECKBOX, bleeding->GetId());
            tick.SetEventObject(bleeding);
            bleeding->ProcessWindowEvent(tick);
            DialogDriver::Get().Answer(wxID_YES); // sign, after the warning
            Click(d, XRCID("sign_note"));
        });
        ClickIn(*frame_->FindWindow("sessions_tab"), "new_note");
        DialogDriver::Get().TakeMessages();
    }

    std::int64_t id_ = 0;
};

TEST_F(RedFlagQueueTest, ASignedBleedingShowsEverywhereAndLeavesTheQueueOnlyWhenAcknowledged)
{
    EXPECT_EQ(FlagsStatus(), "No red flags to review");
    EXPECT_EQ(ToolLabel(), "Red flags");
    SignANoteWithBleeding();

    // Counted in the status bar and on the tool, shown on the banner and marked in the list.
    ASSERT_TRUE(PumpUntil([this] { return FlagsStatus() == "1 red flag to review (1 urgent)"; })) << FlagsStatus();
    EXPECT_EQ(ToolLabel(), "Red flags (1)");
    auto* banner = dynamic_cast<wxStaticText*>(frame_->FindWindow("open_flags"));
    ASSERT_TRUE(PumpUntil([banner] { return banner->IsShown(); }));
    EXPECT_TRUE(banner->GetLabelText().Contains("Bleeding")) << banner->GetLabelText();
    auto* view = dynamic_cast<wxDataViewCtrl*>(List().FindWindow("patients"));
    auto* model = dynamic_cast<PatientListModel*>(view->GetModel());
    ASSERT_TRUE(PumpUntil([&] { return WaitForList() && model->at(*model->RowOf(id_)).urgent_flags == 1; }));
    EXPECT_EQ(model->at(*model->RowOf(patients_.at(1).id)).open_flags, 0);

    // The queue lists it, with the patient's name; the source opens from there.
    Run(Command::ReviewFlags);
    ASSERT_TRUE(Queue().IsShownOnScreen());
    ASSERT_EQ(Queue().Listed().size(), 1u);
    const auto flag = Queue().Listed()[0];
    EXPECT_EQ(flag.patient_name, "Nakamura, Yui");
    EXPECT_EQ(flag.flag.rule, RedFlagRule::Bleeding);
    ClickIn(Queue(), "open_flag_record");
    EXPECT_FALSE(Queue().IsShownOnScreen()) << "back to the record";
    auto* sessions = dynamic_cast<SessionsTab*>(frame_->FindWindow("sessions_tab"));
    ASSERT_TRUE(sessions->IsShownOnScreen());
    ASSERT_NE(sessions->Selected(), nullptr);
    EXPECT_EQ(sessions->Selected()->id, flag.flag.source_id) << "the note the flag comes from is selected";

    // Acknowledging needs the action and a note.
    Run(Command::ReviewFlags);
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "acknowledge_flag_dialog");
        auto* which = dynamic_cast<wxStaticText*>(d.FindWindow("flag"));
        EXPECT_TRUE(which->GetLabelText().Contains("Nakamura, Yui, MRN ")) << "whose flag: " << which->GetLabelText();
        EXPECT_TRUE(which->GetLabelText().Contains("Urgent, 2026-11-25")) << which->GetLabelText();
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "no action chosen, no note";
        auto* action = dynamic_cast<wxChoice*>(d.FindWindow("action"));
        ASSERT_EQ(action->GetCount(), 4u);
        action->SetSelection(2);
        wxCommandEvent chosen(wxEVT_CHOICE, action->GetId());
        chosen.SetEventObject(action);
        chosen.SetInt(2);
        action->ProcessWindowEvent(chosen);
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "still no note";
        dynamic_cast<wxTextCtrl*>(d.FindWindow("note"))->SetValue("Referred to the GP for review this week.");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickIn(Queue(), "acknowledge_flag");

    // The counts fall, the queue is empty, the flag stays in the history.
    EXPECT_EQ(FlagsStatus(), "No red flags to review");
    EXPECT_EQ(ToolLabel(), "Red flags");
    EXPECT_TRUE(Queue().Listed().empty());
    const auto saved = RedFlags(SavedClinic(), clinician_).get(flag.flag.id);
    ASSERT_TRUE(saved.acknowledgement);
    EXPECT_EQ(saved.acknowledgement->action, RedFlagAction::Referred);
    EXPECT_EQ(saved.acknowledgement->note, "Referred to the GP for review this week.");
    EXPECT_EQ(saved.acknowledgement->by, clinician_.clinician_id);
    auto* acknowledged = dynamic_cast<wxCheckBox*>(Queue().FindWindow("show_acknowledged"));
    acknowledged->SetValue(true);
    wxCommandEvent show(wxEVT_CHECKBOX, acknowledged->GetId());
    show.SetEventObject(acknowledged);
    acknowledged->ProcessWindowEvent(show);
    ASSERT_EQ(Queue().Listed().size(), 1u);
    EXPECT_TRUE(Queue().Listed()[0].flag.acknowledgement);
    EXPECT_FALSE(Queue().FindWindow("acknowledge_flag")->IsEnabled()) << "once is all";
    EXPECT_FALSE(banner->IsShown()) << "the banner no longer warns of it";
}

TEST_F(RedFlagQueueTest, UrgentFlagsAreToldWhenWorkStartsAndTheQueueOpensFromThere)
{
    NoteForm form;
    form.date = "2026-11-24";
    form.start = "09:00";
    form.symptoms.sharp_pain = true;
    SessionNotes notes(SavedClinic(), clinician_);
    notes.sign(notes.add_draft(patients_.at(1).id, form).id);
    CloseAndWait(frame_);

    DialogDriver::Get().Answer(wxID_YES); // "Review now"
    auto clinic = std::make_unique<Clinic>(path_);
    clinic->set_today([] { return pinned_today; });
    frame_ = OpenMainFrame(std::move(clinic), clinician_);
    ASSERT_TRUE(PumpUntil([this] { return !DialogDriver::Get().Pending(); }));
    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 1u) << told[0] << " / " << told.back();
    EXPECT_TRUE(told[0].StartsWith("1 urgent red flag is waiting for review.")) << told[0];
    ASSERT_TRUE(PumpUntil([this] { return Queue().IsShownOnScreen(); }));
    ASSERT_EQ(Queue().Listed().size(), 1u);
    EXPECT_EQ(Queue().Listed()[0].patient_name, "Ødegaard, Ingrid");
    EXPECT_EQ(Queue().Listed()[0].flag.rule, RedFlagRule::SharpPain);
}

TEST_F(RedFlagQueueTest, TheBannerNamesAFewFlagsAndCountsTheRest)
{
    SessionNotes notes(SavedClinic(), clinician_);
    for (const char* date : {"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-20", "2026-11-23"}) {
        NoteForm form;
        form.date = date;
        form.start = "09:00";
        form.symptoms.bleeding = true;
        notes.sign(notes.add_draft(id_, form).id);
    }
    Workspace().Open(id_);
    auto* banner = dynamic_cast<wxStaticText*>(frame_->FindWindow("open_flags"));
    ASSERT_TRUE(PumpUntil([banner] { return banner->IsShown(); }));
    wxString text = banner->GetLabelText();
    text.Replace("\n", " ");
    EXPECT_TRUE(text.StartsWith("5 red flags to review (5 urgent): ")) << text;
    EXPECT_TRUE(text.Contains("2026-11-02")) << "the oldest named first: " << text;
    EXPECT_FALSE(text.Contains("2026-11-23")) << "not every flag in full: " << text;
    EXPECT_TRUE(text.Contains("and 2 more in the red-flag queue")) << text;
}

} // namespace
} // namespace fc::ui::test
