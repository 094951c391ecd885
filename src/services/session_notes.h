#pragma once
// Session-note use cases: drafts are saved as typed, signing makes a note immutable, and a
// signed note is only ever amended by dated addenda.
#include "core/addendum.h"
#include "core/note_typing.h"
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

// What saving a draft as it is typed (autosave) did.
struct DraftSaved {
    // The draft as stored now; nullopt for a new note whose typing could not become a draft yet.
    std::optional<SessionNote> note;
    // Why the typing was kept aside instead of going into the note: the rules it breaks (empty
    // when the note holds it), or, when `stale`, what happened to the note elsewhere.
    std::vector<FieldError> problems;
    bool stale = false; // the draft was changed or signed elsewhere: the typing is kept aside
    bool saved() const { return problems.empty() && !stale; }
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
    // The same, only while the draft is still at `expected_version` (what the clinician sees):
    // Conflict when it was changed elsewhere meanwhile, so that nobody signs unseen content.
    SignedNote sign(std::int64_t note_id, std::int64_t expected_version);
    // The red flags signing this draft would raise now (for a warning before signing).
    std::vector<RedFlag> flags_if_signed(std::int64_t note_id);
    // Saves what is typed into a draft, as an editor does while the clinician types: into the note
    // when the form keeps every rule (a new draft when `note_id` is nullopt, else an edit of the
    // draft at `expected_version`), forgetting any typing kept aside; otherwise the typing is kept
    // aside exactly as typed (core/note_typing.h) and the result says why. Never throws for the
    // form's content, so nothing typed is lost. Throws NotFound, ClinicianRequired.
    DraftSaved save_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id, const NoteForm& form,
                           std::int64_t expected_version);
    // The typing kept aside for draft `note_id`, or for the acting clinician's new note for the
    // patient when `note_id` is nullopt.
    std::optional<NoteTyping> kept_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id);
    // Forgets the typing kept aside (the clinician chose not to keep it).
    void discard_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id);

    Addendum add_addendum(std::int64_t note_id, const AddendumForm& form);

    NoteWithAddenda get(std::int64_t note_id); // throws NotFound
    std::vector<SessionNote> for_patient(std::int64_t patient_id);
    // A new note's form with defaults copied from the previous note and the active plan.
    NoteForm new_note_form(std::int64_t patient_id);
    // What a note about the patient is checked against (date of birth, today, the dilator set of
    // the active programme), for checking a form as it is typed (check_note_form).
    RecordingContext note_rules(std::int64_t patient_id);

private:
    std::int64_t clinician();
    SignedNote sign_if(std::int64_t note_id, std::optional<std::int64_t> expected_version);
    // Inside a write transaction.
    SessionNote insert_draft(Clinic::Impl& impl, std::int64_t patient_id, NoteForm form, std::int64_t by);
    SessionNote update_draft(Clinic::Impl& impl, const SessionNote& current, const NoteForm& form,
                             std::int64_t expected_version, std::int64_t by);
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
