#pragma once
// The calendar page's grid: columns of 15-minute rows with the appointments drawn as blocks
// (calendar_paint.h), scrolled up and down under column titles that stay put. It selects, opens
// and drags appointments and says so to its page, which does the work through the services: a
// double-click opens a block or books an empty slot, a block dragged to another slot is moved
// there (snapped to 15 minutes), a right-click asks for the block's or the slot's menu. Keys the
// grid does not use itself (Up/Down move the selection, Enter opens it) go to the page.
#include "ui/calendar_layout.h"
#include "ui/calendar_paint.h"

#include <wx/timer.h>
#include <wx/window.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class wxKeyEvent;
class wxMouseEvent;

namespace fc::ui {

// What the grid shows, made by the page when it reads the appointments.
struct CalendarContent {
    std::vector<CalendarColumn> columns;
    std::vector<wxString> titles;    // by column
    std::vector<wxString> subtitles; // by column
    std::vector<Appointment> appointments; // in the order of `earlier`
    std::vector<CalendarBlockText> texts;  // by appointment
    Date today;
};

class CalendarGrid : public wxWindow {
public:
    explicit CalendarGrid(wxWindow* parent);

    // Shows `content`, keeping the selection when its appointment is still there.
    void ShowContent(CalendarContent content);
    const CalendarContent& Content() const { return content_; }
    const CalendarLayout& Geometry() const { return layout_; }
    // The minute the time-now line is drawn at (nullopt: none), normally the clock's.
    void SetNow(std::optional<int> minute);

    const Appointment* Selected() const;
    void Select(std::optional<std::int64_t> appointment_id);
    // Moves the selection `step` appointments on (in time order), or to the first one.
    void SelectNext(int step);
    // Scrolls so that `minute` is near the top, or the box of the selection is in view.
    void ScrollToMinute(int minute);
    void ScrollToSelection();
    int ScrollY() const { return scroll_; }
    // Whether blocks may be dragged (a clinician is working); only booked appointments move.
    void AllowMoves(bool allow) { allow_moves_ = allow; }
    bool Dragging() const { return drag_.has_value(); }

    // What a point of the window (client coordinates) is over.
    const Appointment* AppointmentAt(wxPoint point) const;
    std::optional<CalendarSlot> SlotAt(wxPoint point) const;
    // Where on the window (client coordinates) a block or a slot is drawn now.
    wxRect BoxOf(std::int64_t appointment_id) const;
    wxRect BoxOf(const CalendarSlot& slot) const;

    void OnOpen(std::function<void(const Appointment&)> open) { open_ = std::move(open); }
    void OnBook(std::function<void(const CalendarColumn&, TimeOfDay)> book) { book_ = std::move(book); }
    void OnMove(std::function<void(const Appointment&, const CalendarColumn&, TimeOfDay)> move)
    {
        move_ = std::move(move);
    }
    // A right-click: on a block (then selected) or on an empty slot.
    void OnMenu(std::function<void(const Appointment*, std::optional<CalendarSlot>, wxPoint)> menu)
    {
        menu_ = std::move(menu);
    }
    // Keys the grid leaves to its page; the page returns whether it used the key.
    void OnKey(std::function<bool(const wxKeyEvent&)> key) { key_ = std::move(key); }
    // The selection changed.
    void OnSelect(std::function<void()> select) { select_ = std::move(select); }

    bool AcceptsFocus() const override { return true; }

private:
    void Relayout();
    void OnPaint();
    void OnSize();
    void OnScroll(wxScrollWinEvent& event);
    void OnWheel(wxMouseEvent& event);
    void OnLeftDown(wxMouseEvent& event);
    void OnLeftUp(wxMouseEvent& event);
    void OnMotion(wxMouseEvent& event);
    void OnDoubleClick(wxMouseEvent& event);
    void OnRightDown(wxMouseEvent& event);
    void OnKeyDown(wxKeyEvent& event);
    void EndDrag(bool drop);
    void SetScroll(int y);
    int MaxScroll() const;
    // From client to grid coordinates (rows scrolled, titles not).
    wxPoint GridPoint(wxPoint client) const;
    void UpdateTooltip(wxPoint client);

    CalendarContent content_;
    CalendarLayout layout_;
    CalendarLook look_;
    int scroll_ = 0;
    std::optional<int> now_minute_;
    std::optional<std::int64_t> selected_;
    bool allow_moves_ = true;

    // A block pressed, and once the pointer moved far enough, being dragged.
    struct Drag {
        std::size_t index = 0; // of the appointment
        wxPoint pressed;       // client coordinates
        int grab_dy = 0;       // from the block's top to the pointer, in grid pixels
        bool moving = false;
        std::optional<CalendarSlot> landing;
    };
    std::optional<Drag> drag_;
    std::optional<std::size_t> tooltip_for_;
    wxTimer edge_scroll_; // while a drag is held near the top or bottom edge

    std::function<void(const Appointment&)> open_;
    std::function<void(const CalendarColumn&, TimeOfDay)> book_;
    std::function<void(const Appointment&, const CalendarColumn&, TimeOfDay)> move_;
    std::function<void(const Appointment*, std::optional<CalendarSlot>, wxPoint)> menu_;
    std::function<bool(const wxKeyEvent&)> key_;
    std::function<void()> select_;
};

} // namespace fc::ui
