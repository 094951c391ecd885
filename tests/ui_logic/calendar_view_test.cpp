// What the calendar page shows of a period, built without a window: the columns of a week and of
// a day (with anyone else booked that day), the blocks' text, the counts, and where the grid
// first scrolls to.
#include "ui/calendar_view.h"

#include <gtest/gtest.h>

#include <tuple>

namespace fc::ui {
namespace {

const Date wednesday(2026, 11, 25);

// Appointment `id`, of patient 100 + id, booked with `clinician`.
Appointment At(std::int64_t id, const Date& date, int hour, int minute, int duration, std::int64_t clinician = 1)
{
    Appointment a;
    std::tie(a.id, a.patient_id, a.clinician_id) = std::tuple(id, 100 + id, clinician);
    std::tie(a.date, a.start, a.duration_min) = std::tuple(date, TimeOfDay::at(hour, minute), duration);
    return a;
}

CalendarPeriod Week(std::optional<std::int64_t> clinician = std::nullopt)
{
    return CalendarPeriod{wednesday, true, clinician, {1, 2}};
}

CalendarPeriod Day(std::optional<std::int64_t> clinician = std::nullopt)
{
    return CalendarPeriod{wednesday, false, clinician, {1, 2}};
}

TEST(CalendarViewTest, AWeekHasAColumnADayMondayToSunday)
{
    const auto view = build_calendar_view(Week(7), ClinicHours::standard(), {}, {});
    ASSERT_EQ(view.columns.size(), 7u);
    EXPECT_EQ(view.columns.front().date, Date(2026, 11, 23));
    EXPECT_EQ(view.columns.back().date, Date(2026, 11, 29));
    EXPECT_EQ(view.columns[2].clinician, std::optional<std::int64_t>(7));
    EXPECT_FALSE(view.columns[5].hours) << "closed on Saturday";
    EXPECT_EQ(view.held_in_column, std::vector<int>(7, 0));
    EXPECT_EQ(view.held, 0);
    EXPECT_EQ(view.not_held, 0);
}

TEST(CalendarViewTest, ADayHasAColumnForEachClinicianAndAnyoneElseBooked)
{
    const auto view = build_calendar_view(Day(), ClinicHours::standard(),
                                          {At(1, wednesday, 9, 0, 45, 2), At(2, wednesday, 10, 0, 30, 9)}, {});
    ASSERT_EQ(view.columns.size(), 3u);
    EXPECT_EQ(view.columns[0].clinician, std::optional<std::int64_t>(1));
    EXPECT_EQ(view.columns[1].clinician, std::optional<std::int64_t>(2));
    EXPECT_EQ(view.columns[2].clinician, std::optional<std::int64_t>(9)) << "no longer working here, still booked";
    EXPECT_EQ(view.held_in_column, (std::vector<int>{0, 1, 1}));

    const auto one = build_calendar_view(Day(2), ClinicHours::standard(), {At(1, wednesday, 9, 0, 45, 2)}, {});
    ASSERT_EQ(one.columns.size(), 1u) << "the clinician chosen only";
    EXPECT_EQ(one.columns[0].clinician, std::optional<std::int64_t>(2));
}

TEST(CalendarViewTest, BlocksSayWhenWhoWhereAndWhatBecameOfThem)
{
    auto room = At(1, wednesday, 9, 0, 45);
    room.room = "Room 2";
    auto missed = At(2, wednesday, 23, 30, 30);
    missed.type = AppointmentType::Review;
    missed.status = AppointmentStatus::DidNotAttend;
    const auto view = build_calendar_view(Week(), ClinicHours::standard(), {room, missed},
                                          {{101, "Nakamura, Yui"}, {102, "\xc3\x98""degaard, Ingrid"}});
    ASSERT_EQ(view.blocks.size(), 2u);
    EXPECT_EQ(view.blocks[0].start, "09:00");
    EXPECT_EQ(view.blocks[0].time, "09:00\xe2\x80\x93""09:45");
    EXPECT_EQ(view.blocks[0].patient, "Nakamura, Yui");
    EXPECT_EQ(view.blocks[0].detail, "Room 2");
    EXPECT_EQ(view.blocks[0].status, "") << "booked says nothing";
    EXPECT_EQ(view.blocks[1].time, "23:30\xe2\x80\x93""23:59") << "kept within the day";
    EXPECT_EQ(view.blocks[1].patient, "\xc3\x98""degaard, Ingrid");
    EXPECT_EQ(view.blocks[1].detail, label(AppointmentType::Review)) << "no room: the type";
    EXPECT_EQ(view.blocks[1].status, "Did not attend");
    const auto unnamed = build_calendar_view(Week(), ClinicHours::standard(), {room}, {});
    EXPECT_EQ(unnamed.blocks[0].patient, "");
}

TEST(CalendarViewTest, CountsWhatHoldsASlotApartFromCancelledAndMissed)
{
    auto attended = At(1, wednesday, 9, 0, 30);
    attended.status = AppointmentStatus::Attended;
    auto cancelled = At(2, wednesday, 10, 0, 30);
    cancelled.status = AppointmentStatus::Cancelled;
    auto saturday = At(3, Date(2026, 11, 28), 10, 0, 30);
    const auto view = build_calendar_view(Week(), ClinicHours::standard(),
                                          {attended, cancelled, saturday, At(4, wednesday, 11, 0, 30)}, {});
    EXPECT_EQ(view.held, 3);
    EXPECT_EQ(view.not_held, 1);
    EXPECT_EQ(view.held_in_column, (std::vector<int>{0, 0, 2, 0, 0, 1, 0})) << "a closed day's bookings count too";
    ASSERT_EQ(view.appointments.size(), 4u) << "every appointment given, in order";
    EXPECT_EQ(view.appointments[1].id, 2);
}

TEST(CalendarViewTest, TheGridFirstShowsTheMorningOrAnHourBeforeNow)
{
    const auto empty = build_calendar_view(Week(), ClinicHours::standard(), {}, {});
    EXPECT_EQ(first_minute_shown(empty, std::nullopt), 8 * 60) << "the opening";
    const auto early = build_calendar_view(Week(), ClinicHours::standard(), {At(1, wednesday, 7, 15, 30)}, {});
    EXPECT_EQ(first_minute_shown(early, std::nullopt), 7 * 60 + 15) << "the first appointment, before the opening";
    EXPECT_EQ(first_minute_shown(empty, 14 * 60 + 20), 13 * 60 + 20) << "an hour before now";
    EXPECT_EQ(first_minute_shown(empty, 8 * 60 + 30), 8 * 60) << "not before the hours shown";
    EXPECT_EQ(first_minute_shown(empty, 21 * 60), 8 * 60) << "now after the hours: the morning";
}

} // namespace
} // namespace fc::ui
