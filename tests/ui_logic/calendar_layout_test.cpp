// The calendar grid's geometry, without a window: the columns of a week and of a day, the hours
// shown, which column and rows an appointment takes, lanes for overlapping appointments, what a
// point of the grid is over and where a dropped block lands.
#include "ui/calendar_layout.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace fc::ui::test {
namespace {

Appointment At(std::int64_t id, const Date& date, int hour, int minute, int duration, std::int64_t clinician = 1)
{
    Appointment a;
    a.id = id;
    a.patient_id = 100 + id;
    a.clinician_id = clinician;
    a.date = date;
    a.start = TimeOfDay::at(hour, minute);
    a.duration_min = duration;
    return a;
}

CalendarMetrics Metrics()
{
    CalendarMetrics m;
    m.header_height = 30;
    m.gutter_width = 50;
    m.slot_height = 20;
    m.column_gap = 10;
    return m;
}

const Date wednesday(2026, 11, 25);

TEST(CalendarLayoutTest, AWeekRunsMondayToSundayWithTheClinicsHours)
{
    const auto columns = week_columns(wednesday, ClinicHours::standard(), 7);
    ASSERT_EQ(columns.size(), 7u);
    EXPECT_EQ(columns.front().date, Date(2026, 11, 23));
    EXPECT_EQ(columns.back().date, Date(2026, 11, 29));
    EXPECT_EQ(columns[2].clinician, std::optional<std::int64_t>(7));
    ASSERT_TRUE(columns[0].hours);
    EXPECT_EQ(columns[0].hours->opens, TimeOfDay::at(8, 0));
    EXPECT_FALSE(columns[5].hours) << "closed on Saturday";
    EXPECT_EQ(week_columns(Date(2026, 11, 29), ClinicHours::standard(), {}).front().date, Date(2026, 11, 23))
        << "a Sunday belongs to the week before it";
}

TEST(CalendarLayoutTest, TheHoursShownWidenToHoldEveryAppointmentOnWholeHours)
{
    const auto columns = week_columns(wednesday, ClinicHours::standard(), {});
    EXPECT_EQ(shown_hours(columns, {}), (CalendarHours{8 * 60, 18 * 60}));
    const std::vector<Appointment> early_and_late{At(1, wednesday, 7, 30, 45), At(2, Date(2026, 11, 28), 18, 20, 50)};
    EXPECT_EQ(shown_hours(columns, early_and_late), (CalendarHours{7 * 60, 20 * 60}))
        << "07:30 and a Saturday appointment ending 19:10";
    const std::vector<Appointment> elsewhere{At(3, Date(2026, 12, 2), 6, 0, 30)};
    EXPECT_EQ(shown_hours(columns, elsewhere), (CalendarHours{8 * 60, 18 * 60})) << "not in the week: no widening";
    ClinicHours closed;
    EXPECT_EQ(shown_hours(week_columns(wednesday, closed, {}), {}), (CalendarHours{8 * 60, 18 * 60}));
}

TEST(CalendarLayoutTest, AppointmentsTakeTheirColumnAndRows)
{
    const auto columns = day_columns(wednesday, ClinicHours::standard(), {1, 2});
    const std::vector<Appointment> list{At(1, wednesday, 9, 0, 45, 1), At(2, wednesday, 10, 15, 30, 2),
                                        At(3, wednesday, 9, 0, 30, 3), At(4, Date(2026, 11, 26), 9, 0, 30, 1)};
    const CalendarLayout layout(columns, list, {8 * 60, 18 * 60}, Metrics(), 450);
    ASSERT_EQ(layout.placed().size(), 2u) << "clinician 3's and the next day's are in no column";
    const auto& first = layout.placed()[0];
    EXPECT_EQ(first.index, 0u);
    EXPECT_EQ(first.column, 0u);
    // Columns of 200 px after the 50 px of hour labels; 20 px a quarter of an hour from 08:00.
    EXPECT_EQ(layout.y_of(9 * 60), 30 + 4 * 20);
    EXPECT_EQ(first.box, (GridBox{51, 111, 188, 59})) << "09:00-09:45, 10 px left free on the right";
    const auto& second = layout.placed()[1];
    EXPECT_EQ(second.column, 1u);
    EXPECT_EQ(second.box.x, 251);
    EXPECT_EQ(second.box.y, layout.y_of(10 * 60 + 15) + 1);
    EXPECT_EQ(layout.height(), 30 + 40 * 20 + 1);
}

TEST(CalendarLayoutTest, OverlappingAppointmentsShareTheColumnInLanes)
{
    const auto columns = day_columns(wednesday, ClinicHours::standard(), {1});
    const std::vector<Appointment> list{At(1, wednesday, 9, 0, 45), At(2, wednesday, 9, 30, 45),
                                        At(3, wednesday, 10, 0, 30), At(4, wednesday, 11, 0, 30),
                                        At(5, wednesday, 9, 15, 15)};
    const CalendarLayout layout(columns, list, {8 * 60, 18 * 60}, Metrics(), 350);
    ASSERT_EQ(layout.placed().size(), 5u);
    const auto lane = [&](std::size_t i) { return std::pair(layout.placement(i)->lane, layout.placement(i)->lanes); };
    // 09:00-09:45, 09:15-09:30, 09:30-10:15 and 10:00-10:30 overlap one another in a chain; 09:30
    // takes the lane 09:15-09:30 left, 10:00 the one 09:00-09:45 left: two lanes do.
    EXPECT_EQ(lane(0), std::pair(0, 2));
    EXPECT_EQ(lane(4), std::pair(1, 2));
    EXPECT_EQ(lane(1), std::pair(1, 2)) << "09:15-09:30 ended, so 09:30 takes its lane";
    EXPECT_EQ(lane(2), std::pair(0, 2));
    EXPECT_EQ(lane(3), std::pair(0, 1)) << "11:00 overlaps nothing: the whole width";
    const int usable = 300 - 10;
    EXPECT_EQ(layout.placement(0)->box.width, usable / 2 - 2);
    EXPECT_EQ(layout.placement(1)->box.x, 50 + usable / 2 + 1);
    EXPECT_EQ(layout.placement(3)->box.width, usable - 2);
    // No two boxes of one group cover the same pixels.
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = i + 1; j < 5; ++j) {
            const auto& a = layout.placement(i)->box;
            const auto& b = layout.placement(j)->box;
            const bool apart = a.right() <= b.x || b.right() <= a.x || a.bottom() <= b.y || b.bottom() <= a.y;
            EXPECT_TRUE(apart) << i << " and " << j;
        }
}

TEST(CalendarLayoutTest, ABlockWidensOverLanesFreeWhileItLasts)
{
    const auto columns = day_columns(wednesday, ClinicHours::standard(), {1});
    // 09:00-11:00 holds the first lane; 09:00-09:30 and 09:15-09:45 take the next two; 10:00-10:30
    // takes the second lane and, the third being free by then, widens over it.
    const std::vector<Appointment> list{At(1, wednesday, 9, 0, 120), At(2, wednesday, 9, 0, 30),
                                        At(3, wednesday, 9, 15, 30), At(4, wednesday, 10, 0, 30)};
    const CalendarLayout layout(columns, list, {8 * 60, 18 * 60}, Metrics(), 350);
    const auto* late = layout.placement(3);
    ASSERT_NE(late, nullptr);
    EXPECT_EQ(late->lane, 1);
    EXPECT_EQ(late->lanes, 3);
    EXPECT_EQ(late->span, 2);
    EXPECT_EQ(layout.placement(1)->span, 1) << "09:00-09:30 meets 09:15-09:45 in the third lane";
    EXPECT_EQ(layout.placement(0)->span, 1);
    const int usable = 300 - 10;
    EXPECT_EQ(late->box.x, 50 + usable / 3 + 1);
    EXPECT_EQ(late->box.right(), 50 + usable - 1);
}

TEST(CalendarLayoutTest, APointIsOverABlockOrAnEmptySlot)
{
    const auto columns = week_columns(wednesday, ClinicHours::standard(), {});
    const std::vector<Appointment> list{At(1, wednesday, 9, 0, 45)};
    const CalendarLayout layout(columns, list, {8 * 60, 18 * 60}, Metrics(), 50 + 7 * 100);
    const auto& box = layout.placed()[0].box;
    EXPECT_EQ(layout.placed()[0].column, 2u) << "Wednesday";
    const auto* hit = layout.appointment_at(box.x + 5, box.y + 5);
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->index, 0u);
    EXPECT_EQ(layout.appointment_at(box.right() + 2, box.y + 5), nullptr) << "the free strip on its right";
    EXPECT_EQ(layout.slot_at(box.right() + 2, box.y + 5), (CalendarSlot{2, 9 * 60}));
    EXPECT_EQ(layout.slot_at(60, layout.y_of(17 * 60 + 50)), (CalendarSlot{0, 17 * 60 + 45}));
    EXPECT_FALSE(layout.slot_at(20, 200)) << "the hour labels";
    EXPECT_FALSE(layout.slot_at(60, 10)) << "the titles";
    EXPECT_FALSE(layout.slot_at(60, layout.y_of(18 * 60) + 1)) << "below the last row";
    EXPECT_EQ(layout.slot_box(CalendarSlot{1, 8 * 60 + 15}), (GridBox{150, 50, 100, 20}));
}

TEST(CalendarLayoutTest, ADroppedBlockSnapsToTheNearestQuarterAndStaysInTheDay)
{
    const auto columns = week_columns(wednesday, ClinicHours::standard(), {});
    const CalendarLayout layout(columns, {}, {8 * 60, 18 * 60}, Metrics(), 50 + 7 * 100);
    EXPECT_EQ(layout.drop_slot(360, layout.y_of(10 * 60) + 4, 45), (CalendarSlot{3, 10 * 60}));
    EXPECT_EQ(layout.drop_slot(360, layout.y_of(10 * 60) + 12, 45), (CalendarSlot{3, 10 * 60 + 15}));
    EXPECT_EQ(layout.drop_slot(360, 0, 45), (CalendarSlot{3, 8 * 60})) << "above the first row";
    EXPECT_EQ(layout.drop_slot(360, 5000, 45), (CalendarSlot{3, 17 * 60 + 45})) << "below the last";
    EXPECT_FALSE(layout.drop_slot(10, 200, 45)) << "over the hour labels";
    const CalendarLayout late(columns, {}, {20 * 60, 24 * 60}, Metrics(), 750);
    EXPECT_EQ(late.drop_slot(360, 5000, 60), (CalendarSlot{3, 23 * 60})) << "it may not end after midnight";
}

} // namespace
} // namespace fc::ui::test
