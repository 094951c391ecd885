#include "ui/sessions_tab.h"

#include "services/session_notes.h"
#include "ui/addendum_dialog.h"
#include "ui/error_messages.h"
#include "ui/flag_text.h"
#include "ui/list_columns.h"
#include "ui/note_editor.h"
#include "ui/note_text.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

SessionsTab::SessionsTab(wxWindow* parent)
{
    wxXmlResource::Get()->LoadPanel(this, parent, "sessions_tab");
    list_ = XRCCTRL(*this, "notes", wxDataViewListCtrl);
    list_->SetName("notes");
    heading_ = XRCCTRL(*this, "note_heading", wxStaticText);
    text_ = XRCCTRL(*this, "note_text", wxTextCtrl);
    FindWindow("notes_none")->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    AddSizedColumn(list_, _("Date"), {"0000-00-00 00:00"});
    AddSizedColumn(list_, _("Type"), {_("Initial assessment"), _("Did not attend")});
    AddSizedColumn(list_, _("Status"), {_("Signed"), _("Draft")});
    AddSizedColumn(list_, _("Pain during"), {"10"});
    AddSizedColumn(list_, _("Pain after"), {"10"});
    AddSizedColumn(list_, _("Dilator"), {"32 mm"});
    AddSizedColumn(list_, _("Held"), {"120 min"});
    AddSizedColumn(list_, _("Symptoms"), {}, true);

    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        ShowSelected();
        Enable();
    });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { OpenSelected(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { NewNote(); }, XRCID("new_note"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OpenSelected(); }, XRCID("open_note"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const auto* note = Selected(); note && !note->is_signed())
            EditDraft(note->id); // the editor signs, after its warning
    }, XRCID("sign_note"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddAddendum(); }, XRCID("add_addendum"));
}

wxString SessionsTab::Title() const
{
    return _("Sessions");
}

void SessionsTab::ShowRecord(const RecordView& view)
{
    const bool same_patient = view_ && view_->record.patient.id == view.record.patient.id;
    std::optional<std::int64_t> keep = select_after_reload_;
    if (!keep && same_patient)
        if (const auto* note = Selected())
            keep = note->id;
    select_after_reload_.reset();
    view_.reset();
    view_.emplace(view);
    Load(keep);
}

void SessionsTab::Load(std::optional<std::int64_t> select)
{
    notes_.clear();
    if (view_ && view_->clinic)
        ShowingErrors(this, [&] { notes_ = SessionNotes(*view_->clinic, view_->actor).for_patient(view_->record.patient.id); });
    std::reverse(notes_.begin(), notes_.end()); // newest first

    std::vector<ListRow> rows;
    int drafts = 0;
    for (const auto& n : notes_) {
        drafts += n.is_signed() ? 0 : 1;
        // A session that did not happen says so where its type would be; it has no measures.
        const wxString type = n.attendance == Attendance::Attended  ? to_wx(label(n.type))
                              : n.attendance == Attendance::Cancelled ? _("Cancelled")
                                                                      : _("Did not attend");
        rows.push_back({to_wx(to_iso(n.date) + " " + to_iso(n.start)), type, n.is_signed() ? _("Signed") : _("Draft"),
                        MeasureCell(n.measures.pain_during), MeasureCell(n.measures.pain_after),
                        MeasureCell(n.measures.dilator_mm, " mm"), MeasureCell(n.measures.minutes_held, " min"),
                        SymptomsText(n.symptoms)});
    }
    ShowListRows(list_, rows);
    list_->Show(!notes_.empty());
    auto* none = XRCCTRL(*this, "notes_none", wxStaticText);
    none->SetLabelText(_("No session notes yet. New note writes the first one."));
    none->Show(notes_.empty());
    auto* count = XRCCTRL(*this, "count", wxStaticText);
    count->SetLabelText(notes_.empty() ? wxString()
                        : drafts ? wxString::Format(_("%zu notes, %d not signed"), notes_.size(), drafts)
                                 : wxString::Format(_("%zu notes"), notes_.size()));
    Select(select ? select : (notes_.empty() ? std::nullopt : std::optional(notes_.front().id)));
    Layout();
}

void SessionsTab::Select(std::optional<std::int64_t> note_id)
{
    list_->UnselectAll();
    for (std::size_t i = 0; note_id && i < notes_.size(); ++i)
        if (notes_[i].id == *note_id) {
            list_->SelectRow(static_cast<unsigned>(i));
            list_->EnsureVisible(list_->RowToItem(static_cast<int>(i)));
            break;
        }
    ShowSelected();
    Enable();
}

const SessionNote* SessionsTab::Selected() const
{
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= notes_.size())
        return nullptr;
    return &notes_[static_cast<std::size_t>(row)];
}

void SessionsTab::ShowSelected()
{
    const auto* note = Selected();
    heading_->Show(note != nullptr);
    text_->Show(note != nullptr);
    if (!note || !view_ || !view_->clinic) {
        Layout();
        return;
    }
    wxString heading = NoteHeading(*note) + L"  \u2014  " + NoteStatusText(*note, view_->clinician_name);
    // Typing kept aside and never saved into a note that is signed now waits for an addendum.
    bool kept = false;
    if (note->is_signed())
        ShowingErrors(this, [&] {
            kept = SessionNotes(*view_->clinic, view_->actor).kept_typing(note->patient_id, note->id).has_value();
        });
    if (kept)
        heading += "\n" + _("Typing kept aside from before it was signed: Add addendum offers it.");
    heading_->SetLabelText(heading);
    std::vector<Addendum> addenda;
    if (note->is_signed())
        ShowingErrors(this, [&] { addenda = SessionNotes(*view_->clinic, view_->actor).get(note->id).addenda; });
    text_->ChangeValue(NoteText(*note, addenda, view_->clinician_name));
    Layout();
}

void SessionsTab::Enable()
{
    const bool can_change = view_ && view_->can_change();
    const auto* note = Selected();
    FindWindow("new_note")->Enable(can_change);
    FindWindow("open_note")->Enable(note != nullptr && (can_change || note->is_signed()));
    FindWindow("sign_note")->Enable(can_change && note && !note->is_signed());
    FindWindow("add_addendum")->Enable(can_change && note && note->is_signed());
}

void SessionsTab::NewNote()
{
    EditDraft(std::nullopt);
}

void SessionsTab::OpenSelected()
{
    const auto* note = Selected();
    if (!note)
        return;
    if (note->is_signed())
        text_->SetFocus(); // a signed note is read, and amended with an addendum
    else if (view_ && view_->can_change())
        EditDraft(note->id);
}

void SessionsTab::WriteNote(const NoteForm& form)
{
    EditDraft(std::nullopt, form);
}

void SessionsTab::EditDraft(std::optional<std::int64_t> note_id, std::optional<NoteForm> new_form)
{
    if (!view_ || !view_->can_change())
        return;
    NoteEditorResult result;
    const auto patient = view_->record.patient;
    if (!ShowingErrors(this, [&] {
            result = ShowNoteEditor(this, *view_->clinic, view_->actor, patient, note_id, new_form);
        })) {
        Changed(note_id); // the note may have been signed meanwhile: show it as it is
        return;
    }
    if (result.signed_note)
        TellFlagsRaised(this,
                        wxString::Format(wxPLURAL("The note is signed and raised a red flag.",
                                                  "The note is signed and raised %zu red flags.",
                                                  result.flags_raised.size()),
                                         result.flags_raised.size()),
                        result.flags_raised);
    Changed(result.note_id ? result.note_id : note_id);
}

void SessionsTab::AddAddendum()
{
    const auto* note = Selected();
    if (!note || !note->is_signed() || !view_ || !view_->can_change())
        return;
    const auto id = note->id;
    const auto patient_id = note->patient_id;
    SessionNotes notes(*view_->clinic, view_->actor);
    // What was typed but never saved into the note before it was signed, offered as the addendum.
    std::optional<NoteTyping> kept;
    ShowingErrors(this, [&] { kept = notes.kept_typing(patient_id, id); });
    std::string text;
    if (kept)
        for (const auto& part : {kept->form.subjective, kept->form.objective, kept->form.assessment, kept->form.plan,
                                 kept->form.next_steps})
            if (!part.empty())
                text += (text.empty() ? "" : "\n\n") + part;
    if (!ShowAddAddendumDialog(this, *view_->clinic, view_->actor, *note, text))
        return;
    if (kept)
        ShowingErrors(this, [&] { notes.discard_typing(patient_id, id); });
    Changed(id);
}

void SessionsTab::Changed(std::optional<std::int64_t> select)
{
    select_after_reload_ = select;
    Load(select); // at once, and again when the record is read again
    if (view_ && view_->changed)
        view_->changed();
}

bool SessionsTab::ShowItem(const RecordItem& item)
{
    if (item.kind != RedFlagSource::Note)
        return false;
    const auto it = std::find_if(notes_.begin(), notes_.end(), [&](const SessionNote& n) { return n.id == item.id; });
    if (it == notes_.end())
        return false;
    Select(item.id);
    return true;
}

} // namespace fc::ui
