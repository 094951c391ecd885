#pragma once
// The session-note editor: a draft saved as it is typed (no typing is lost if the app is closed
// or killed), defaults from the previous note and the plan, the core's messages next to the
// fields, a warning while the note would raise red flags, and signing after a confirmation that
// names them.
#include "core/patient.h"
#include "core/red_flag.h"
#include "core/session_note.h"
#include "services/actor.h"

#include <cstdint>
#include <optional>
#include <vector>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

struct NoteEditorResult {
    std::optional<std::int64_t> note_id; // the draft or signed note; nullopt when none was made
    bool signed_note = false;
    std::vector<RedFlag> flags_raised; // by signing
};

// Edits draft `note_id` of `patient`, or a new note when it is nullopt (what was typed into a new
// note and kept aside is offered again). A new note starts from `new_form` when given (a note
// written from an appointment: Appointments::note_form), else from SessionNotes::new_note_form.
// Returns when the clinician closes or signs it.
NoteEditorResult ShowNoteEditor(wxWindow* parent, Clinic& clinic, const Actor& actor, const Patient& patient,
                                std::optional<std::int64_t> note_id, std::optional<NoteForm> new_form = std::nullopt);

// How long typing pauses before the draft is saved.
inline constexpr int note_autosave_ms = 800;

} // namespace fc::ui
