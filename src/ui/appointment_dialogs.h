#pragma once
// The diary's dialogs: booking (once or weekly), editing or moving one appointment (or it and
// the rest of its series), recording what became of it, and writing its session note. The
// calendar, the record's Appointments tab and the menu call these; each saves through
// fc::Appointments and shows what the service says (warnings, refusals) in the dialog.
#include "core/appointment.h"
#include "services/actor.h"
#include "services/appointments.h"

#include <cstdint>
#include <optional>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

class ClinicSession;

// Books for `patient_id` (nullopt: the dialog asks for the patient), starting from `preset` (date,
// time, clinician; empty fields get the dialog's defaults). The booking when made.
std::optional<Booking> BookAppointment(wxWindow* parent, ClinicSession& session, std::optional<std::int64_t> patient_id,
                                       const AppointmentForm& preset);
// Edits/moves one appointment (date, time, duration, type, clinician, room, note); for a series
// occurrence asks This appointment / This and following. The changed appointments when saved.
std::optional<Booking> EditAppointment(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id);
// Marks attended / did not attend, or cancels (asks the reason, required; for a series asks this /
// this and following). True when changed.
bool ChangeAppointmentStatus(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id,
                             AppointmentStatus to);
// Opens the patient's record on the Sessions tab with the note editor on Appointments::note_form(id)
// (a new note linked to the appointment); saving it marks the appointment attended.
void WriteNoteFromAppointment(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id);

// The same for a caller that has the clinic and the acting clinician rather than the session (a
// record tab's RecordView).
std::optional<Booking> BookAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::optional<std::int64_t> patient_id, const AppointmentForm& preset);
std::optional<Booking> EditAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::int64_t appointment_id);
bool ChangeAppointmentStatus(wxWindow* parent, Clinic& clinic, const Actor& actor, std::int64_t appointment_id,
                             AppointmentStatus to);
void WriteNoteFromAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor, std::int64_t appointment_id);

} // namespace fc::ui
