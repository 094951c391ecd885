#pragma once
// The calendar page's geometry, without wx so that it is tested on its own: the columns (a day
// each in the week view, a clinician each in the day view), the hours shown, which column and
// rows an appointment takes, how overlapping appointments share a column in lanes, and what a
// point of the grid is over (an appointment, or an empty 15-minute slot). Pixels are the grid's
// own: y = 0 is the top of the column titles, before any scrolling.
#include "core/appointment.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace fc::ui {

inline constexpr int calendar_slot_minutes = 15;

struct GridBox {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    int right() const { return x + width; }
    int bottom() const { return y + height; }
    bool contains(int px, int py) const { return px >= x && px < right() && py >= y && py < bottom(); }
    bool operator==(const GridBox&) const = default;
};

// One column of the grid: a day (the week view), or one clinician's day (the day view).
struct CalendarColumn {
    Date date;
    std::optional<std::int64_t> clinician;  // nullopt: everyone's appointments that day
    std::optional<OpeningHours> hours;      // the clinic's hours that day; nullopt: closed
};

// The columns of the week holding `day`, Monday to Sunday, with the clinic's hours; one
// clinician's, when `clinician` is given.
std::vector<CalendarColumn> week_columns(const Date& day, const ClinicHours& hours,
                                         std::optional<std::int64_t> clinician);
// The columns of `day`: one a clinician, in the order given.
std::vector<CalendarColumn> day_columns(const Date& day, const ClinicHours& hours,
                                        const std::vector<std::int64_t>& clinicians);

// The minutes of the day shown, [first, last), on whole hours.
struct CalendarHours {
    int first = 8 * 60;
    int last = 18 * 60;
    bool operator==(const CalendarHours&) const = default;
};

// The clinic's hours over the columns' days (earliest opening to latest closing), widened to
// hold every appointment that falls in a column, on whole hours; 08:00-18:00 when every day is
// closed and nothing is booked.
CalendarHours shown_hours(const std::vector<CalendarColumn>& columns, const std::vector<Appointment>& appointments);

// Sizes in pixels, from the font the grid draws with.
struct CalendarMetrics {
    int header_height = 36; // the column titles
    int gutter_width = 56;  // the hour labels on the left
    int slot_height = 18;   // 15 minutes
    int column_gap = 6;     // kept free on the right of each column: an empty slot to click beside blocks
};

struct PlacedAppointment {
    std::size_t index = 0;  // of the appointment among those laid out
    std::size_t column = 0;
    int lane = 0;           // 0 on the left
    int lanes = 1;          // lanes of the group of appointments it overlaps with (directly or not)
    int span = 1;           // lanes it covers: those on its right that are free while it lasts too
    GridBox box;
};

struct CalendarSlot {
    std::size_t column = 0;
    int minute = 0; // of the day, a multiple of calendar_slot_minutes
    bool operator==(const CalendarSlot&) const = default;
};

class CalendarLayout {
public:
    CalendarLayout() = default;
    // Lays out `appointments` (in the order of `earlier`) in `columns` over `width` pixels; those
    // in no column are left out.
    CalendarLayout(std::vector<CalendarColumn> columns, const std::vector<Appointment>& appointments,
                   CalendarHours hours, const CalendarMetrics& metrics, int width);

    const std::vector<CalendarColumn>& columns() const { return columns_; }
    const CalendarHours& hours() const { return hours_; }
    const CalendarMetrics& metrics() const { return metrics_; }
    // In the order of the appointments given.
    const std::vector<PlacedAppointment>& placed() const { return placed_; }
    int width() const { return width_; }
    int height() const; // titles and every row

    // The column of `a`, if one shows it.
    std::optional<std::size_t> column_of(const Appointment& a) const;
    // A column's title cell, and its body (the rows of the day).
    GridBox title_box(std::size_t column) const;
    GridBox column_box(std::size_t column) const;
    int y_of(int minute) const;
    // The minute shown at `y`, to the minute (not snapped); clamped to the hours shown.
    int minute_at(int y) const;
    std::optional<std::size_t> column_at(int x) const;

    // The appointment drawn at (x, y): of overlapping boxes the one drawn last (on top).
    const PlacedAppointment* appointment_at(int x, int y) const;
    // The empty-or-not 15-minute slot at (x, y), within the rows and columns.
    std::optional<CalendarSlot> slot_at(int x, int y) const;
    GridBox slot_box(const CalendarSlot& slot) const;
    // Where a block of `duration_min` minutes lands when dragged so that its top is at `top_y`
    // in the column under `x`: the start snapped to the nearest slot, kept within the hours shown
    // and the day (it may not end after midnight).
    std::optional<CalendarSlot> drop_slot(int x, int top_y, int duration_min) const;
    // The placement of appointment `index`, if it is shown.
    const PlacedAppointment* placement(std::size_t index) const;

private:
    int column_x(std::size_t column) const;

    std::vector<CalendarColumn> columns_;
    CalendarHours hours_;
    CalendarMetrics metrics_;
    int width_ = 0;
    std::vector<PlacedAppointment> placed_;
    std::vector<std::optional<std::size_t>> placement_of_; // by appointment index
};

} // namespace fc::ui
