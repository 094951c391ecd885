#pragma once
// A session note's form as typed (fc::NoteForm, every field a string or a flag) as a JSON
// document, for typing kept aside (core/note_typing.h). Format 1, names fixed for good:
//   { "format": 1, "appointment", "date", "start", "duration", "type", "attendance", "subjective",
//     "objective", "assessment", "plan", "next_steps": "...",
//     "measures": { "pain_during", "pain_after", "comfort", "dilator_mm", "minutes_held", "oxford",
//                   "perfect_p", "perfect_e", "perfect_r", "perfect_f", "bristol": "..." },
//     "symptoms": { "bleeding", "sharp_pain", "burning", "soreness_over_24h", "worsening",
//                   "distress": bool },
//     "screened": bool, "screening": ["..."], "consent_internal", "chaperone_offered",
//     "chaperone_present": bool }
// Text is kept byte for byte; text that is not valid UTF-8 is stored with its bad bytes replaced.
#include "core/session_note.h"

#include <string>
#include <string_view>

namespace fc::store {

inline constexpr int note_form_json_format = 1;

std::string note_form_to_json(const NoteForm& form);
// ClinicFileError(Corrupt) naming `where` when it is not such a document; NewerSchema when newer.
NoteForm note_form_from_json(std::string_view json, std::string_view where = "typing kept aside");

} // namespace fc::store
