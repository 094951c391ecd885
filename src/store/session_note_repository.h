#pragma once
// Session notes and their addenda. A signed note's row can never change again (a trigger
// refuses it); addenda are append-only.
#include "core/addendum.h"
#include "core/session_note.h"

#include "store/statement_cache.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class SessionNoteRepository {
public:
    explicit SessionNoteRepository(SQLite::Database& db) : db_(db), prepared_(db) {}

    std::int64_t insert(const SessionNote& note); // note.version is stored as 1
    // Stores every field of `note` (draft or now signed) if note.version is still current and the
    // stored note is a draft; false when stale or missing.
    bool update(const SessionNote& note);
    std::optional<SessionNote> find(std::int64_t id);
    // The patient's notes ordered by date, start time, id.
    std::vector<SessionNote> for_patient(std::int64_t patient_id);

    std::int64_t insert_addendum(const Addendum& addendum);
    std::vector<Addendum> addenda(std::int64_t note_id);

private:
    SQLite::Database& db_;
    StatementCache prepared_;
};

} // namespace fc::store
