#pragma once
// The note editor's controls (forms/note_editor.xrc) read into and written from the core's
// NoteForm: each control is named after the core's field ("pain-during"), so the core's
// messages land next to it.
#include "core/dilator_set.h"
#include "core/session_note.h"

#include <wx/string.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class wxWindow;

namespace fc::ui {

// Each field the core checks, with its label as the editor shows it (translated).
std::vector<std::pair<std::string, wxString>> NoteFieldLabels();

class NoteFormFields {
public:
    explicit NoteFormFields(wxWindow* editor) : editor_(editor) {}

    // The dilator sizes to offer (those of the programme's set), or none.
    void OfferSizes(const std::optional<DilatorSet>& set);
    NoteForm Read() const;
    // Shows `form` without sending change events.
    void Write(const NoteForm& form);
    void FocusFirst() const;

private:
    wxWindow* editor_;
};

} // namespace fc::ui
