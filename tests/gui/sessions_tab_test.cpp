// The Sessions tab and the note editor: a new note saved as it is typed (nothing lost when the
// editor is closed, or the app killed), defaults from the previous note, typing that breaks a
// rule kept aside and restored, the warning before signing a note that raises a red flag, and
// addenda to a signed note.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/red_flags.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"
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
    void TearDown() override
    {
        other_.reset();
        PatientWindowTest::TearDown();
    }

    // The clinic through a connection of its own, as the clinician.
    Clinic& Other()
    {
        if (!other_) {
            other_.emplace(path_, false);
            other_->set_today([] { return pinned_today; });
        }
        return *other_;
    }
    SessionNotes SavedNotes() { return SessionNotes(Other(), clinician_); }

    void WithDilatorPlan()
    {
        TherapyPlans plans(Other(), clinician_);
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
    void ClickInTab(const char* button) const
    {
        auto* window = Tab().FindWindow(button);
        ASSERT_NE(window, nullptr) << button;
        ASSERT_TRUE(window->IsEnabled()) << button << " is disabled";
        wxCommandEvent click(wxEVT_BUTTON, window->GetId());
        click.SetEventObject(window);
        window->ProcessWindowEvent(click);
    }

    std::int64_t id_ = 0;

private:
    std::optional<Clinic> other_;
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
    NoteForm form;
    form.date = "2026-11-24";
    form.start = "10:00";
    form.subjective = "Spotting after dilator use.";
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
    const auto flags = RedFlags(Other(), clinician_).list({.open_only = true, .patient_id = id_});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].rule, RedFlagRule::Bleeding);
    EXPECT_EQ(flags[0].source_id, draft.id);
    ASSERT_TRUE(PumpUntil([this] { return Tab().Selected() && Tab().Selected()->is_signed(); }));
    EXPECT_FALSE(Tab().FindWindow("sign_note")->IsEnabled());
    EXPECT_TRUE(Tab().FindWindow("add_addendum")->IsEnabled());
}

TEST_F(SessionsTabTest, ASignedNoteTakesAnAddendumAndShowsIt)
{
    NoteForm form;
    form.date = "2026-11-24";
    form.start = "10:00";
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
} // namespace
} // namespace fc::ui::test
