// The Sessions tab and the note editor: a new note saved as it is typed (nothing lost when the
// editor is closed, or the app killed), defaults from the previous note, typing that breaks a
// rule kept aside and restored, the warning before signing a note that raises a red flag, and
// addenda to a signed note.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/red_flags.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
#include "support/immutable_file.h"
#include "support/machine_skip.h"
#include "ui/note_editor.h"
#include "ui/patient_workspace.h"
#include "ui/sessions_tab.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <cstdlib>
#include <filesystem>

namespace fc::ui::test {
namespace {

class SessionsTabTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
        id_ = patients_.at(0).id;
    }
    SessionNotes SavedNotes() { return SessionNotes(SavedClinic(), clinician_); }
    // A note of yesterday morning, 45 minutes, saying `subjective`.
    static NoteForm Yesterday(const std::string& subjective = {})
    {
        NoteForm form;
        form.date = "2026-11-24";
        form.start = "10:00";
        form.duration = "45";
        form.subjective = subjective;
        return form;
    }

    void WithDilatorPlan()
    {
        TherapyPlans plans(SavedClinic(), clinician_);
        const auto plan = plans.add(id_, PlanForm{.title = "Fissure, chronic", .start = "2026-10-01"});
        ComponentForm dilator;
        dilator.kind = "dilator";
        dilator.start_mm = "13";
        plans.add_component(plan.id, dilator, {});
    }

    void ShowSessions()
    {
        Workspace().Open(id_);
        ASSERT_TRUE(ChooseTab("sessions_tab"));
    }
    SessionsTab& Tab() const
    {
        auto* tab = dynamic_cast<SessionsTab*>(frame_->FindWindow("sessions_tab"));
        EXPECT_NE(tab, nullptr);
        return *tab;
    }
    void ClickInTab(const char* button) const { ClickIn(Tab(), button); }

    std::int64_t id_ = 0;
};

wxString Text(wxWindow& w, const char* field)
{
    if (auto* combo = dynamic_cast<wxComboBox*>(w.FindWindow(field)))
        return combo->GetValue();
    auto* text = dynamic_cast<wxTextCtrl*>(w.FindWindow(field));
    EXPECT_NE(text, nullptr) << field;
    return text ? text->GetValue() : wxString();
}

// Types `value` into a text field or combo box (sends wxEVT_TEXT, as typing does).
void Type(wxWindow& w, const char* field, const wxString& value)
{
    if (auto* combo = dynamic_cast<wxComboBox*>(w.FindWindow(field))) {
        combo->SetValue(value);
        return;
    }
    auto* text = dynamic_cast<wxTextCtrl*>(w.FindWindow(field));
    ASSERT_NE(text, nullptr) << field;
    text->SetValue(value);
}

void Tick(wxWindow& w, const char* box)
{
    auto* check = dynamic_cast<wxCheckBox*>(w.FindWindow(box));
    ASSERT_NE(check, nullptr) << box;
    check->SetValue(true);
    wxCommandEvent event(wxEVT_CHECKBOX, check->GetId());
    event.SetEventObject(check);
    event.SetInt(1);
    check->ProcessWindowEvent(event);
}

wxString Shown(wxWindow& w, const char* label)
{
    auto* text = dynamic_cast<wxStaticText*>(w.FindWindow(label));
    return text && text->IsShown() ? text->GetLabelText() : wxString();
}

TEST_F(SessionsTabTest, ANewNoteIsSavedAsADraftWhileTypingAndListed)
{
    WithDilatorPlan();
    ShowSessions();
    EXPECT_TRUE(Shown(Tab(), "notes_none").Contains("No session notes yet"));
    DialogDriver::Get().Expect([this](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "note_editor");
        EXPECT_EQ(Text(d, "date"), "2026-11-25") << "today";
        EXPECT_EQ(Text(d, "duration"), "60") << "a first note: an hour";
        EXPECT_EQ(Text(d, "dilator-mm"), "13") << "the programme's start size";
        auto* sizes = dynamic_cast<wxComboBox*>(d.FindWindow("dilator-mm"));
        EXPECT_EQ(sizes->GetCount(), 9u) << "blank and the 8 sizes of Standard 8";
        EXPECT_TRUE(SavedNotes().for_patient(id_).empty()) << "nothing is saved before anything is typed";

        Type(d, "subjective", "Comfortable with 13 mm at home, five sessions.");
        Type(d, "pain-during", "3");
        // Typing pauses: the draft is saved, with the dialog still open (a kill now loses nothing).
        EXPECT_TRUE(PumpUntil([&] { return SavedNotes().for_patient(id_).size() == 1; }, 3000));
        EXPECT_TRUE(Shown(d, "save_state").StartsWith("Draft saved")) << Shown(d, "save_state");
        Type(d, "objective", "Inserted 13 mm with exhale.");
        Click(d, wxID_CLOSE);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("new_note");
    const auto saved = SavedNotes().for_patient(id_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].status, NoteStatus::Draft);
    EXPECT_EQ(saved[0].subjective, "Comfortable with 13 mm at home, five sessions.");
    EXPECT_EQ(saved[0].objective, "Inserted 13 mm with exhale.") << "closing saves what was typed last";
    EXPECT_EQ(saved[0].measures.pain_during, 3);
    EXPECT_EQ(saved[0].measures.dilator_mm, 13);
    ASSERT_TRUE(PumpUntil([this] { return Tab().Notes().size() == 1; }));
    ASSERT_NE(Tab().Selected(), nullptr);
    EXPECT_EQ(Tab().Selected()->id, saved[0].id) << "the note just written is selected";
    EXPECT_TRUE(Tab().FindWindow("sign_note")->IsEnabled());
    EXPECT_FALSE(Tab().FindWindow("add_addendum")->IsEnabled()) << "a draft is edited, not amended";
}

TEST_F(SessionsTabTest, TypingThatBreaksARuleIsKeptAndRestoredNextTime)
{
    ShowSessions();
    DialogDriver::Get().Expect([](wxDialog& d) {
        Type(d, "subjective", "Said the pain was much less this week.");
        Type(d, "date", "2026-12-24"); // in the future
        Click(d, wxID_CLOSE);
    });
    ClickInTab("new_note");
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("kept")) << messages[0];
    EXPECT_TRUE(SavedNotes().for_patient(id_).empty()) << "a note dated in the future is not made";

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(Text(d, "subjective"), "Said the pain was much less this week.") << "restored as typed";
        EXPECT_EQ(Text(d, "date"), "2026-12-24");
        EXPECT_TRUE(Shown(d, "restored").Contains("restored")) << Shown(d, "restored");
        EXPECT_TRUE(Shown(d, "date_error").Contains("future")) << Shown(d, "date_error");
        Type(d, "date", "2026-11-24");
        Click(d, wxID_CLOSE);
    });
    ClickInTab("new_note");
    EXPECT_TRUE(DialogDriver::Get().TakeMessages().empty());
    const auto saved = SavedNotes().for_patient(id_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(to_iso(saved[0].date), "2026-11-24");
    EXPECT_EQ(saved[0].subjective, "Said the pain was much less this week.");
    EXPECT_FALSE(SavedNotes().kept_typing(id_, std::nullopt)) << "nothing is left aside once it is in the note";
}

TEST_F(SessionsTabTest, SigningANoteWithBleedingWarnsFirstThenRaisesTheFlag)
{
    auto form = Yesterday("Spotting after dilator use.");
    const auto draft = SavedNotes().add_draft(id_, form);
    ShowSessions();
    ASSERT_EQ(Tab().Notes().size(), 1u);

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(Shown(d, "flags_warning"), "") << "nothing to warn of yet";
        Tick(d, "bleeding");
        EXPECT_TRUE(PumpUntil([&] { return !Shown(d, "flags_warning").empty(); }, 3000));
        EXPECT_TRUE(Shown(d, "flags_warning").Contains("Bleeding")) << Shown(d, "flags_warning");
        DialogDriver::Get().Answer(wxID_NO); // "Keep editing"
        Click(d, XRCID("sign_note"));
        EXPECT_TRUE(d.IsModal()) << "not signed: still editing";
        DialogDriver::Get().Answer(wxID_YES);
        Click(d, XRCID("sign_note"));
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("sign_note");
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 3u); // asked twice, then told of the flag raised
    EXPECT_TRUE(messages[0].Contains("red flag")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("Bleeding")) << messages[0];
    EXPECT_TRUE(messages[2].Contains("Bleeding")) << messages[2];

    const auto note = SavedNotes().get(draft.id).note;
    EXPECT_TRUE(note.is_signed());
    EXPECT_TRUE(note.symptoms.bleeding);
    const auto flags = RedFlags(SavedClinic(), clinician_).list({.open_only = true, .patient_id = id_});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].rule, RedFlagRule::Bleeding);
    EXPECT_EQ(flags[0].source_id, draft.id);
    ASSERT_TRUE(PumpUntil([this] { return Tab().Selected() && Tab().Selected()->is_signed(); }));
    EXPECT_FALSE(Tab().FindWindow("sign_note")->IsEnabled());
    EXPECT_TRUE(Tab().FindWindow("add_addendum")->IsEnabled());
}

TEST_F(SessionsTabTest, ASignedNoteTakesAnAddendumAndShowsIt)
{
    auto form = Yesterday();
    form.measures.pain_after = "2";
    const auto draft = SavedNotes().add_draft(id_, form);
    SavedNotes().sign(draft.id);
    ShowSessions();
    ASSERT_NE(Tab().Selected(), nullptr);

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "add_addendum_dialog");
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "no text yet";
        Type(d, "text", "Pain after was 4, not 2: corrected from the patient's call.");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("add_addendum");
    const auto saved = SavedNotes().get(draft.id);
    ASSERT_EQ(saved.addenda.size(), 1u);
    EXPECT_EQ(saved.addenda[0].text, "Pain after was 4, not 2: corrected from the patient's call.");
    EXPECT_EQ(saved.note.measures.pain_after, 2) << "the signed note itself never changes";
    ASSERT_TRUE(PumpUntil([this] { return Text(Tab(), "note_text").Contains("corrected from the patient"); }));
    EXPECT_TRUE(Text(Tab(), "note_text").Contains("Addenda"));
}
TEST_F(SessionsTabTest, ADraftChangedElsewhereIsNotSignedUnseen)
{
    auto form = Yesterday("First version.");
    const auto draft = SavedNotes().add_draft(id_, form);
    ShowSessions();
    DialogDriver::Get().Expect([&](wxDialog& d) {
        auto elsewhere = form;
        elsewhere.subjective = "Changed on the other workstation.";
        SavedNotes().edit_draft(draft.id, elsewhere, draft.version);
        Type(d, "subjective", "Typed here, over the first version.");
        EXPECT_TRUE(PumpUntil([&] { return Shown(d, "save_state").StartsWith("Not saved into the note"); }, 3000))
            << Shown(d, "save_state");
        Click(d, XRCID("sign_note"));
        EXPECT_TRUE(d.IsModal()) << "not signed";
        Click(d, wxID_CLOSE);
    });
    ClickInTab("sign_note");
    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 2u) << told.front();
    EXPECT_TRUE(told[0].Contains("Close it and open it again")) << told[0];
    const auto saved = SavedNotes().get(draft.id).note;
    EXPECT_FALSE(saved.is_signed());
    EXPECT_EQ(saved.subjective, "Changed on the other workstation.") << "nothing overwritten";
    ASSERT_TRUE(SavedNotes().kept_typing(id_, draft.id));
    EXPECT_EQ(SavedNotes().kept_typing(id_, draft.id)->form.subjective, "Typed here, over the first version.");
}

TEST_F(SessionsTabTest, AutosaveNeverMovesTheKeyboardWhileTheClinicianTypes)
{
    ShowSessions();
    DialogDriver::Get().Expect([](wxDialog& d) {
        Type(d, "start", "9.30"); // breaks a rule
        auto* subjective = d.FindWindow("subjective");
        subjective->SetFocus();
        EXPECT_TRUE(PumpUntil([&] { return wxWindow::FindFocus() == subjective; }));
        Type(d, "subjective", "Reports less pain");
        EXPECT_TRUE(PumpUntil([&] { return Shown(d, "save_state").StartsWith("Not in the note yet"); }, 3000))
            << Shown(d, "save_state");
        EXPECT_EQ(wxWindow::FindFocus(), subjective) << "the next words must land where the clinician types";
        EXPECT_TRUE(Shown(d, "start_error").Contains("HH:MM")) << Shown(d, "start_error");
        Type(d, "start", "09:30");
        Click(d, wxID_CLOSE);
    });
    ClickInTab("new_note");
    ASSERT_EQ(SavedNotes().for_patient(id_).size(), 1u);
    EXPECT_EQ(SavedNotes().for_patient(id_)[0].subjective, "Reports less pain");
}

TEST_F(SessionsTabTest, TypingThatCannotBeSavedAnywhereIsNeverClosedOnSilently)
{
    // The clinic file stops taking writes under the open editor: only an immutable file refuses
    // them to a process that holds it open (and to root).
    if (!fc::test::can_make_immutable(path_.parent_path()))
        FC_SKIP_ON_THIS_MACHINE() << "cannot make the clinic file unwritable here (no chattr +i)";
    auto form = Yesterday();
    const auto draft = SavedNotes().add_draft(id_, form);
    ShowSessions();
    const auto quoted = [](const std::filesystem::path& p) { return "'" + p.string() + "'"; };
    const auto files = quoted(path_) + " " + quoted(path_.string() + "-wal");
    DialogDriver::Get().Expect([&](wxDialog& d) {
        if (std::system(("chattr +i " + files).c_str()) != 0) {
            ADD_FAILURE() << "chattr +i worked on a scratch file but not on the clinic file";
            Click(d, wxID_CLOSE);
            return;
        }
        Type(d, "subjective", "Typed while the clinic file cannot be written.");
        EXPECT_TRUE(PumpUntil([&] { return Shown(d, "save_state").StartsWith("Not saved:"); }, 3000))
            << Shown(d, "save_state");
        DialogDriver::Get().Answer(wxID_YES); // keep editing
        Click(d, wxID_CLOSE);
        EXPECT_TRUE(d.IsModal()) << "not closed on typing that is nowhere";
        std::system(("chattr -i " + files).c_str());
        Click(d, wxID_CLOSE); // saved now
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("open_note");
    std::system(("chattr -i " + files + " 2>/dev/null").c_str());
    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 1u);
    EXPECT_TRUE(told[0].StartsWith("What you typed could not be saved anywhere.")) << told[0];
    EXPECT_EQ(SavedNotes().get(draft.id).note.subjective, "Typed while the clinic file cannot be written.");
}

TEST_F(SessionsTabTest, TypingKeptOverAnOlderVersionIsOfferedNotForcedAndCanBeDiscarded)
{
    auto form = Yesterday("First version.");
    const auto draft = SavedNotes().add_draft(id_, form);
    auto mine = form;
    mine.subjective = "Typed in the first window.";
    auto theirs = form;
    theirs.subjective = "Saved from the second window.";
    SavedNotes().edit_draft(draft.id, theirs, draft.version);
    ASSERT_TRUE(SavedNotes().save_typing(id_, draft.id, mine, draft.version).stale);
    ShowSessions();

    DialogDriver::Get().Answer(wxID_NO); // "Show the saved note"
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(Text(d, "subjective"), "Saved from the second window.") << "not replaced unasked";
        EXPECT_TRUE(Shown(d, "restored").Contains("still kept aside")) << Shown(d, "restored");
        DialogDriver::Get().Answer(wxID_YES); // discard
        Click(d, XRCID("discard_kept"));
        EXPECT_FALSE(d.FindWindow("discard_kept")->IsShown());
        Click(d, wxID_CLOSE);
    });
    ClickInTab("open_note");
    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 2u);
    EXPECT_TRUE(told[0].StartsWith("This note was changed elsewhere after you typed in it.")) << told[0];
    EXPECT_FALSE(SavedNotes().kept_typing(id_, draft.id)) << "discarded";
    EXPECT_EQ(SavedNotes().get(draft.id).note.subjective, "Saved from the second window.");
}

TEST_F(SessionsTabTest, TypingKeptFromBeforeANoteWasSignedIsOfferedAsItsAddendum)
{
    auto form = Yesterday();
    const auto draft = SavedNotes().add_draft(id_, form);
    auto mine = form;
    mine.subjective = "Spotting after the 19 mm dilator on Sunday.";
    SavedNotes().sign(draft.id); // signed elsewhere while this was being typed
    ASSERT_TRUE(SavedNotes().save_typing(id_, draft.id, mine, draft.version).stale);
    ShowSessions();
    ASSERT_NE(Tab().Selected(), nullptr);
    EXPECT_TRUE(Shown(Tab(), "note_heading").Contains("Typing kept aside")) << Shown(Tab(), "note_heading");

    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(Text(d, "text"), "Spotting after the 19 mm dilator on Sunday.") << "offered as the addendum";
        Click(d, wxID_OK);
    });
    ClickInTab("add_addendum");
    const auto saved = SavedNotes().get(draft.id);
    ASSERT_EQ(saved.addenda.size(), 1u);
    EXPECT_EQ(saved.addenda[0].text, "Spotting after the 19 mm dilator on Sunday.");
    EXPECT_FALSE(SavedNotes().kept_typing(id_, draft.id)) << "nothing left aside once it is an addendum";
}

} // namespace
} // namespace fc::ui::test
