#include "services/demo_diary.h"

#include "core/progress.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc::demo {

namespace {
using boost::gregorian::days;

AppointmentStatus status_of(Attendance a)
{
    return a == Attendance::Attended    ? AppointmentStatus::Attended
           : a == Attendance::Cancelled ? AppointmentStatus::Cancelled
                                        : AppointmentStatus::DidNotAttend;
}

// Each clinician works in a room of their own, most of the time.
std::string room_of(std::int64_t clinician)
{
    return fmt::format("Room {}", (clinician - 1) % 4 + 1);
}
} // namespace

TakenSlots::Day TakenSlots::span(int minute, int length)
{
    Day d;
    for (int q = std::max(0, minute / 15); q < std::min(96, (minute + length + 14) / 15); ++q)
        d.set(static_cast<std::size_t>(q));
    return d;
}

TakenSlots::Day& TakenSlots::patient_day(std::int64_t patient, const Date& d)
{
    if (patient != patient_) {
        patient_ = patient;
        patient_days_.clear();
    }
    return patient_days_[d.day_number()];
}

bool TakenSlots::free(std::int64_t clinician, std::int64_t patient, const Date& d, int minute, int length)
{
    const auto wanted = span(minute, length);
    return (clinicians_[{clinician, d.day_number()}] & wanted).none() && (patient_day(patient, d) & wanted).none();
}

void TakenSlots::take(std::int64_t clinician, std::int64_t patient, const Date& d, int minute, int length)
{
    const auto wanted = span(minute, length);
    clinicians_[{clinician, d.day_number()}] |= wanted;
    patient_day(patient, d) |= wanted;
}

Appointment record_visit(Clinic::Impl& impl, const SessionNote& note)
{
    Appointment a;
    a.patient_id = note.patient_id;
    a.clinician_id = note.clinician_id;
    a.date = note.date;
    a.start = note.start;
    a.duration_min = note.duration_min.value_or(45);
    a.type = note.type;
    a.room = room_of(note.clinician_id);
    a.status = status_of(note.attendance);
    if (a.status == AppointmentStatus::Cancelled)
        a.reason = "The patient rang to cancel.";
    a.id = impl.appointments.insert(a, note.clinician_id);
    a.version = 1;
    return a;
}

void link_visit(Clinic::Impl& impl, Appointment appointment, std::int64_t note_id, std::int64_t by)
{
    appointment.session_note_id = note_id;
    impl.appointments.update(appointment, appointment.version, by);
}

int book_coming_weeks(Clinic::Impl& impl, Random& rnd, std::int64_t patient_id, std::int64_t clinician,
                      const Date& today, TakenSlots& taken)
{
    const auto notes = impl.notes.for_patient(patient_id);
    if (notes.empty() || notes.back().type == AppointmentType::Discharge || !rnd.chance(75))
        return 0;
    Date first = today + days(rnd.between(0, 9));
    while (weekday_of(first) == Weekday::Sat || weekday_of(first) == Weekday::Sun)
        first += days(1);
    const int every = rnd.chance(70) ? 1 : 2;
    const int count = rnd.between(2, 6);
    // A slot free for the clinician on every date of the series, 08:00 to 17:00.
    std::vector<Date> dates;
    for (int i = 0; i < count; ++i)
        dates.push_back(first + days(7 * every * i));
    std::optional<int> start;
    for (int attempt = 0; attempt < 12 && !start; ++attempt) {
        const int minute = 8 * 60 + 15 * rnd.between(0, 36);
        bool free = true;
        for (const auto& d : dates)
            free = free && taken.free(clinician, patient_id, d, minute, 45);
        if (free)
            start = minute;
    }
    if (!start)
        return 0;
    const auto series = impl.appointments.insert_series(
        patient_id, clinician, fmt::format("{} on {}; {} in all", every == 1 ? "weekly" : "every 2 weeks",
                                           to_string(weekday_of(first)), count),
        std::nullopt, clinician);
    for (std::size_t i = 0; i < dates.size(); ++i) {
        Appointment a;
        a.patient_id = patient_id;
        a.clinician_id = clinician;
        a.date = dates[i];
        a.start = TimeOfDay{*start};
        a.duration_min = 45;
        a.type = i + 1 == dates.size() ? AppointmentType::Review : AppointmentType::FollowUp;
        a.room = room_of(clinician);
        a.series_id = series;
        if (i > 0 && rnd.chance(5)) {
            a.status = AppointmentStatus::Cancelled;
            a.reason = "The patient is away that week.";
        } else {
            taken.take(clinician, patient_id, a.date, *start, 45);
        }
        impl.appointments.insert(a, clinician);
    }
    return count;
}

} // namespace fc::demo
