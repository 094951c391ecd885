#include "services/appointment_links.h"

#include "core/text.h"

#include <fmt/format.h>

namespace fc {

namespace {
AppointmentStatus status_for(Attendance a)
{
    switch (a) {
    case Attendance::Attended: return AppointmentStatus::Attended;
    case Attendance::Cancelled: return AppointmentStatus::Cancelled;
    case Attendance::DidNotAttend: return AppointmentStatus::DidNotAttend;
    }
    return AppointmentStatus::Attended;
}

// The reason a cancellation recorded by a note (and by nobody) is given.
std::string link_reason(std::int64_t note_id)
{
    return fmt::format("recorded in session note {}", note_id);
}
} // namespace

void check_appointment_link(Clinic::Impl& impl, const SessionNote& note)
{
    if (!note.appointment_id)
        return;
    const auto a = impl.appointments.find(*note.appointment_id);
    if (!a)
        throw InvalidInput(FieldError{"appointment", "not-found",
                                      fmt::format("appointment {} does not exist", *note.appointment_id)});
    if (a->patient_id != note.patient_id)
        throw InvalidInput(FieldError{"appointment", "other-patient",
                                      fmt::format("appointment {} is another patient's", a->id)});
    if (a->session_note_id && *a->session_note_id != note.id)
        throw InvalidInput(FieldError{
            "appointment", "already-recorded",
            fmt::format("appointment {} is already recorded by session note {}", a->id, *a->session_note_id)});
    if (a->date != note.date)
        throw InvalidInput(FieldError{"appointment", "other-date",
                                      fmt::format("appointment {} is on {}, the note on {}; move the appointment "
                                                  "first if the session took place on another day",
                                                  a->id, to_iso(a->date), to_iso(note.date))});
    if (!a->session_note_id && a->status != AppointmentStatus::Booked && a->status != AppointmentStatus::Attended)
        throw InvalidInput(FieldError{"appointment", "not-booked",
                                      fmt::format("appointment {} is {}; a note records a booked appointment", a->id,
                                                  text::to_lower_ascii(label(a->status)))});
}

void record_on_appointment(Clinic::Impl& impl, const SessionNote& note, std::optional<std::int64_t> previous,
                           std::int64_t by)
{
    if (previous && previous != note.appointment_id)
        if (auto old = impl.appointments.find(*previous); old && old->session_note_id == note.id) {
            // No longer recorded by this note: booked again, as it was before the note named it.
            old->session_note_id.reset();
            old->status = AppointmentStatus::Booked;
            if (old->reason == link_reason(note.id))
                old->reason.clear();
            impl.appointments.update(*old, old->version, by);
            impl.audit.append(by, "update", "appointment", old->id,
                              fmt::format("booked again: no longer recorded by note {}", note.id));
        }
    if (!note.appointment_id)
        return;
    auto a = *impl.appointments.find(*note.appointment_id);
    const auto status = status_for(note.attendance);
    if (a.session_note_id == note.id && a.status == status)
        return;
    a.session_note_id = note.id;
    a.status = status;
    if (status == AppointmentStatus::Cancelled && a.reason.empty())
        a.reason = link_reason(note.id);
    else if (status != AppointmentStatus::Cancelled && a.reason == link_reason(note.id))
        a.reason.clear();
    impl.appointments.update(a, a.version, by);
    impl.audit.append(by, "update", "appointment", a.id,
                      fmt::format("{} (session note {})", to_string(status), note.id));
}

} // namespace fc
