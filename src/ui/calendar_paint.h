#pragma once
// How the calendar grid is drawn, on screen (calendar_grid.h) or into a bitmap (the benchmark):
// column titles, hour rows with the clinic's closed time shaded, appointments as blocks coloured
// by type with their status (cancelled struck and faded, did not attend hatched and marked,
// attended ticked), the selection, a dragged block's landing place and the time now.
#include "core/appointment.h"
#include "ui/calendar_layout.h"

#include <wx/colour.h>
#include <wx/font.h>
#include <wx/gdicmn.h>
#include <wx/string.h>

#include <cstdint>
#include <optional>
#include <vector>

class wxDC;
class wxWindow;

namespace fc::ui {

// Fonts and colours from the window's theme, and the sizes they give.
struct CalendarLook {
    wxFont font, bold, small, struck;
    wxColour text, grey, background, closed, hour_line, slot_line, accent, now;
    bool dark = false;
    int line_height = 16; // of `font`
    int small_height = 14;
    int range_width = 80; // "09:00–09:45" in `bold`

    static CalendarLook Of(const wxWindow& window);
    CalendarMetrics Metrics() const;
};

// The colour of an appointment type's blocks (the stripe; the fill is it, paler).
wxColour TypeColour(AppointmentType type, bool dark);

// What a block says, made once when the appointments are read (not at each paint).
struct CalendarBlockText {
    wxString start;   // "09:00"
    wxString time;    // "09:00–09:45"
    wxString patient; // "Nakamura, Yui"
    wxString detail;  // the room, or the type when no room is given
    wxString status;  // "Cancelled", "Did not attend", "Attended"; empty while booked
};

// What one paint shows.
struct CalendarPicture {
    const CalendarLayout* layout = nullptr;
    const std::vector<Appointment>* appointments = nullptr; // as laid out
    const std::vector<CalendarBlockText>* texts = nullptr;  // by appointment
    std::vector<wxString> titles;                           // by column
    std::vector<wxString> subtitles;                        // by column (counts, "Closed")
    Date today;
    std::optional<int> now_minute; // the time now, drawn in today's column(s)
    std::optional<std::int64_t> selected;
    std::optional<GridBox> landing; // where a block being dragged would land
    wxString landing_label;         // and when ("14:45–15:30")
    bool focused = false;
};

// Paints `picture` over `size` pixels of `dc`, its rows scrolled up by `scroll_y` under the
// column titles, which stay put. Draws only what falls within `size`.
void PaintCalendar(wxDC& dc, const CalendarLook& look, const CalendarPicture& picture, int scroll_y, wxSize size);

} // namespace fc::ui
