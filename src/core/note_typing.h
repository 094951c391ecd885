#pragma once
// What a clinician typed into a draft session note that could not go into the note yet: the form
// broke a rule (a date in the future, a time like "9.30"), or the draft was changed elsewhere
// meanwhile. It is kept aside as typed, so that no typing is ever lost, and offered again the
// next time the draft (or a new note for the same patient) is opened.
#include "core/session_note.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fc {

struct NoteTyping {
    std::int64_t patient_id = 0;
    std::int64_t clinician_id = 0;
    std::optional<std::int64_t> note_id; // nullopt: a new note that is not a draft yet
    std::int64_t base_version = 0;       // the draft's version the typing was over; 0 for a new note
    NoteForm form;                       // exactly as typed
    std::string saved_at;                // UTC, 2026-11-25T10:05:00Z
};

} // namespace fc
