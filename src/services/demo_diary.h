#pragma once
// The demo clinic's diary: an appointment behind every session note (its attendance, linked to
// the note) and, for patients still in treatment, weekly bookings in the coming weeks.
#include "core/appointment.h"
#include "services/clinic_impl.h"
#include "services/demo_random.h"

#include <cstdint>
#include <bitset>
#include <map>
#include <utility>

namespace fc::demo {

// The quarter hours already taken by each clinician (the whole demo) and by the patient being
// invented (their own history: the demo invents one patient at a time).
class TakenSlots {
public:
    bool free(std::int64_t clinician, std::int64_t patient, const Date& d, int minute, int length);
    void take(std::int64_t clinician, std::int64_t patient, const Date& d, int minute, int length);

private:
    using Day = std::bitset<96>; // quarter hours of the day
    static Day span(int minute, int length);
    Day& patient_day(std::int64_t patient, const Date& d);
    std::map<std::pair<std::int64_t, long>, Day> clinicians_;
    std::int64_t patient_ = 0;
    std::map<long, Day> patient_days_;
};

// Inserts the appointment that `note` (not written yet) records and returns it as stored; once
// the note is written, link_visit points the appointment at it.
Appointment record_visit(Clinic::Impl& impl, const SessionNote& note);
void link_visit(Clinic::Impl& impl, Appointment appointment, std::int64_t note_id, std::int64_t by);

// Books the coming weeks of a patient still in treatment (no discharge note yet): a weekly or
// fortnightly series at a free slot of the clinician's, now and then one of them cancelled.
// Returns the number of appointments booked.
int book_coming_weeks(Clinic::Impl& impl, Random& rnd, std::int64_t patient_id, std::int64_t clinician,
                      const Date& today, TakenSlots& taken);

} // namespace fc::demo
