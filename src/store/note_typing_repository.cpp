#include "store/note_typing_repository.h"

#include "store/note_form_json.h"
#include "store/row_mapping.h"
#include "store/stored_values.h"

#include <SQLiteCpp/Statement.h>

#include <fmt/format.h>

namespace fc::store {

namespace {
// A draft's typing is found by the draft alone (whoever typed it); a new note's by its patient
// and clinician.
SQLite::Statement matching(SQLite::Database& db, const char* verb, std::int64_t patient_id, std::int64_t clinician_id,
                           std::optional<std::int64_t> note_id)
{
    if (note_id) {
        SQLite::Statement s(db, fmt::format("{} note_typing WHERE note_id = ?", verb));
        s.bind(1, *note_id);
        return s;
    }
    SQLite::Statement s(db,
                        fmt::format("{} note_typing WHERE note_id IS NULL AND patient_id = ? AND clinician_id = ?", verb));
    s.bind(1, patient_id);
    s.bind(2, clinician_id);
    return s;
}
} // namespace

void NoteTypingRepository::put(const NoteTyping& typing)
{
    remove(typing.patient_id, typing.clinician_id, typing.note_id);
    SQLite::Statement s(db_, "INSERT INTO note_typing (patient_id, clinician_id, note_id, base_version, form, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, typing.patient_id);
    s.bind(2, typing.clinician_id);
    bind_optional_id(s, 3, typing.note_id);
    s.bind(4, typing.base_version);
    s.bind(5, note_form_to_json(typing.form));
    s.bind(6, utc_now_iso());
    s.exec();
}

std::optional<NoteTyping> NoteTypingRepository::find(std::int64_t patient_id, std::int64_t clinician_id,
                                                     std::optional<std::int64_t> note_id)
{
    auto q = matching(db_, "SELECT id, patient_id, clinician_id, note_id, form, saved_at, base_version FROM", patient_id,
                      clinician_id, note_id);
    if (!q.executeStep())
        return std::nullopt;
    NoteTyping t;
    const auto id = q.getColumn(0).getInt64();
    t.patient_id = q.getColumn(1).getInt64();
    t.clinician_id = q.getColumn(2).getInt64();
    t.note_id = optional_id_column(q.getColumn(3));
    t.form = note_form_from_json(q.getColumn(4).getString(), fmt::format("note_typing row {}", id));
    t.saved_at = q.getColumn(5).getString();
    t.base_version = q.getColumn(6).getInt64();
    return t;
}

void NoteTypingRepository::remove(std::int64_t patient_id, std::int64_t clinician_id,
                                  std::optional<std::int64_t> note_id)
{
    matching(db_, "DELETE FROM", patient_id, clinician_id, note_id).exec();
}

} // namespace fc::store
