#include "ui/note_editor.h"

#include "services/session_notes.h"
#include "ui/checked_form.h"
#include "ui/error_messages.h"
#include "ui/flag_text.h"
#include "ui/note_form_fields.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 110;
constexpr int retry_ms = 3000; // after a save that wrote nothing

class NoteEditor : public wxDialog {
public:
    NoteEditor(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
               std::optional<std::int64_t> note_id, std::optional<NoteForm> new_form)
        : notes_(clinic, actor), patient_(patient), note_id_(note_id), new_form_(std::move(new_form))
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "note_editor");
        fields_ = std::make_unique<NoteFormFields>(this);
        rules_ = notes_.note_rules(patient_.id);
        fields_->OfferSizes(rules_.set);
        checked_ = std::make_unique<CheckedForm>(this, NoteFieldLabels(),
                                                 [this] { return check_note_form(Form(), rules_); },
                                                 FindWindow("sign_note"));
        checked_->KeepWindowSize();
        Load();

        Bind(wxEVT_TEXT, &NoteEditor::OnTyped, this);
        Bind(wxEVT_COMBOBOX, &NoteEditor::OnTyped, this);
        Bind(wxEVT_CHOICE, &NoteEditor::OnTyped, this);
        Bind(wxEVT_CHECKBOX, &NoteEditor::OnTyped, this);
        autosave_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { SaveTyping(); });
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Finish(); }, wxID_CLOSE);
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Sign(); }, XRCID("sign_note"));
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { DiscardKept(); }, XRCID("discard_kept"));
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Finish(); });
        SetEscapeId(wxID_CLOSE);

        // Roomy for the SOAP text, within the screen.
        const auto best = GetSizer()->ComputeFittingWindowSize(this);
        const auto screen = wxGetClientDisplayRect();
        SetMinSize(wxSize(std::min(best.x, screen.width), std::min(best.y, screen.height)));
        SetSize(std::min(screen.width, std::max(best.x, FromDIP(1100))),
                std::min(screen.height, std::max(best.y, FromDIP(720))));
        CentreOnParent();
        auto where = GetRect();
        where.x = std::clamp(where.x, screen.x, std::max(screen.x, screen.GetRight() - where.width));
        where.y = std::clamp(where.y, screen.y, std::max(screen.y, screen.GetBottom() - where.height));
        Move(where.GetPosition());
        fields_->FocusFirst();
    }

    const NoteEditorResult& result() const { return result_; }

private:
    // The draft (or the new note's defaults), then any typing kept aside from an earlier editor.
    void Load()
    {
        NoteForm form;
        if (note_id_) {
            const auto note = notes_.get(*note_id_).note;
            require_draft(note, "edit"); // signed meanwhile: read it, or add an addendum
            version_ = note.version;
            form = NoteForm::from(note);
            result_.note_id = note.id;
            saved_ = Saved::InNote;
        } else {
            form = NewForm();
            if (form.start.empty())
                form.start = from_wx(wxDateTime::Now().Format("%H:%M"));
        }
        if (const auto kept = notes_.kept_typing(patient_.id, note_id_)) {
            // Typed over an older version than the note has now: the clinician chooses, seeing both.
            bool use_kept = true;
            if (note_id_ && kept->base_version != version_) {
                wxMessageDialog ask(this, _("This note was changed elsewhere after you typed in it."),
                                    _("Two versions of the note"), wxYES_NO | wxYES_DEFAULT | wxICON_WARNING);
                ask.SetExtendedMessage(wxString::Format(
                    _("What you typed at %s was not saved into the note; since then someone saved another version. "
                      "Use what you typed (it replaces that version when saved), or look at the saved note first "
                      "(what you typed stays kept aside)."),
                    LocalTime(kept->saved_at)));
                ask.SetYesNoLabels(_("&Use what I typed"), _("&Show the saved note"));
                use_kept = ask.ShowModal() == wxID_YES;
            }
            if (use_kept) {
                form = kept->form;
                dirty_ = true; // not in the note yet: saved again on the first pause or when closing
                saved_ = Saved::KeptAside;
                ShowRestored(wxString::Format(
                    _("What you typed at %s could not be saved into the note then; it is restored here as you left "
                      "it."),
                    LocalTime(kept->saved_at)));
            } else {
                ShowRestored(wxString::Format(_("What you typed at %s is still kept aside."), LocalTime(kept->saved_at)));
            }
            FindWindow("discard_kept")->Show();
        }
        appointment_ = form.appointment; // not on the form: carried through every save
        fields_->Write(form);
        checked_->Recheck();
        if (dirty_)
            checked_->CheckAll();
        SetTitle(Title());
        UpdateState(note_id_ ? _("Draft") : _("New note: saved as a draft as soon as you type"));
        if (note_id_)
            PreviewFlags();
    }

    // A new note's defaults: those given (from an appointment), else the previous note's.
    NoteForm NewForm() { return new_form_ ? *new_form_ : notes_.new_note_form(patient_.id); }

    wxString Title() const
    {
        return wxString::Format(_("Session note: %s, %s"), to_wx(patient_.family_name), to_wx(patient_.given_name));
    }

    void ShowRestored(const wxString& text)
    {
        auto* restored = XRCCTRL(*this, "restored", wxStaticText);
        restored->SetLabelText(text);
        restored->SetFont(restored->GetFont().Bold());
        restored->Wrap(GetCharWidth() * wrap_chars);
        restored->Show();
    }

    void OnTyped(wxCommandEvent& event)
    {
        event.Skip();
        dirty_ = true;
        autosave_.StartOnce(note_autosave_ms);
    }

    // What the editor holds, with what the form does not show (the appointment).
    NoteForm Form() const
    {
        auto form = fields_->Read();
        form.appointment = appointment_;
        return form;
    }

    // Saves what the form holds now: into the note when it keeps the rules, else aside as typed.
    // Says where the typing is now (the state line says it too).
    enum class Saved { Nothing, InNote, KeptAside, NotWritten };
    Saved SaveTyping()
    {
        autosave_.Stop();
        if (!dirty_)
            return saved_;
        try {
            const auto saved = notes_.save_typing(patient_.id, note_id_, Form(), version_);
            dirty_ = false;
            if (saved.note && !saved.stale) {
                note_id_ = saved.note->id;
                version_ = saved.note->version;
                result_.note_id = note_id_;
            }
            if (saved.stale) {
                stale_ = true;
                UpdateState(_("Not saved into the note: it was changed or signed elsewhere. What you typed is kept "
                              "and offered again when you open it."),
                            true);
                return saved_ = Saved::KeptAside;
            }
            if (!saved.saved()) {
                checked_->ShowErrors(saved.problems, false); // the clinician may be typing elsewhere
                UpdateState(_("Not in the note yet: put right what is marked. What you typed is kept meanwhile."),
                            true);
                return saved_ = Saved::KeptAside;
            }
            UpdateState(wxString::Format(_("Draft saved at %s"), wxDateTime::Now().Format("%H:%M:%S")));
            PreviewFlags();
            return saved_ = Saved::InNote;
        } catch (const Error& e) {
            // Nothing was written, not even aside: say so, and try again shortly.
            dirty_ = true;
            autosave_.StartOnce(retry_ms);
            UpdateState(_("Not saved: ") + to_wx(e.what()), true);
            why_not_saved_ = to_wx(e.what());
            return saved_ = Saved::NotWritten;
        }
    }

    void UpdateState(const wxString& text, bool problem = false)
    {
        auto* state = XRCCTRL(*this, "save_state", wxStaticText);
        state->SetLabelText(text);
        state->SetForegroundColour(problem ? wxColour(0xC0, 0x1C, 0x28)
                                           : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        state->SetToolTip(text);
        Layout();
    }

    // The red flags signing would raise now, shown above the buttons.
    void PreviewFlags()
    {
        if (!note_id_)
            return;
        std::vector<RedFlag> flags;
        ShowingErrors(this, [&] { flags = notes_.flags_if_signed(*note_id_); });
        auto* warning = XRCCTRL(*this, "flags_warning", wxStaticText);
        const bool any = !flags.empty();
        if (any) {
            warning->SetLabelText(wxString::Format(
                wxPLURAL("Signing will raise a red flag:", "Signing will raise %zu red flags:", flags.size()),
                flags.size()) + "\n" + FlagLines(flags));
            warning->SetForegroundColour(wxColour(0xC0, 0x1C, 0x28));
            warning->Wrap(GetCharWidth() * wrap_chars);
        }
        if (warning->IsShown() != any || any) {
            warning->Show(any);
            FindWindow("flags_icon")->Show(any);
            Layout();
        }
    }

    void Finish()
    {
        switch (SaveTyping()) {
        case Saved::Nothing:
        case Saved::InNote:
            break;
        case Saved::KeptAside:
            wxMessageBox(stale_ ? _("This note was changed or signed elsewhere while you typed, so what you typed did "
                                    "not go into it. It is kept and restored when you open the note again.")
                                : _("Some of what you typed breaks a rule of the note, so the note keeps what it said "
                                    "before. What you typed is kept and restored when you open this note again."),
                         _("Note not saved completely"), wxOK | wxICON_INFORMATION, this);
            break;
        case Saved::NotWritten: {
            // Never close on typing that is nowhere: the clinician decides, knowing it.
            wxMessageDialog ask(this, _("What you typed could not be saved anywhere."), _("Note not saved"),
                                wxYES_NO | wxYES_DEFAULT | wxICON_ERROR);
            ask.SetExtendedMessage(why_not_saved_ + "\n\n" +
                                   _("Keep editing and try again in a moment, or close and take the note's text "
                                     "with you on the clipboard."));
            ask.SetYesNoLabels(_("&Keep editing"), _("Copy the text and &close"));
            if (ask.ShowModal() == wxID_YES)
                return;
            CopyToClipboard();
            break;
        }
        }
        EndModal(wxID_CLOSE);
    }

    // Forgets the typing kept aside, after asking, and shows the note as saved (or a new note's
    // defaults).
    void DiscardKept()
    {
        wxMessageDialog ask(this, _("Discard what was kept aside?"), _("Discard typing"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
        ask.SetExtendedMessage(_("The note keeps what it says now; what was typed but never saved into it is gone."));
        ask.SetYesNoLabels(_("&Discard"), _("&Keep it"));
        if (ask.ShowModal() != wxID_YES)
            return;
        if (!ShowingErrors(this, [&] { notes_.discard_typing(patient_.id, note_id_); }))
            return;
        autosave_.Stop();
        dirty_ = false;
        stale_ = false;
        saved_ = note_id_ ? Saved::InNote : Saved::Nothing;
        XRCCTRL(*this, "restored", wxStaticText)->Hide();
        FindWindow("discard_kept")->Hide();
        NoteForm form = note_id_ ? NoteForm::from(notes_.get(*note_id_).note) : NewForm();
        if (note_id_)
            version_ = notes_.get(*note_id_).note.version;
        else if (form.start.empty())
            form.start = from_wx(wxDateTime::Now().Format("%H:%M"));
        appointment_ = form.appointment;
        fields_->Write(form);
        checked_->ShowErrors({}, false);
        checked_->Recheck();
        UpdateState(note_id_ ? _("Draft") : _("New note: saved as a draft as soon as you type"));
        Layout();
    }

    void CopyToClipboard()
    {
        const auto f = Form();
        wxString text;
        for (const auto& [title, part] : {std::pair(_("Subjective"), f.subjective), std::pair(_("Objective"), f.objective),
                                          std::pair(_("Assessment"), f.assessment), std::pair(_("Plan"), f.plan),
                                          std::pair(_("Next steps"), f.next_steps)})
            if (!part.empty())
                text << title << "\n" << to_wx(part) << "\n\n";
        if (wxTheClipboard->Open()) {
            wxTheClipboard->SetData(new wxTextDataObject(text));
            wxTheClipboard->Close();
        }
    }

    void Sign()
    {
        if (!checked_->CheckAll()) // the core's messages by the fields
            return;
        dirty_ = dirty_ || !note_id_;
        const auto saved = SaveTyping();
        if (saved != Saved::InNote || !note_id_) {
            if (saved == Saved::KeptAside && stale_)
                wxMessageBox(_("This note was changed or signed elsewhere. Close it and open it again to see what "
                               "it says now before signing; what you typed is kept."),
                             _("Not signed"), wxOK | wxICON_INFORMATION, this);
            return; // the state line and the fields say why
        }
        std::vector<RedFlag> flags;
        if (!ShowingErrors(this, [&] { flags = notes_.flags_if_signed(*note_id_); }))
            return;
        wxString details = _("Once signed, the note can't be changed; corrections are added as dated addenda.");
        if (!flags.empty())
            details = wxString::Format(wxPLURAL("Signing will raise a red flag for review:",
                                                "Signing will raise %zu red flags for review:", flags.size()),
                                       flags.size()) +
                      "\n" + FlagLines(flags) + "\n\n" + details;
        wxMessageDialog confirm(this, flags.empty() ? _("Sign this note?") : _("Sign this note and raise red flags?"),
                                _("Sign note"), wxYES_NO | wxNO_DEFAULT | (flags.empty() ? wxICON_QUESTION : wxICON_WARNING));
        confirm.SetExtendedMessage(details);
        confirm.SetYesNoLabels(_("&Sign"), _("&Keep editing"));
        if (confirm.ShowModal() != wxID_YES)
            return;
        ShowingErrors(this, [&] {
            // Only the version the clinician saw and saved: changed elsewhere meanwhile, it is refused.
            auto signed_note = notes_.sign(*note_id_, version_);
            result_.signed_note = true;
            result_.flags_raised = std::move(signed_note.flags_raised);
            EndModal(wxID_OK);
        });
    }

    SessionNotes notes_;
    Patient patient_;
    std::optional<std::int64_t> note_id_;
    std::optional<NoteForm> new_form_;
    std::int64_t version_ = 0;
    RecordingContext rules_;
    std::unique_ptr<NoteFormFields> fields_;
    std::unique_ptr<CheckedForm> checked_;
    wxTimer autosave_;
    bool dirty_ = false;
    bool stale_ = false;
    Saved saved_ = Saved::Nothing; // where the typing was at the last save
    wxString why_not_saved_;
    std::string appointment_;
    NoteEditorResult result_;
};

} // namespace

NoteEditorResult ShowNoteEditor(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
                                std::optional<std::int64_t> note_id, std::optional<NoteForm> new_form)
{
    NoteEditor editor(parent, clinic, actor, patient, note_id, std::move(new_form));
    editor.ShowModal();
    return editor.result();
}

} // namespace fc::ui
