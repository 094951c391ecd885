#pragma once
// The Sessions tab of a patient's record: the notes with their key measures (newest first), the
// selected note in full below, and the note commands: new note, continue a draft, sign, add an
// addendum to a signed note.
#include "core/session_note.h"
#include "ui/record_tab.h"

#include <wx/panel.h>

#include <cstdint>
#include <optional>
#include <vector>

class wxDataViewListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fc::ui {

class SessionsTab : public wxPanel, public RecordTab {
public:
    explicit SessionsTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;
    bool ShowItem(const RecordItem& item) override;

    // The note selected in the list, if any.
    const SessionNote* Selected() const;
    // The notes as listed (newest first).
    const std::vector<SessionNote>& Notes() const { return notes_; }
    // Opens the note editor on a new note starting from `form` (one written from an appointment),
    // as New note does; the note is listed and selected once the editor closes.
    void WriteNote(const NoteForm& form);

private:
    void Load(std::optional<std::int64_t> select);
    void Select(std::optional<std::int64_t> note_id);
    void ShowSelected();
    void Enable();
    void NewNote();
    void OpenSelected();
    void EditDraft(std::optional<std::int64_t> note_id, std::optional<NoteForm> new_form = std::nullopt);
    void AddAddendum();
    // After a change: the whole record is read again (flags, the Overview), this tab with it.
    void Changed(std::optional<std::int64_t> select);

    wxDataViewListCtrl* list_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxTextCtrl* text_ = nullptr;
    std::optional<RecordView> view_;
    std::vector<SessionNote> notes_; // newest first, as listed
    std::optional<std::int64_t> select_after_reload_;
};

} // namespace fc::ui
