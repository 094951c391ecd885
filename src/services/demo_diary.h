#pragma once
// The demo clinic's diary: an appointment behind every session note (its attendance, linked to
// the note) and, for patients still in treatment, weekly bookings in the coming weeks.
#include "core/appointment.h"
#include "services/clinic_impl.h"
#include "services/demo_random.h"

#include <cstdint>
#include <set>
#include <tuple>

namespace fc::demo {

// Slots already booked in the coming weeks: clinician, date, start minute.
using TakenSlots = std::set<std::tuple<std::int64_t, Date, int>>;

// Inserts the appointment that `note` (not written yet) records and returns its id; once the
// note is written, link_visit points the appointment at it.
std::int64_t record_visit(Clinic::Impl& impl, const SessionNote& note);
void link_visit(Clinic::Impl& impl, std::int64_t appointment_id, std::int64_t note_id, std::int64_t by);

// Books the coming weeks of a patient still in treatment (no discharge note yet): a weekly or
// fortnightly series at a free slot of the clinician's, now and then one of them cancelled.
// Returns the number of appointments booked.
int book_coming_weeks(Clinic::Impl& impl, Random& rnd, std::int64_t patient_id, std::int64_t clinician,
                      const Date& today, TakenSlots& taken);

} // namespace fc::demo
