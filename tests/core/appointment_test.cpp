// Appointments: the booking form's rules, weekly repeats, opening hours, the warnings a booking
// gets and the rules of a status change.
#include "core/appointment.h"

#include "field_errors.h"

#include <gtest/gtest.h>

namespace fc {
namespace {

using test::message_on;
using test::no_rules;
using test::only;
using test::rules_on;

const Date today(2026, 11, 25); // a Wednesday

AppointmentForm booking(std::string date = "2026-12-01", std::string time = "09:00")
{
    AppointmentForm f;
    f.date = std::move(date);
    f.time = std::move(time);
    return f;
}

TEST(AppointmentForm, AGoodBookingHasNoErrorsAndTheDefaults)
{
    const auto r = booking_from_form(booking(), today);
    EXPECT_EQ(r.first.date, Date(2026, 12, 1));
    EXPECT_EQ(r.first.start, TimeOfDay::at(9, 0));
    EXPECT_EQ(r.first.duration_min, 45);
    EXPECT_EQ(r.first.type, AppointmentType::FollowUp);
    EXPECT_EQ(r.first.status, AppointmentStatus::Booked);
    EXPECT_FALSE(r.repeat);
}

TEST(AppointmentForm, ImpossibleTimesAreRefusedByName)
{
    for (const auto* t : {"25:00", "09:61", "24:00", "9", "nine", "09:5"}) {
        const auto errors = check_appointment_form(booking("2026-12-01", t), today);
        EXPECT_EQ(rules_on(errors, "time"), only("time-format")) << t;
    }
    EXPECT_EQ(rules_on(check_appointment_form(booking("2026-12-01", ""), today), "time"), only("required"));
}

TEST(AppointmentForm, ADurationMustBeFromOneToEightHours)
{
    for (const auto* d : {"0", "-15", "481"}) {
        auto f = booking();
        f.duration = d;
        EXPECT_EQ(rules_on(check_appointment_form(f, today), "duration"), only("range")) << d;
    }
    auto f = booking();
    f.duration = "forty";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "duration"), only("number-format"));
    f.duration = "480";
    f.time = "08:00";
    EXPECT_EQ(check_appointment_form(f, today), std::vector<FieldError>{});
}

TEST(AppointmentForm, ItMustEndByMidnight)
{
    auto f = booking("2026-12-01", "23:30");
    f.duration = "45";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "time"), only("past-midnight"));
    f.duration = "30";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "time"), no_rules);
}

TEST(AppointmentForm, ImpossibleDatesAreRefused)
{
    EXPECT_EQ(rules_on(check_appointment_form(booking("2027-02-31"), today), "date"), only("date-format"));
    EXPECT_EQ(rules_on(check_appointment_form(booking("2027-02-29"), today), "date"), only("date-format"));
    EXPECT_EQ(rules_on(check_appointment_form(booking("1899-12-31"), today), "date"), only("too-early"));
    EXPECT_EQ(rules_on(check_appointment_form(booking("2029-01-01"), today), "date"), only("too-late"));
    // A date in the past is a warning at booking, not an error of the form.
    EXPECT_EQ(rules_on(check_appointment_form(booking("2020-01-06"), today), "date"), no_rules);
}

TEST(AppointmentForm, TypeRoomAndNoteRules)
{
    auto f = booking();
    f.type = "massage";
    f.room = "Room\n2";
    f.note = std::string(1001, 'x');
    const auto errors = check_appointment_form(f, today);
    EXPECT_EQ(rules_on(errors, "type"), only("one-of"));
    EXPECT_EQ(rules_on(errors, "room"), only("control-characters"));
    EXPECT_EQ(rules_on(errors, "note"), only("max-length"));
    f = booking();
    f.type = "Review";
    EXPECT_EQ(booking_from_form(f, today).first.type, AppointmentType::Review);
}

TEST(AppointmentForm, ARepeatNeedsDaysAndACount)
{
    auto f = booking();
    f.repeat = "weekly";
    f.count = "6";
    auto errors = check_appointment_form(f, today);
    EXPECT_EQ(rules_on(errors, "on"), only("required"));
    EXPECT_NE(message_on(errors, "on").find("at least one day"), std::string::npos);
    f.on = " , ";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "on"), only("required"));
    f.on = "mon,funday";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "on"), only("one-of"));
    f.on = "tue";
    f.count = "";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "count"), only("required"));
    f.count = "0";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "count"), only("range"));
    f.count = "105";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "count"), only("range"));
    f.count = "6";
    f.every = "0";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "every"), only("range"));
    f.repeat = "daily";
    f.every = "";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "repeat"), only("one-of"));
}

TEST(AppointmentForm, RepeatDetailsWithoutARepeatAreRefused)
{
    auto f = booking();
    f.on = "mon";
    EXPECT_EQ(rules_on(check_appointment_form(f, today), "repeat"), only("required"));
}

TEST(Repeat, EveryTuesdayForSixWeeks)
{
    auto f = booking("2026-12-01"); // a Tuesday
    f.repeat = "weekly";
    f.on = "tue";
    f.count = "6";
    const auto r = booking_from_form(f, today);
    const auto dates = occurrence_dates(r.first.date, *r.repeat);
    ASSERT_EQ(dates.size(), 6u);
    for (std::size_t i = 0; i < dates.size(); ++i)
        EXPECT_EQ(dates[i], Date(2026, 12, 1) + boost::gregorian::days(7 * static_cast<int>(i)));
}

TEST(Repeat, MondayAndThursdayForFourWeeksCountsEightFromTheFirstDate)
{
    // Starting on a Wednesday: the first is Thursday, the Monday of that week is skipped.
    const auto dates = occurrence_dates(Date(2026, 12, 2), Repeat{{Weekday::Mon, Weekday::Thu}, 8, 1});
    const std::vector<Date> expected = {Date(2026, 12, 3),  Date(2026, 12, 7),  Date(2026, 12, 10), Date(2026, 12, 14),
                                        Date(2026, 12, 17), Date(2026, 12, 21), Date(2026, 12, 24), Date(2026, 12, 28)};
    EXPECT_EQ(dates, expected);
}

TEST(Repeat, EveryTwoWeeksAcrossTheYearEnd)
{
    const auto dates = occurrence_dates(Date(2026, 12, 21), Repeat{{Weekday::Mon}, 3, 2});
    const std::vector<Date> expected = {Date(2026, 12, 21), Date(2027, 1, 4), Date(2027, 1, 18)};
    EXPECT_EQ(dates, expected);
}

TEST(Weekday, NamesAndDates)
{
    EXPECT_EQ(parse_weekday("Thursday"), Weekday::Thu);
    EXPECT_EQ(parse_weekday("SUN"), Weekday::Sun);
    EXPECT_FALSE(parse_weekday("th"));
    EXPECT_EQ(weekday_of(Date(2026, 11, 30)), Weekday::Mon);
    EXPECT_EQ(weekday_of(Date(2026, 11, 29)), Weekday::Sun);
}

TEST(ClinicHours, StoredAndParsed)
{
    auto h = ClinicHours::standard();
    h.days[5] = OpeningHours{TimeOfDay::at(9, 0), TimeOfDay::at(12, 30)};
    const auto text = to_setting(h);
    EXPECT_EQ(text, "mon=08:00-18:00;tue=08:00-18:00;wed=08:00-18:00;thu=08:00-18:00;fri=08:00-18:00;"
                    "sat=09:00-12:30;sun=closed");
    EXPECT_EQ(parse_clinic_hours(text), h);
    EXPECT_FALSE(parse_clinic_hours("mon=08:00-18:00"));
    EXPECT_FALSE(parse_opening_hours("18:00-08:00"));
    EXPECT_FALSE(parse_opening_hours("8-6"));
    const auto closed = parse_opening_hours("CLOSED");
    ASSERT_TRUE(closed);
    EXPECT_FALSE(*closed);
    EXPECT_TRUE(within_hours(h, Date(2026, 12, 1), TimeOfDay::at(17, 15), 45));
    EXPECT_FALSE(within_hours(h, Date(2026, 12, 1), TimeOfDay::at(17, 30), 45));
    EXPECT_FALSE(within_hours(h, Date(2026, 12, 1), TimeOfDay::at(7, 45), 30));
    EXPECT_FALSE(within_hours(h, Date(2026, 12, 6), TimeOfDay::at(10, 0), 30)); // Sunday, closed
}

Appointment at(std::int64_t id, std::int64_t patient, std::int64_t clinician, int hour, int minute, int duration,
               std::string room = "")
{
    Appointment a;
    a.id = id;
    a.patient_id = patient;
    a.clinician_id = clinician;
    a.date = Date(2026, 12, 1);
    a.start = TimeOfDay::at(hour, minute);
    a.duration_min = duration;
    a.room = std::move(room);
    return a;
}

const DiaryNames names{[](std::int64_t id) { return id == 7 ? std::string("Doe, Jane") : std::string(); },
                       [](std::int64_t id) { return id == 1 ? std::string("Sam Lee") : std::string(); }};

std::vector<WarningKind> kinds(const std::vector<BookingWarning>& w)
{
    std::vector<WarningKind> k;
    for (const auto& x : w)
        k.push_back(x.kind);
    return k;
}

TEST(BookingWarnings, ADoubleBookedClinicianNamesTheClashingAppointment)
{
    const auto booked = at(12, 7, 1, 9, 0, 45);
    const auto w = booking_warnings(at(0, 8, 1, 9, 30, 30), {booked}, ClinicHours::standard(), today, names);
    ASSERT_EQ(kinds(w), std::vector{WarningKind::ClinicianBusy});
    EXPECT_EQ(w[0].with, 12);
    EXPECT_NE(w[0].message.find("appointment 12"), std::string::npos) << w[0].message;
    EXPECT_NE(w[0].message.find("09:00-09:45"), std::string::npos) << w[0].message;
    EXPECT_NE(w[0].message.find("Doe, Jane"), std::string::npos) << w[0].message;
}

TEST(BookingWarnings, BackToBackIsNoClash)
{
    const auto booked = at(12, 7, 1, 9, 0, 45);
    EXPECT_TRUE(booking_warnings(at(0, 8, 1, 9, 45, 30), {booked}, ClinicHours::standard(), today, names).empty());
}

TEST(BookingWarnings, APatientBookedTwiceAtOnceEvenWithAnotherClinician)
{
    const auto booked = at(12, 7, 2, 9, 0, 45);
    const auto w = booking_warnings(at(0, 7, 1, 9, 15, 30), {booked}, ClinicHours::standard(), today, names);
    ASSERT_EQ(kinds(w), std::vector{WarningKind::PatientBusy});
    EXPECT_NE(w[0].message.find("Doe, Jane"), std::string::npos);
}

TEST(BookingWarnings, ARoomInUseIgnoringCaseAndSpaces)
{
    const auto booked = at(12, 7, 2, 9, 0, 45, "Room 2");
    const auto w = booking_warnings(at(0, 8, 1, 9, 15, 30, "room2"), {booked}, ClinicHours::standard(), today, names);
    ASSERT_EQ(kinds(w), std::vector{WarningKind::RoomInUse});
    EXPECT_EQ(w[0].with, 12);
}

TEST(BookingWarnings, CancelledAndMissedAppointmentsFreeTheirSlot)
{
    auto cancelled = at(12, 7, 1, 9, 0, 45);
    cancelled.status = AppointmentStatus::Cancelled;
    auto missed = at(13, 7, 1, 9, 0, 45);
    missed.status = AppointmentStatus::DidNotAttend;
    EXPECT_TRUE(booking_warnings(at(0, 7, 1, 9, 0, 45), {cancelled, missed}, ClinicHours::standard(), today, names)
                    .empty());
}

TEST(BookingWarnings, AMovedAppointmentDoesNotClashWithItself)
{
    const auto self = at(12, 7, 1, 9, 0, 45);
    auto moved = self;
    moved.start = TimeOfDay::at(9, 15);
    EXPECT_TRUE(booking_warnings(moved, {self}, ClinicHours::standard(), today, names).empty());
}

TEST(BookingWarnings, OutsideClinicHoursAndInThePast)
{
    auto early = at(0, 7, 1, 7, 30, 45);
    EXPECT_EQ(kinds(booking_warnings(early, {}, ClinicHours::standard(), today, names)),
              std::vector{WarningKind::OutsideHours});
    auto sunday = at(0, 7, 1, 10, 0, 45);
    sunday.date = Date(2026, 12, 6);
    const auto w = booking_warnings(sunday, {}, ClinicHours::standard(), today, names);
    ASSERT_EQ(kinds(w), std::vector{WarningKind::OutsideHours});
    EXPECT_NE(w[0].message.find("closed"), std::string::npos);
    auto past = at(0, 7, 1, 10, 0, 45);
    past.date = Date(2026, 11, 24);
    EXPECT_EQ(kinds(booking_warnings(past, {}, ClinicHours::standard(), today, names)),
              std::vector{WarningKind::InThePast});
}

TEST(StatusChange, CancellingNeedsAReason)
{
    const auto a = at(12, 7, 1, 9, 0, 45);
    try {
        check_status_change(a, AppointmentStatus::Cancelled, "  ", today);
        FAIL() << "cancelled without a reason";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(rules_on(e.errors(), "reason"), only("required"));
    }
    EXPECT_NO_THROW(check_status_change(a, AppointmentStatus::Cancelled, "Patient unwell", today));
}

TEST(StatusChange, AttendedOrMissedOnlyFromTheAppointmentsDay)
{
    auto a = at(12, 7, 1, 9, 0, 45); // 2026-12-01, after today
    for (const auto to : {AppointmentStatus::Attended, AppointmentStatus::DidNotAttend}) {
        try {
            check_status_change(a, to, "", today);
            FAIL() << "future appointment marked " << to_string(to);
        } catch (const InvalidInput& e) {
            EXPECT_EQ(rules_on(e.errors(), "status"), only("in-future"));
        }
    }
    a.date = today;
    EXPECT_NO_THROW(check_status_change(a, AppointmentStatus::Attended, "", today));
    EXPECT_NO_THROW(check_status_change(a, AppointmentStatus::DidNotAttend, "", today));
}

TEST(Appointment, WallClockTimesDoNotShiftAcrossDaylightSaving)
{
    // Stored as local date and minutes, an appointment at 09:00 is 09:00 on both sides of the
    // October change; the repeat yields the same wall-clock start every week.
    auto f = booking("2026-10-19", "09:00");
    f.repeat = "weekly";
    f.on = "mon";
    f.count = "3";
    const auto r = booking_from_form(f, Date(2026, 10, 1));
    const auto dates = occurrence_dates(r.first.date, *r.repeat);
    ASSERT_EQ(dates.size(), 3u);
    EXPECT_EQ(dates[1], Date(2026, 10, 26)); // the day after the clocks go back in Europe
    EXPECT_EQ(AppointmentForm::from(Appointment{.date = dates[1], .start = r.first.start}).time, "09:00");
}

} // namespace
} // namespace fc

namespace fc {
namespace {

TEST(Repeat, WeeksAreCountedFromTheFirstOccurrence)
{
    // Friday 2027-01-08, every other Monday: the 11th, then the 25th.
    const auto dates = occurrence_dates(Date(2027, 1, 8), Repeat{{Weekday::Mon}, 3, 2});
    const std::vector<Date> expected = {Date(2027, 1, 11), Date(2027, 1, 25), Date(2027, 2, 8)};
    EXPECT_EQ(dates, expected);
}

TEST(AppointmentForm, TheLastOccurrenceMustBeWithinTwoYears)
{
    AppointmentForm f;
    f.date = "2028-11-01";
    f.time = "09:00";
    f.repeat = "weekly";
    f.on = "wed";
    f.count = "104";
    f.every = "12";
    EXPECT_EQ(test::rules_on(check_appointment_form(f, Date(2026, 11, 25)), "count"), test::only("too-late"));
    f.date = "2026-12-02";
    f.count = "52";
    f.every = "1";
    EXPECT_EQ(check_appointment_form(f, Date(2026, 11, 25)), std::vector<FieldError>{});
}

} // namespace
} // namespace fc
