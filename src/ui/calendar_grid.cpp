#include "ui/calendar_grid.h"

#include <wx/dcclient.h>
#include <wx/event.h>
#include <wx/settings.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdlib>

namespace fc::ui {

namespace {

constexpr int edge_scroll_ms = 60;

wxString Tooltip(const Appointment& a, const CalendarBlockText& t)
{
    wxString text = t.time + "  " + wxString::FromUTF8(std::string(label(a.type))) + "\n" + t.patient;
    if (!a.room.empty())
        text += "\n" + wxString::FromUTF8(a.room);
    if (!t.status.empty())
        text += "\n" + t.status + (a.reason.empty() ? wxString() : ": " + wxString::FromUTF8(a.reason));
    if (!a.note.empty())
        text += "\n" + wxString::FromUTF8(a.note);
    if (a.series_id)
        text += "\n" + _("Part of a repeating booking");
    return text;
}

} // namespace

CalendarGrid::CalendarGrid(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
               wxWANTS_CHARS | wxVSCROLL | wxALWAYS_SHOW_SB | wxFULL_REPAINT_ON_RESIZE | wxBORDER_THEME,
               "calendar_grid"),
      edge_scroll_(this)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    look_ = CalendarLook::Of(*this);
    SetMinSize(FromDIP(wxSize(400, 240)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        OnSize();
    });
    for (const auto type : {wxEVT_SCROLLWIN_TOP, wxEVT_SCROLLWIN_BOTTOM, wxEVT_SCROLLWIN_LINEUP,
                            wxEVT_SCROLLWIN_LINEDOWN, wxEVT_SCROLLWIN_PAGEUP, wxEVT_SCROLLWIN_PAGEDOWN,
                            wxEVT_SCROLLWIN_THUMBTRACK, wxEVT_SCROLLWIN_THUMBRELEASE})
        Bind(type, &CalendarGrid::OnScroll, this);
    Bind(wxEVT_MOUSEWHEEL, &CalendarGrid::OnWheel, this);
    Bind(wxEVT_LEFT_DOWN, &CalendarGrid::OnLeftDown, this);
    Bind(wxEVT_LEFT_UP, &CalendarGrid::OnLeftUp, this);
    Bind(wxEVT_MOTION, &CalendarGrid::OnMotion, this);
    Bind(wxEVT_LEFT_DCLICK, &CalendarGrid::OnDoubleClick, this);
    Bind(wxEVT_RIGHT_DOWN, &CalendarGrid::OnRightDown, this);
    Bind(wxEVT_KEY_DOWN, &CalendarGrid::OnKeyDown, this);
    Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent& event) {
        // From the keyboard (the menu key, Shift+F10): the selection's menu, at its block.
        if (event.GetPosition() != wxDefaultPosition || !menu_)
            return;
        if (const auto* a = Selected())
            menu_(a, std::nullopt, BoxOf(a->id).GetTopLeft() + wxPoint(4, 4));
    });
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
        edge_scroll_.Stop();
        drag_.reset();
        Refresh();
    });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        Refresh();
    });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        Refresh();
    });
    const auto restyle = [this](wxEvent& event) {
        event.Skip();
        look_ = CalendarLook::Of(*this);
        Relayout();
    };
    Bind(wxEVT_SYS_COLOUR_CHANGED, restyle);
    Bind(wxEVT_DPI_CHANGED, restyle);
    edge_scroll_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (!drag_ || !drag_->moving) {
            edge_scroll_.Stop();
            return;
        }
        const wxPoint at = ScreenToClient(wxGetMousePosition());
        const int step = layout_.metrics().slot_height;
        const int header = layout_.metrics().header_height;
        if (at.y < header + step)
            SetScroll(scroll_ - step);
        else if (at.y > GetClientSize().y - step)
            SetScroll(scroll_ + step);
        else
            edge_scroll_.Stop();
        const wxPoint g = GridPoint(at);
        drag_->landing = layout_.drop_slot(g.x, g.y - drag_->grab_dy, content_.appointments[drag_->index].duration_min);
        Refresh();
    });
}

void CalendarGrid::ShowContent(CalendarContent content)
{
    if (drag_) {
        if (HasCapture())
            ReleaseMouse();
        drag_.reset();
    }
    content_ = std::move(content);
    tooltip_for_.reset();
    UnsetToolTip();
    const bool still_there =
        selected_ && std::any_of(content_.appointments.begin(), content_.appointments.end(),
                                 [this](const Appointment& a) { return a.id == *selected_; });
    if (!still_there)
        selected_.reset();
    Relayout();
}

void CalendarGrid::SetNow(std::optional<int> minute)
{
    if (now_minute_ == minute)
        return;
    now_minute_ = minute;
    Refresh();
}

void CalendarGrid::Relayout()
{
    const auto hours = shown_hours(content_.columns, content_.appointments);
    layout_ = CalendarLayout(content_.columns, content_.appointments, hours, look_.Metrics(), GetClientSize().x);
    SetScroll(scroll_); // kept within the new height, and the scroll bar told
    Refresh();
}

void CalendarGrid::OnSize()
{
    if (GetClientSize().x != layout_.width())
        Relayout();
    else
        SetScroll(scroll_);
}

int CalendarGrid::MaxScroll() const
{
    return std::max(layout_.height() - GetClientSize().y, 0);
}

void CalendarGrid::SetScroll(int y)
{
    scroll_ = std::clamp(y, 0, MaxScroll());
    const int header = layout_.metrics().header_height;
    const int page = std::max(GetClientSize().y - header, 1);
    SetScrollbar(wxVERTICAL, scroll_, page, std::max(layout_.height() - header, page));
    Refresh();
}

void CalendarGrid::ScrollToMinute(int minute)
{
    SetScroll(layout_.y_of(minute) - layout_.metrics().header_height);
}

void CalendarGrid::ScrollToSelection()
{
    const auto* a = Selected();
    if (!a)
        return;
    for (const auto& p : layout_.placed()) {
        if (content_.appointments[p.index].id != a->id)
            continue;
        const int header = layout_.metrics().header_height;
        const int visible = GetClientSize().y - header;
        const int top = p.box.y - header; // the scroll that puts the block just under the titles
        if (p.box.y - scroll_ < header)
            SetScroll(top - layout_.metrics().slot_height);
        else if (p.box.bottom() - scroll_ > GetClientSize().y)
            SetScroll(std::min(top - layout_.metrics().slot_height, p.box.bottom() - header - visible +
                                                                         layout_.metrics().slot_height));
        return;
    }
}

void CalendarGrid::OnScroll(wxScrollWinEvent& event)
{
    const auto type = event.GetEventType();
    const int line = layout_.metrics().slot_height;
    const int page = GetClientSize().y - layout_.metrics().header_height - line;
    if (type == wxEVT_SCROLLWIN_TOP)
        SetScroll(0);
    else if (type == wxEVT_SCROLLWIN_BOTTOM)
        SetScroll(MaxScroll());
    else if (type == wxEVT_SCROLLWIN_LINEUP)
        SetScroll(scroll_ - line);
    else if (type == wxEVT_SCROLLWIN_LINEDOWN)
        SetScroll(scroll_ + line);
    else if (type == wxEVT_SCROLLWIN_PAGEUP)
        SetScroll(scroll_ - page);
    else if (type == wxEVT_SCROLLWIN_PAGEDOWN)
        SetScroll(scroll_ + page);
    else
        SetScroll(event.GetPosition());
}

void CalendarGrid::OnWheel(wxMouseEvent& event)
{
    if (event.GetWheelAxis() != wxMOUSE_WHEEL_VERTICAL) {
        event.Skip();
        return;
    }
    const int rows = std::max(event.GetLinesPerAction(), 1);
    const int delta = event.GetWheelDelta() ? event.GetWheelRotation() * rows / event.GetWheelDelta() : 0;
    SetScroll(scroll_ - delta * layout_.metrics().slot_height);
}

wxPoint CalendarGrid::GridPoint(wxPoint client) const
{
    return client.y < layout_.metrics().header_height ? client : wxPoint(client.x, client.y + scroll_);
}

const Appointment* CalendarGrid::AppointmentAt(wxPoint point) const
{
    if (point.y < layout_.metrics().header_height)
        return nullptr;
    const wxPoint g = GridPoint(point);
    const auto* p = layout_.appointment_at(g.x, g.y);
    return p ? &content_.appointments[p->index] : nullptr;
}

std::optional<CalendarSlot> CalendarGrid::SlotAt(wxPoint point) const
{
    if (point.y < layout_.metrics().header_height)
        return std::nullopt;
    const wxPoint g = GridPoint(point);
    return layout_.slot_at(g.x, g.y);
}

wxRect CalendarGrid::BoxOf(std::int64_t appointment_id) const
{
    for (const auto& p : layout_.placed())
        if (content_.appointments[p.index].id == appointment_id)
            return wxRect(p.box.x, p.box.y - scroll_, p.box.width, p.box.height);
    return wxRect();
}

wxRect CalendarGrid::BoxOf(const CalendarSlot& slot) const
{
    const GridBox b = layout_.slot_box(slot);
    return wxRect(b.x, b.y - scroll_, b.width, b.height);
}

const Appointment* CalendarGrid::Selected() const
{
    if (!selected_)
        return nullptr;
    for (const auto& a : content_.appointments)
        if (a.id == *selected_)
            return &a;
    return nullptr;
}

void CalendarGrid::Select(std::optional<std::int64_t> appointment_id)
{
    if (selected_ == appointment_id)
        return;
    selected_ = appointment_id;
    if (!Selected())
        selected_.reset();
    Refresh();
    if (select_)
        select_();
}

void CalendarGrid::SelectNext(int step)
{
    const auto& placed = layout_.placed();
    if (placed.empty())
        return;
    std::optional<std::size_t> at;
    for (std::size_t k = 0; k < placed.size(); ++k)
        if (selected_ && content_.appointments[placed[k].index].id == *selected_)
            at = k;
    std::size_t next = 0;
    if (!at)
        next = step > 0 ? 0 : placed.size() - 1;
    else
        next = static_cast<std::size_t>(
            std::clamp(static_cast<long>(*at) + step, 0L, static_cast<long>(placed.size()) - 1));
    Select(content_.appointments[placed[next].index].id);
    ScrollToSelection();
}

void CalendarGrid::OnPaint()
{
    wxPaintDC dc(this);
    CalendarPicture picture;
    picture.layout = &layout_;
    picture.appointments = &content_.appointments;
    picture.texts = &content_.texts;
    picture.titles = content_.titles;
    picture.subtitles = content_.subtitles;
    picture.today = content_.today;
    picture.now_minute = now_minute_;
    picture.selected = selected_;
    picture.focused = HasFocus();
    if (drag_ && drag_->moving && drag_->landing) {
        const auto& a = content_.appointments[drag_->index];
        const GridBox slot = layout_.slot_box(*drag_->landing);
        const int bottom = layout_.y_of(std::min(drag_->landing->minute + a.duration_min, layout_.hours().last));
        picture.landing = GridBox{slot.x + 1, slot.y + 1, slot.width - layout_.metrics().column_gap,
                                  std::max(bottom - slot.y - 1, slot.height / 2)};
        const auto hhmm = [](int minute) { return wxString::Format("%02d:%02d", minute / 60, minute % 60); };
        const int start = drag_->landing->minute;
        picture.landing_label = hhmm(start) + wxString::FromUTF8("\xe2\x80\x93") +
                                hhmm(std::min(start + a.duration_min, 24 * 60 - 1));
    }
    PaintCalendar(dc, look_, picture, scroll_, GetClientSize());
}

void CalendarGrid::OnLeftDown(wxMouseEvent& event)
{
    SetFocus();
    const auto* a = AppointmentAt(event.GetPosition());
    if (!a) {
        Select(std::nullopt);
        return;
    }
    Select(a->id);
    const std::size_t index = static_cast<std::size_t>(a - content_.appointments.data());
    const auto* placed = layout_.placement(index);
    if (!placed || !allow_moves_ || !a->can_be_changed())
        return;
    const wxPoint g = GridPoint(event.GetPosition());
    drag_ = Drag{index, event.GetPosition(), g.y - placed->box.y, false, std::nullopt};
    if (!HasCapture())
        CaptureMouse();
}

void CalendarGrid::OnMotion(wxMouseEvent& event)
{
    if (!drag_) {
        UpdateTooltip(event.GetPosition());
        event.Skip();
        return;
    }
    const wxPoint moved = event.GetPosition() - drag_->pressed;
    const int threshold = std::max(wxSystemSettings::GetMetric(wxSYS_DRAG_X, this), 3);
    if (!drag_->moving && std::abs(moved.x) < threshold && std::abs(moved.y) < threshold)
        return;
    if (!drag_->moving) {
        drag_->moving = true;
        UnsetToolTip();
        tooltip_for_.reset();
    }
    const wxPoint g = GridPoint(event.GetPosition());
    drag_->landing = layout_.drop_slot(g.x, g.y - drag_->grab_dy, content_.appointments[drag_->index].duration_min);
    const int step = layout_.metrics().slot_height;
    if ((event.GetPosition().y < layout_.metrics().header_height + step ||
         event.GetPosition().y > GetClientSize().y - step) &&
        !edge_scroll_.IsRunning())
        edge_scroll_.Start(edge_scroll_ms);
    Refresh();
}

void CalendarGrid::OnLeftUp(wxMouseEvent& event)
{
    event.Skip();
    if (drag_)
        EndDrag(drag_->moving);
}

void CalendarGrid::EndDrag(bool drop)
{
    edge_scroll_.Stop();
    if (HasCapture())
        ReleaseMouse();
    const auto drag = std::exchange(drag_, std::nullopt);
    Refresh();
    if (!drop || !drag || !drag->landing || !move_)
        return;
    const Appointment a = content_.appointments[drag->index]; // copies: the page shows new content
    const auto* placed = layout_.placement(drag->index);
    if (placed && placed->column == drag->landing->column && a.start.minutes == drag->landing->minute)
        return; // back where it was
    const CalendarColumn column = layout_.columns()[drag->landing->column];
    move_(a, column, TimeOfDay{drag->landing->minute});
}

void CalendarGrid::OnDoubleClick(wxMouseEvent& event)
{
    if (drag_)
        EndDrag(false);
    if (const auto* a = AppointmentAt(event.GetPosition())) {
        const Appointment copy = *a;
        Select(copy.id);
        if (open_)
            open_(copy);
        return;
    }
    if (const auto slot = SlotAt(event.GetPosition()); slot && book_) {
        const CalendarColumn column = layout_.columns()[slot->column];
        book_(column, TimeOfDay{slot->minute});
    }
}

void CalendarGrid::OnRightDown(wxMouseEvent& event)
{
    SetFocus();
    if (drag_)
        EndDrag(false);
    const auto* a = AppointmentAt(event.GetPosition());
    if (a)
        Select(a->id);
    const auto slot = SlotAt(event.GetPosition());
    if (!menu_ || (!a && !slot))
        return;
    if (a) {
        const Appointment copy = *a;
        menu_(&copy, slot, event.GetPosition());
    } else {
        menu_(nullptr, slot, event.GetPosition());
    }
}

void CalendarGrid::OnKeyDown(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    const bool plain = event.GetModifiers() == wxMOD_NONE;
    if (drag_ && key == WXK_ESCAPE) {
        EndDrag(false);
        return;
    }
    if (key == WXK_TAB) { // the grid wants arrows and Enter, not Tab
        Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
        return;
    }
    if (plain && (key == WXK_UP || key == WXK_NUMPAD_UP)) {
        SelectNext(-1);
        return;
    }
    if (plain && (key == WXK_DOWN || key == WXK_NUMPAD_DOWN)) {
        SelectNext(1);
        return;
    }
    if (plain && (key == WXK_PAGEUP || key == WXK_PAGEDOWN)) {
        const int page = GetClientSize().y - layout_.metrics().header_height - layout_.metrics().slot_height;
        SetScroll(scroll_ + (key == WXK_PAGEUP ? -page : page));
        return;
    }
    if (plain && (key == WXK_RETURN || key == WXK_NUMPAD_ENTER)) {
        if (const auto* a = Selected(); a && open_) {
            const Appointment copy = *a;
            open_(copy);
        }
        return;
    }
    if (key_ && key_(event))
        return;
    event.Skip();
}

void CalendarGrid::UpdateTooltip(wxPoint client)
{
    const auto* a = AppointmentAt(client);
    const std::optional<std::size_t> index =
        a ? std::optional(static_cast<std::size_t>(a - content_.appointments.data())) : std::nullopt;
    if (index == tooltip_for_)
        return;
    tooltip_for_ = index;
    if (index && *index < content_.texts.size())
        SetToolTip(Tooltip(*a, content_.texts[*index]));
    else
        UnsetToolTip();
}

} // namespace fc::ui
