#pragma once
// Moving an appointment from the calendar, as a block dragged to another slot: which
// occurrences when it belongs to a repeating booking, the move through the services with the
// version it was drawn with, then the warnings it gave (a clash, outside the clinic's hours, in
// the past) with the choice to keep the move or undo it (by moving it back).
#include "core/appointment.h"

#include <cstdint>
#include <functional>
#include <optional>

class wxWindow;

namespace fc::ui {

class ClinicSession;

enum class MoveOutcome {
    Moved,     // kept, with or without warnings
    Undone,    // moved, then moved back on the clinician's word
    Cancelled, // the clinician chose not to (which occurrences?)
    Stale,     // changed elsewhere since it was drawn: nothing moved; `reload` was called, then it was told
    Failed,    // refused (the message was shown): nothing moved
};

// Moves `a` (as drawn) to `date` at `time`, and to `clinician` when that is another. `reload`
// shows the calendar as it is now, before a refusal for a stale version is explained over it
// and before the move's warnings are shown over the block moved.
MoveOutcome MoveAppointment(wxWindow* parent, ClinicSession& session, const Appointment& a, const Date& date,
                            TimeOfDay time, std::optional<std::int64_t> clinician, const std::function<void()>& reload);

} // namespace fc::ui
