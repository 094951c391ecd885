// The week's iCalendar file, read back the way a calendar would: parsed with libical, times
// converted with the file's own VTIMEZONE.
#include "services/week_calendar_file.h"

#include "core/text.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace fc;

namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

Appointment appointment(std::int64_t id, const std::string& date, const std::string& time,
                        AppointmentStatus status = AppointmentStatus::Booked)
{
    Appointment a;
    a.id = id;
    a.patient_id = 100 + id;
    a.clinician_id = 1;
    a.version = 1;
    a.date = *parse_iso_date(date);
    a.start = *parse_time_of_day(time);
    a.duration_min = 45;
    a.type = AppointmentType::FollowUp;
    a.room = "Room 2";
    a.status = status;
    return a;
}

CalendarFileOptions london()
{
    CalendarFileOptions o;
    o.time_zone = "Europe/London";
    o.clinic_name = "Riverside Pelvic Health";
    o.clinic_key = "c0ffee12";
    o.stamped_at = "2026-11-25T09:30:00Z";
    return o;
}

std::string no_initials(std::int64_t)
{
    ADD_FAILURE() << "initials asked for without the option";
    return "X.X.";
}

std::string export_of(const std::vector<Appointment>& as, const CalendarFileOptions& o = london())
{
    return week_calendar_file(as, o, no_initials);
}

Component parse(const std::string& ics)
{
    Component c{icalparser_parse_string(ics.c_str())};
    EXPECT_TRUE(c) << ics;
    return c;
}

std::vector<icalcomponent*> events_of(icalcomponent* calendar)
{
    std::vector<icalcomponent*> out;
    for (auto* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        out.push_back(e);
    return out;
}

// The logical lines, as a reader sees them once folding is undone.
std::string unfolded(std::string ics)
{
    for (std::size_t at; (at = ics.find("\r\n ")) != std::string::npos;)
        ics.erase(at, 3);
    return ics;
}

std::string text_of(icalcomponent* e, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(e, kind);
    return p ? icalvalue_as_ical_string(icalproperty_get_value(p)) : "";
}

std::string tzid_of(icalcomponent* e, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(e, kind);
    icalparameter* tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? icalparameter_get_tzid(tzid) : "";
}

// DTSTART in UTC, converted with the VTIMEZONE the file carries (not libical's own copy).
std::string utc_start(icalcomponent* calendar, icalcomponent* e)
{
    icalproperty* p = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    icaltimetype t = icalproperty_get_dtstart(p);
    icaltimezone* zone = icalcomponent_get_timezone(calendar, tzid_of(e, ICAL_DTSTART_PROPERTY).c_str());
    EXPECT_NE(zone, nullptr) << "no VTIMEZONE for " << tzid_of(e, ICAL_DTSTART_PROPERTY);
    if (!zone)
        return "";
    t.zone = zone;
    return icaltime_as_ical_string(icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone()));
}

int count_of(icalcomponent* c, icalproperty_kind kind)
{
    return icalcomponent_count_properties(c, kind);
}

// libical marks what it could not parse with X-LIC-ERROR properties, anywhere in the tree.
int parse_errors(icalcomponent* c)
{
    int n = count_of(c, ICAL_XLICERROR_PROPERTY);
    for (auto* sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        n += parse_errors(sub);
    return n;
}

void expect_invalid(const std::function<void()>& f, const std::string& field, const std::string& rule)
{
    try {
        f();
        ADD_FAILURE() << "no InvalidInput for " << field;
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors()[0].field, field);
        EXPECT_EQ(e.errors()[0].rule, rule);
        EXPECT_FALSE(e.errors()[0].message.empty());
    }
}

} // namespace

TEST(WeekCalendarFile, HasOneEventPerAppointmentAtItsLocalTimeInTheClinicZone)
{
    auto second = appointment(2, "2026-11-17", "14:30");
    second.duration_min = 60;
    second.type = AppointmentType::Initial;
    const auto ics = export_of({appointment(1, "2026-11-16", "09:00"), second, appointment(3, "2026-11-20", "16:15")});
    const auto cal = parse(ics);
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(text_of(events[0], ICAL_DTSTART_PROPERTY), "20261116T090000");
    EXPECT_EQ(text_of(events[0], ICAL_DTEND_PROPERTY), "20261116T094500");
    EXPECT_EQ(text_of(events[1], ICAL_DTSTART_PROPERTY), "20261117T143000");
    EXPECT_EQ(text_of(events[1], ICAL_DTEND_PROPERTY), "20261117T153000");
    EXPECT_EQ(text_of(events[1], ICAL_SUMMARY_PROPERTY), "Initial assessment");
    EXPECT_EQ(text_of(events[2], ICAL_DTSTART_PROPERTY), "20261120T161500");
    for (auto* e : events) {
        EXPECT_EQ(tzid_of(e, ICAL_DTSTART_PROPERTY), "Europe/London");
        EXPECT_EQ(tzid_of(e, ICAL_DTEND_PROPERTY), "Europe/London");
        EXPECT_EQ(text_of(e, ICAL_LOCATION_PROPERTY), "Room 2");
        EXPECT_EQ(text_of(e, ICAL_DTSTAMP_PROPERTY), "20261125T093000Z");
    }
    ASSERT_EQ(icalcomponent_count_components(cal.get(), ICAL_VTIMEZONE_COMPONENT), 1);
    auto* vtz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
    EXPECT_EQ(text_of(vtz, ICAL_TZID_PROPERTY), "Europe/London");
    // Only the years the file needs, not the zone's history back to 1847.
    EXPECT_LE(icalcomponent_count_components(vtz, ICAL_ANY_COMPONENT), 8);
    EXPECT_NE(unfolded(ics).find("\r\nX-WR-TIMEZONE:Europe/London\r\n"), std::string::npos);
    EXPECT_NE(unfolded(ics).find("\r\nX-WR-CALNAME:Riverside Pelvic Health appointments\r\n"), std::string::npos);
}

TEST(WeekCalendarFile, AnAppointmentEndingAtMidnightEndsOnTheNextDay)
{
    auto late = appointment(1, "2026-12-31", "23:15");
    const auto cal = parse(export_of({late}));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(text_of(events[0], ICAL_DTEND_PROPERTY), "20270101T000000");
}

TEST(WeekCalendarFile, SaysNothingAboutThePatientByDefault)
{
    auto a = appointment(1, "2026-11-16", "09:00", AppointmentStatus::Cancelled);
    a.note = "Ingrid Ødegaard prefers the side door; mobile 07700 900123";
    a.reason = "Ingrid Ødegaard is in hospital";
    auto b = appointment(2, "2026-11-17", "10:00", AppointmentStatus::DidNotAttend);
    b.reason = "Mrs Ødegaard phoned: childcare";
    const auto ics = unfolded(export_of({a, b})); // no_initials fails the test if it is called
    for (const auto* banned : {"Ingrid", "degaard", "07700", "side door", "hospital", "childcare", "I.Ø."})
        EXPECT_EQ(ics.find(banned), std::string::npos) << banned << " in\n" << ics;
    const auto cal = parse(ics);
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text_of(events[0], ICAL_SUMMARY_PROPERTY), "Cancelled: Follow-up");
    EXPECT_EQ(text_of(events[1], ICAL_SUMMARY_PROPERTY), "Follow-up");
    EXPECT_NE(text_of(events[1], ICAL_DESCRIPTION_PROPERTY).find("Did not attend"), std::string::npos);
    EXPECT_EQ(count_of(events[0], ICAL_ATTENDEE_PROPERTY), 0);
    EXPECT_EQ(text_of(events[0], ICAL_CLASS_PROPERTY), "PRIVATE");
}

TEST(WeekCalendarFile, AddsInitialsOnlyWhenAskedTo)
{
    const std::vector<Appointment> week{appointment(1, "2026-11-16", "09:00"), appointment(2, "2026-11-16", "10:00")};
    auto options = london();
    options.initials = true;
    std::vector<std::int64_t> asked;
    const auto ics = week_calendar_file(week, options, [&](std::int64_t patient) {
        asked.push_back(patient);
        return patient == 101 ? "I.Ø." : "J.S.";
    });
    EXPECT_EQ(asked, (std::vector<std::int64_t>{101, 102}));
    const auto cal = parse(ics);
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text_of(events[0], ICAL_SUMMARY_PROPERTY), "Follow-up - I.Ø.");
    EXPECT_EQ(text_of(events[1], ICAL_SUMMARY_PROPERTY), "Follow-up - J.S.");
    EXPECT_EQ(unfolded(ics).find("J.S.", unfolded(ics).find("J.S.") + 1), std::string::npos)
        << "initials only in the summary";

    const auto plain = export_of(week);
    EXPECT_EQ(plain.find("J.S."), std::string::npos);
    EXPECT_EQ(plain.find("I.Ø."), std::string::npos);
}

TEST(WeekCalendarFile, NineStaysNineAcrossTheAutumnClockChange)
{
    // Clocks go back on Sunday 2026-10-25: 09:00 is BST (UTC+1) on Friday, GMT on Monday.
    const auto cal = parse(export_of({appointment(1, "2026-10-23", "09:00"), appointment(2, "2026-10-26", "09:00")}));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text_of(events[0], ICAL_DTSTART_PROPERTY), "20261023T090000");
    EXPECT_EQ(text_of(events[1], ICAL_DTSTART_PROPERTY), "20261026T090000");
    EXPECT_EQ(utc_start(cal.get(), events[0]), "20261023T080000Z");
    EXPECT_EQ(utc_start(cal.get(), events[1]), "20261026T090000Z");
}

TEST(WeekCalendarFile, NineStaysNineAcrossTheSpringClockChange)
{
    // Clocks go forward on Sunday 2027-03-28.
    const auto cal = parse(export_of({appointment(1, "2027-03-26", "09:00"), appointment(2, "2027-03-29", "09:00")}));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text_of(events[0], ICAL_DTSTART_PROPERTY), "20270326T090000");
    EXPECT_EQ(text_of(events[1], ICAL_DTSTART_PROPERTY), "20270329T090000");
    EXPECT_EQ(utc_start(cal.get(), events[0]), "20270326T090000Z");
    EXPECT_EQ(utc_start(cal.get(), events[1]), "20270329T080000Z");
}

TEST(WeekCalendarFile, AnOldAppointmentStillGetsTheRulesOfItsYear)
{
    const auto cal = parse(export_of({appointment(1, "2001-07-02", "09:00"), appointment(2, "2001-12-03", "09:00")}));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(utc_start(cal.get(), events[0]), "20010702T080000Z");
    EXPECT_EQ(utc_start(cal.get(), events[1]), "20011203T090000Z");
}

TEST(WeekCalendarFile, UsesWhicheverZoneTheClinicIsIn)
{
    auto options = london();
    options.time_zone = "America/New_York"; // daylight saving from Sunday 2026-03-08
    const auto cal = parse(export_of({appointment(1, "2026-03-06", "09:00"), appointment(2, "2026-03-09", "09:00")},
                                     options));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(tzid_of(events[0], ICAL_DTSTART_PROPERTY), "America/New_York");
    EXPECT_EQ(utc_start(cal.get(), events[0]), "20260306T140000Z");
    EXPECT_EQ(utc_start(cal.get(), events[1]), "20260309T130000Z");

    // Ahead of UTC: New Year's morning there is the evening before in UTC.
    options.time_zone = "Pacific/Auckland";
    const auto auckland = parse(week_calendar_file({appointment(1, "2026-01-01", "09:00")}, options, no_initials));
    EXPECT_EQ(utc_start(auckland.get(), events_of(auckland.get())[0]), "20251231T200000Z");

    options.time_zone = "UTC";
    const auto utc = parse(export_of({appointment(1, "2026-07-01", "09:00")}, options));
    const auto utc_events = events_of(utc.get());
    ASSERT_EQ(utc_events.size(), 1u);
    EXPECT_EQ(tzid_of(utc_events[0], ICAL_DTSTART_PROPERTY), "UTC");
    EXPECT_EQ(utc_start(utc.get(), utc_events[0]), "20260701T090000Z");
}

TEST(WeekCalendarFile, CancelledAppointmentsStayInTheFileAsCancelled)
{
    const auto cal = parse(export_of({appointment(1, "2026-11-16", "09:00", AppointmentStatus::Cancelled),
                                      appointment(2, "2026-11-16", "10:00", AppointmentStatus::Attended),
                                      appointment(3, "2026-11-16", "11:00", AppointmentStatus::DidNotAttend),
                                      appointment(4, "2026-11-16", "12:00", AppointmentStatus::Booked)}));
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(icalcomponent_get_status(events[0]), ICAL_STATUS_CANCELLED);
    EXPECT_EQ(text_of(events[0], ICAL_TRANSP_PROPERTY), "TRANSPARENT");
    for (std::size_t i = 1; i < events.size(); ++i) {
        EXPECT_EQ(icalcomponent_get_status(events[i]), ICAL_STATUS_CONFIRMED) << i;
        EXPECT_EQ(text_of(events[i], ICAL_TRANSP_PROPERTY), "OPAQUE") << i;
    }
}

TEST(WeekCalendarFile, TheUidStaysTheSameOnReExportSoAPhoneUpdatesTheEvent)
{
    auto a = appointment(7, "2026-11-16", "09:00");
    const auto first = parse(export_of({a, appointment(8, "2026-11-16", "10:00")}));
    // Moved and renamed room since: the same event, a later SEQUENCE.
    a.start = TimeOfDay::at(11, 0);
    a.room = "Room 3";
    a.version = 2;
    auto later_options = london();
    later_options.stamped_at = "2026-11-26T08:00:00Z";
    const auto second = parse(export_of({a}, later_options));
    const auto before = events_of(first.get());
    const auto after = events_of(second.get());
    ASSERT_EQ(before.size(), 2u);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(text_of(before[0], ICAL_UID_PROPERTY), text_of(after[0], ICAL_UID_PROPERTY));
    EXPECT_EQ(text_of(before[0], ICAL_UID_PROPERTY), "appointment-7-c0ffee12@floorchart");
    EXPECT_NE(text_of(before[0], ICAL_UID_PROPERTY), text_of(before[1], ICAL_UID_PROPERTY));
    EXPECT_EQ(icalcomponent_get_sequence(before[0]), 1);
    EXPECT_EQ(icalcomponent_get_sequence(after[0]), 2);

    // The same appointments exported twice at the same moment give the same file, byte for byte.
    EXPECT_EQ(export_of({a}, later_options), export_of({a}, later_options));

    auto other_clinic = london();
    other_clinic.clinic_key = "beef-99";
    const auto other = parse(export_of({a}, other_clinic));
    EXPECT_EQ(text_of(events_of(other.get())[0], ICAL_UID_PROPERTY), "appointment-7-beef-99@floorchart");
    other_clinic.clinic_key = "";
    const auto keyless = parse(export_of({a}, other_clinic));
    EXPECT_EQ(text_of(events_of(keyless.get())[0], ICAL_UID_PROPERTY), "appointment-7@floorchart");
}

TEST(WeekCalendarFile, AnUnknownZoneIsInvalidInputOnTimeZone)
{
    for (const std::string zone : {"Nowhere/City", "", "Europe/Londres", "../../../etc/passwd", "/etc/localtime",
                                   "Europe/London ", "Europe//London"}) {
        auto options = london();
        options.time_zone = zone;
        expect_invalid([&] { export_of({appointment(1, "2026-11-16", "09:00")}, options); }, "time-zone", "one-of");
    }
    EXPECT_EQ(icalerrno, ICAL_NO_ERROR);
}

TEST(WeekCalendarFile, AMalformedStampIsInvalidInput)
{
    auto options = london();
    options.stamped_at = "2026-11-25 09:30";
    expect_invalid([&] { export_of({}, options); }, "stamped-at", "instant-format");
    options.stamped_at = ""; // now
    const auto cal = parse(export_of({appointment(1, "2026-11-16", "09:00")}, options));
    const auto stamp = text_of(events_of(cal.get())[0], ICAL_DTSTAMP_PROPERTY);
    EXPECT_EQ(stamp.size(), 16u) << stamp;
    EXPECT_EQ(stamp.back(), 'Z');
}

TEST(WeekCalendarFile, ARoomWithCommasSemicolonsAndNewlinesIsEscapedAndRoundTrips)
{
    auto a = appointment(1, "2026-11-16", "09:00");
    a.room = "Room 2, first floor; by the lift\nKey: ask \\ reception";
    const auto ics = export_of({a});
    EXPECT_NE(unfolded(ics).find("LOCATION:Room 2\\, first floor\\; by the lift\\nKey: ask \\\\ reception\r\n"),
              std::string::npos)
        << ics;
    const auto cal = parse(ics);
    const auto events = events_of(cal.get());
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(std::string(icalcomponent_get_location(events[0])), a.room);

    a.room = "Room\x01 2\r\nback\x7f";
    const auto cleaned = parse(export_of({a}));
    EXPECT_EQ(std::string(icalcomponent_get_location(events_of(cleaned.get())[0])), "Room 2\nback");
}

TEST(WeekCalendarFile, IsWellFormedRfc5545)
{
    auto a = appointment(1, "2026-11-16", "09:00");
    a.room = "Salle de rééducation périnéale, bâtiment Ørsted, aile Sud-Est, deuxième étage, porte 12";
    auto options = london();
    options.clinic_name = "Clinique de Santé Pelvienne, Kinésithérapie; Rééducation & Périnée du Quartier Nord-Est";
    const auto ics = export_of({a, appointment(2, "2026-11-17", "09:00", AppointmentStatus::Cancelled)}, options);

    // The shape a phone expects, checked line by line without libical.
    ASSERT_GE(ics.size(), 2u);
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
    std::istringstream lines(ics);
    int folded = 0;
    for (std::string line; std::getline(lines, line, '\n');) {
        ASSERT_FALSE(line.empty());
        ASSERT_EQ(line.back(), '\r') << "a bare LF before: " << line;
        line.pop_back();
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(text::is_valid_utf8(line)) << "a character split by folding: " << line;
        EXPECT_EQ(line.find('\r'), std::string::npos);
        folded += line.front() == ' ';
    }
    EXPECT_GT(folded, 0); // the long room and clinic name needed folding
    const auto flat = unfolded(ics);
    for (const auto* required : {"\r\nVERSION:2.0\r\n", "\r\nPRODID:", "\r\nBEGIN:VTIMEZONE\r\n"})
        EXPECT_NE(flat.find(required), std::string::npos) << required;

    // libical finds nothing to complain about, and RFC 5545's rules for each component hold.
    const auto cal = parse(ics);
    EXPECT_EQ(parse_errors(cal.get()), 0) << ics;
    EXPECT_EQ(icalrestriction_check(cal.get()), 1) << icalcomponent_as_ical_string(cal.get());
    EXPECT_EQ(parse_errors(cal.get()), 0) << icalcomponent_as_ical_string(cal.get());
    EXPECT_EQ(std::string(icalcomponent_get_location(events_of(cal.get())[0])), a.room);
    EXPECT_NE(text_of(events_of(cal.get())[0], ICAL_DESCRIPTION_PROPERTY).find("Quartier Nord-Est"),
              std::string::npos);
    auto* calname = icalcomponent_get_first_property(cal.get(), ICAL_X_PROPERTY);
    ASSERT_NE(calname, nullptr);
    EXPECT_STREQ(icalproperty_get_x_name(calname), "X-WR-CALNAME");
    EXPECT_EQ(std::string(icalproperty_get_x(calname)), options.clinic_name + " appointments");
}

TEST(WeekCalendarFile, AnEmptyWeekIsStillAValidCalendar)
{
    const auto cal = parse(export_of({}));
    EXPECT_EQ(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
    EXPECT_TRUE(events_of(cal.get()).empty());
    EXPECT_EQ(icalcomponent_count_components(cal.get(), ICAL_VTIMEZONE_COMPONENT), 1);
    EXPECT_EQ(parse_errors(cal.get()), 0);
}
