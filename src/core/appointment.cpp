#include "core/appointment.h"

#include "core/enum_ids.h"
#include "core/field_values.h"
#include "core/text.h"

#include <fmt/format.h>

#include <array>
#include <tuple>

namespace fc {

namespace {
struct Named {
    std::string_view id;
    std::string_view label;
};
constexpr std::array<Named, 4> status_info = {
    {{"booked", "Booked"}, {"attended", "Attended"}, {"cancelled", "Cancelled"}, {"dna", "Did not attend"}}};
constexpr std::array<std::string_view, 4> type_ids = {"initial", "follow-up", "review", "discharge"};

std::optional<Repeat> read_repeat(const AppointmentForm& f, const Date& first, FieldCheck& check)
{
    const auto kind = text::trim(f.repeat);
    if (kind.empty()) {
        for (const auto& [field, value] : {std::pair{"on", &f.on}, {"count", &f.count}, {"every", &f.every}})
            if (!text::trim(*value).empty()) {
                check.fail("repeat", "required", fmt::format("is required when {} is given (repeat: weekly)", field));
                break;
            }
        return std::nullopt;
    }
    if (check.one_of("repeat", kind, {"weekly"}).empty())
        return std::nullopt;
    Repeat r;
    for (const auto& item : comma_items(f.on)) {
        if (const auto d = parse_weekday(item))
            r.days.insert(*d);
        else
            check.fail("on", "one-of",
                       fmt::format("{}is not a day; must be days from: mon, tue, wed, thu, fri, sat, sun",
                                   quoted_for_message(item)));
    }
    if (r.days.empty() && comma_items(f.on).empty())
        check.fail("on", "required",
                   fmt::format("a weekly repeat needs at least one day (mon to sun, such as {})",
                               to_string(weekday_of(first))));
    const auto count = whole_number(check, "count", f.count,
                                    NumberRule{.required = true, .min = 1, .max = max_repeat_count, .unit = ""});
    const auto every =
        whole_number(check, "every", f.every, NumberRule{.min = 1, .max = max_repeat_every, .unit = "weeks"});
    r.count = count.value_or(1);
    r.every_weeks = every.value_or(1);
    return r;
}
} // namespace

std::string_view to_string(AppointmentStatus s)
{
    return status_info[static_cast<std::size_t>(s)].id;
}

std::optional<AppointmentStatus> parse_appointment_status(std::string_view id)
{
    return enum_ids::parse_id<AppointmentStatus>(status_info, id);
}

std::string_view label(AppointmentStatus s)
{
    return status_info[static_cast<std::size_t>(s)].label;
}

bool earlier(const Appointment& a, const Appointment& b)
{
    return std::tie(a.date, a.start, a.clinician_id, a.id) < std::tie(b.date, b.start, b.clinician_id, b.id);
}

bool overlaps(const Appointment& a, const Appointment& b)
{
    return a.date == b.date && a.start.minutes < b.end_minutes() && b.start.minutes < a.end_minutes();
}

AppointmentForm AppointmentForm::from(const Appointment& a)
{
    return AppointmentForm{.date = to_iso(a.date),
                           .time = to_iso(a.start),
                           .duration = std::to_string(a.duration_min),
                           .type = std::string(to_string(a.type)),
                           .clinician = a.clinician_id ? std::to_string(a.clinician_id) : std::string(),
                           .room = a.room,
                           .note = a.note};
}

std::vector<FieldError> check_appointment_form(const AppointmentForm& form, const Date& today)
{
    FieldCheck check;
    const auto date = check.date("date", form.date,
                                 DateRule{.required = true,
                                          .not_before = Date(1900, 1, 1),
                                          .not_after = today + boost::gregorian::years(2),
                                          .not_after_reason = "is more than two years ahead"});
    const auto time = time_of_day(check, "time", form.time, true);
    const auto duration = whole_number(
        check, "duration", form.duration, NumberRule{.min = 1, .max = max_appointment_minutes, .unit = "minutes"});
    if (time && (duration.value_or(default_appointment_minutes) + time->minutes > 24 * 60))
        check.fail("time", "past-midnight",
                   fmt::format("{} plus {} minutes would end after midnight; book it to end by 24:00", to_iso(*time),
                               duration.value_or(default_appointment_minutes)));
    if (!text::trim(form.type).empty()) {
        std::vector<std::string_view> ids(type_ids.begin(), type_ids.end());
        check.one_of("type", form.type, ids);
    }
    record_id(check, "clinician", form.clinician, false);
    check.text("room", form.room, TextRule{.max_length = max_room_length});
    check.text("note", form.note, TextRule{.max_length = max_booking_note_length, .multiline = true});
    if (const auto repeat = read_repeat(form, date.value_or(today), check); repeat && date && check.ok()) {
        const auto dates = occurrence_dates(*date, *repeat);
        if (const auto limit = today + boost::gregorian::years(2); !dates.empty() && dates.back() > limit)
            check.fail("count", "too-late",
                       fmt::format("the last of the {} occurrences would be on {}, more than two years ahead ({})",
                                   dates.size(), to_iso(dates.back()), to_iso(limit)));
    }
    return check.errors();
}

BookingRequest booking_from_form(const AppointmentForm& form, const Date& today)
{
    if (auto errors = check_appointment_form(form, today); !errors.empty())
        throw InvalidInput(std::move(errors));
    FieldCheck check;
    BookingRequest r;
    auto& a = r.first;
    a.date = *parse_iso_date(text::trim(form.date));
    a.start = *parse_time_of_day(text::trim(form.time));
    a.duration_min = text::trim(form.duration).empty() ? default_appointment_minutes : std::stoi(text::trim(form.duration));
    if (const auto t = text::to_lower_ascii(text::trim(form.type)); !t.empty())
        a.type = *parse_appointment_type(t);
    if (const auto c = record_id(check, "clinician", form.clinician, false))
        a.clinician_id = *c;
    a.room = check.text("room", form.room, TextRule{.max_length = max_room_length});
    a.note = check.text("note", form.note, TextRule{.max_length = max_booking_note_length, .multiline = true});
    r.repeat = read_repeat(form, a.date, check);
    check.throw_if_failed();
    return r;
}

void check_status_change(const Appointment& a, AppointmentStatus to, const std::string& reason, const Date& today)
{
    FieldCheck check;
    const auto why = check.text("reason", reason, TextRule{.max_length = max_reason_length, .multiline = true});
    if (to == AppointmentStatus::Cancelled && check.ok() && why.empty())
        check.fail("reason", "required", "is required to cancel an appointment (who cancelled and why)");
    if ((to == AppointmentStatus::Attended || to == AppointmentStatus::DidNotAttend) && a.date > today)
        check.fail("status", "in-future",
                   fmt::format("cannot be {} for an appointment on {}, which is after today ({})", to_string(to),
                               to_iso(a.date), to_iso(today)));
    if (to == AppointmentStatus::Booked)
        check.fail("status", "one-of", "must be one of: attended, cancelled, dna");
    check.throw_if_failed();
}

} // namespace fc
