#pragma once
// Typing kept aside from draft notes (core/note_typing.h): at most one per draft, and one per
// patient and clinician for a new note not yet saved as a draft. Not part of the record: a row
// goes as soon as the note holds what it says.
#include "core/note_typing.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class NoteTypingRepository {
public:
    explicit NoteTypingRepository(SQLite::Database& db) : db_(db) {}

    // Keeps `typing` (its saved_at is set now), replacing what was kept for the same draft or new note.
    void put(const NoteTyping& typing);
    // What is kept for draft `note_id`, or for the new note of this patient and clinician (nullopt).
    std::optional<NoteTyping> find(std::int64_t patient_id, std::int64_t clinician_id,
                                   std::optional<std::int64_t> note_id);
    void remove(std::int64_t patient_id, std::int64_t clinician_id, std::optional<std::int64_t> note_id);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
