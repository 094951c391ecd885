#pragma once
// A new session note's form pre-filled with sensible defaults copied from the previous note
// and the plan, so the clinician types only what changed.
#include "core/date.h"
#include "core/session_note.h"
#include "core/therapy_plan.h"

#include <vector>

namespace fc {

// The latest signed, attended note of `notes` (by date, start time, then id); nullptr if none.
const SessionNote* previous_note(const std::vector<SessionNote>& notes);
const SessionNote* previous_note(const std::vector<SessionNote>&& notes) = delete;

// Date today, attendance attended; with no previous note: type initial, 60 minutes, the dilator
// programme's start size and minutes. With one: type follow-up, its duration, the dilator size
// it reached and the minutes it held (falling back to the plan for what it left empty).
// `plan` may be null. Start time, SOAP text, symptoms and consent are never copied.
NoteForm next_note_form(const std::vector<SessionNote>& notes, const TherapyPlan* plan, const Date& today);

} // namespace fc
