#include "core/appointment.h"

#include "core/text.h"

#include <fmt/format.h>

#include <array>

namespace fc {

namespace {
constexpr std::array<std::string_view, 5> kind_ids = {"clinician-busy", "patient-busy", "room-in-use", "outside-hours",
                                                      "in-the-past"};

std::string clock(int minutes)
{
    return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::string span(const Appointment& a)
{
    return fmt::format("{} {}-{}", to_iso(a.date), clock(a.start.minutes), clock(a.end_minutes()));
}

// A room name as compared: without case or spaces ("Room 2" is "room2").
std::string room_key(std::string_view room)
{
    std::string key;
    for (const char c : text::to_lower_ascii(room))
        if (c != ' ' && c != '\t')
            key += c;
    return key;
}

std::string name_of(const std::function<std::string(std::int64_t)>& names, std::int64_t id, std::string_view what)
{
    auto name = names ? names(id) : std::string();
    return name.empty() ? fmt::format("{} {}", what, id) : name;
}

// "appointment 12 (Follow-up, 09:00-09:45, Jane Doe with Sam Lee)"
std::string described(const Appointment& other, const DiaryNames& names)
{
    return fmt::format("appointment {} ({}, {}, {} with {})", other.id, label(other.type), span(other),
                       name_of(names.patient, other.patient_id, "patient"),
                       name_of(names.clinician, other.clinician_id, "clinician"));
}
} // namespace

std::string_view to_string(WarningKind k)
{
    return kind_ids[static_cast<std::size_t>(k)];
}

std::vector<BookingWarning> booking_warnings(const Appointment& a, const std::vector<Appointment>& others,
                                             const ClinicHours& hours, const Date& today, const DiaryNames& names)
{
    std::vector<BookingWarning> out;
    const auto add = [&](WarningKind kind, std::optional<std::int64_t> with, std::string message) {
        out.push_back(BookingWarning{kind, a.date, with, std::move(message)});
    };
    if (a.date < today)
        add(WarningKind::InThePast, std::nullopt,
            fmt::format("{} is in the past (today is {})", to_iso(a.date), to_iso(today)));
    if (!within_hours(hours, a.date, a.start, a.duration_min)) {
        const auto& day = hours.on(weekday_of(a.date));
        add(WarningKind::OutsideHours, std::nullopt,
            day ? fmt::format("{} is outside clinic hours ({} on {})", span(a), to_text(day), to_string(weekday_of(a.date)))
                : fmt::format("{} is outside clinic hours (the clinic is closed on {})", span(a),
                              to_string(weekday_of(a.date))));
    }
    const auto room = room_key(a.room);
    for (const auto& other : others) {
        if ((a.id && other.id == a.id) || !other.holds_slot() || !overlaps(a, other))
            continue;
        if (other.clinician_id == a.clinician_id)
            add(WarningKind::ClinicianBusy, other.id,
                fmt::format("{} is already booked {}: {}", name_of(names.clinician, a.clinician_id, "clinician"),
                            span(other), described(other, names)));
        if (other.patient_id == a.patient_id)
            add(WarningKind::PatientBusy, other.id,
                fmt::format("{} already has an appointment then: {}", name_of(names.patient, a.patient_id, "patient"),
                            described(other, names)));
        if (!room.empty() && room_key(other.room) == room)
            add(WarningKind::RoomInUse, other.id,
                fmt::format("room {} is in use {}: {}", a.room, span(other), described(other, names)));
    }
    return out;
}

} // namespace fc
