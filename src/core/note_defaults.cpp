#include "core/note_defaults.h"

#include <tuple>

namespace fc {

const SessionNote* previous_note(const std::vector<SessionNote>& notes)
{
    const SessionNote* best = nullptr;
    for (const auto& n : notes) {
        if (!n.is_signed() || n.attendance != Attendance::Attended)
            continue;
        if (!best || std::tie(n.date, n.start, n.id) > std::tie(best->date, best->start, best->id))
            best = &n;
    }
    return best;
}

NoteForm next_note_form(const std::vector<SessionNote>& notes, const TherapyPlan* plan, const Date& today)
{
    NoteForm f;
    f.date = to_iso(today);
    f.attendance = std::string(to_string(Attendance::Attended));
    const auto* prev = previous_note(notes);
    const auto* dilator = plan ? dilator_programme(*plan) : nullptr;

    f.type = std::string(to_string(prev ? AppointmentType::FollowUp : AppointmentType::Initial));
    f.duration = prev && prev->duration_min ? std::to_string(*prev->duration_min) : std::string(prev ? "45" : "60");

    if (prev && prev->measures.dilator_mm)
        f.measures.dilator_mm = std::to_string(*prev->measures.dilator_mm);
    else if (dilator)
        f.measures.dilator_mm = std::to_string(dilator->start_mm);

    if (prev && prev->measures.minutes_held)
        f.measures.minutes_held = std::to_string(*prev->measures.minutes_held);
    else if (dilator)
        f.measures.minutes_held = std::to_string(dilator->minutes_start);
    return f;
}

} // namespace fc
