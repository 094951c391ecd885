#pragma once
// Private to src/services: the link between a session note and the appointment it records.
// Writing a note from an appointment links them and records the note's attendance on it.
#include "core/session_note.h"
#include "services/clinic_impl.h"

#include <optional>

namespace fc {

// Checks, before the note is written, that the appointment it names exists, is the patient's
// and is not recorded by another note. Throws InvalidInput on field "appointment".
void check_appointment_link(Clinic::Impl& impl, const SessionNote& note);
// After the note is written (inside the same transaction): links its appointment to it and sets
// the appointment's status from the note's attendance; unlinks `previous` when the note named
// another appointment before.
void record_on_appointment(Clinic::Impl& impl, const SessionNote& note, std::optional<std::int64_t> previous,
                           std::int64_t by);

} // namespace fc
