#pragma once
// Session-note use cases: drafts are saved as typed, signing makes a note immutable, and a
// signed note is only ever amended by dated addenda.
#include "core/addendum.h"
#include "core/red_flag.h"
#include "core/session_note.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fc {

struct SignedNote {
    SessionNote note;
    std::vector<RedFlag> flags_raised;
};

struct NoteWithAddenda {
    SessionNote note;
    std::vector<Addendum> addenda;
};

class SessionNotes {
public:
    SessionNotes(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // A new draft; an empty start time means now, an empty duration that of the previous note
    // (60 minutes for a first one). Throws InvalidInput, NotFound.
    SessionNote add_draft(std::int64_t patient_id, NoteForm form);
    // Saves the whole form over a draft still at `expected_version`. Conflict when signed or stale.
    SessionNote edit_draft(std::int64_t note_id, const NoteForm& form, std::int64_t expected_version);
    // Signs a draft as the acting clinician and, in the same transaction, raises the red flags it
    // calls for. Conflict when already signed.
    SignedNote sign(std::int64_t note_id);
    // The red flags signing this draft would raise now (for a warning before signing).
    std::vector<RedFlag> flags_if_signed(std::int64_t note_id);
    Addendum add_addendum(std::int64_t note_id, const AddendumForm& form);

    NoteWithAddenda get(std::int64_t note_id); // throws NotFound
    std::vector<SessionNote> for_patient(std::int64_t patient_id);
    // A new note's form with defaults copied from the previous note and the active plan.
    NoteForm new_note_form(std::int64_t patient_id);

private:
    std::int64_t clinician();
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
