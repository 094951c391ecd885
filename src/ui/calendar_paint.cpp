#include "ui/calendar_paint.h"

#include <wx/brush.h>
#include <wx/dc.h>
#include <wx/pen.h>
#include <wx/settings.h>
#include <wx/window.h>

#include <algorithm>
#include <array>

namespace fc::ui {

namespace {

constexpr int text_pad = 6; // from a block's left edge (its type stripe) to its text

// `a` with `share` (0..1) of `b` mixed in.
wxColour Mix(const wxColour& a, const wxColour& b, double share)
{
    auto channel = [share](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share + 0.5);
    };
    return wxColour(channel(a.Red(), b.Red()), channel(a.Green(), b.Green()), channel(a.Blue(), b.Blue()));
}

wxString HourLabel(int minute)
{
    return wxString::Format("%02d:00", minute / 60);
}

// The colours of one block, by type and status.
struct BlockColours {
    wxColour fill, stripe, border, text;
    bool hatched = false;
    bool dashed = false;
};

BlockColours ColoursOf(const Appointment& a, const CalendarLook& look)
{
    const wxColour type = TypeColour(a.type, look.dark);
    BlockColours c;
    c.stripe = type;
    c.fill = Mix(type, look.background, look.dark ? 0.62 : 0.80);
    c.border = Mix(type, look.background, 0.35);
    c.text = look.text;
    switch (a.status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Attended:
        break;
    case AppointmentStatus::Cancelled: // still there to see, but plainly not happening
        c.fill = Mix(type, look.background, 0.94);
        c.stripe = Mix(type, look.background, 0.6);
        c.border = look.grey;
        c.text = look.grey;
        c.dashed = true;
        break;
    case AppointmentStatus::DidNotAttend:
        c.fill = Mix(look.grey, look.background, 0.82);
        c.stripe = Mix(type, look.grey, 0.5);
        c.border = look.grey;
        c.text = Mix(look.text, look.grey, 0.5);
        c.hatched = true;
        break;
    }
    return c;
}

void DrawTick(wxDC& dc, const wxRect& r, const wxColour& colour, int unit)
{
    dc.SetPen(wxPen(colour, std::max(2, unit / 4)));
    const int x = r.GetRight() - unit - 3;
    const int y = r.y + 3;
    const wxPoint points[] = {{x, y + unit / 2}, {x + unit / 3, y + unit - 1}, {x + unit, y}};
    dc.DrawLines(3, points);
}

void DrawCross(wxDC& dc, const wxRect& r, const wxColour& colour, int unit)
{
    dc.SetPen(wxPen(colour, std::max(2, unit / 4)));
    const int x = r.GetRight() - unit - 3;
    const int y = r.y + 3;
    dc.DrawLine(x, y, x + unit, y + unit);
    dc.DrawLine(x, y + unit, x + unit, y);
}

class Painter {
public:
    Painter(wxDC& dc, const CalendarLook& look, const CalendarPicture& picture, int scroll_y, wxSize size)
        : dc_(dc), look_(look), p_(picture), layout_(*picture.layout), scroll_(scroll_y), size_(size),
          header_(layout_.metrics().header_height)
    {
    }

    void Paint()
    {
        dc_.SetBackground(wxBrush(look_.background));
        dc_.Clear();
        {
            // The rows scroll under the titles.
            wxDCClipper clip(dc_, wxRect(0, header_, size_.x, std::max(size_.y - header_, 0)));
            Shading();
            Lines();
            HourLabels();
            Blocks();
            Landing();
            Now();
        }
        Titles();
    }

private:
    int Y(int y) const { return y - scroll_; }
    bool Visible(int top, int bottom) const { return Y(bottom) >= header_ && Y(top) < size_.y; }
    wxRect Rect(const GridBox& b) const { return wxRect(b.x, Y(b.y), b.width, b.height); }
    bool IsToday(std::size_t column) const { return layout_.columns()[column].date == p_.today; }

    void Shading()
    {
        dc_.SetPen(*wxTRANSPARENT_PEN);
        const auto& hours = layout_.hours();
        for (std::size_t c = 0; c < layout_.columns().size(); ++c) {
            const auto& column = layout_.columns()[c];
            const GridBox body = layout_.column_box(c);
            if (IsToday(c)) {
                dc_.SetBrush(wxBrush(Mix(look_.background, look_.accent, look_.dark ? 0.10 : 0.05)));
                dc_.DrawRectangle(Rect(body));
            }
            dc_.SetBrush(wxBrush(look_.closed));
            if (!column.hours) {
                dc_.DrawRectangle(Rect(body));
                continue;
            }
            const int opens = std::clamp(column.hours->opens.minutes, hours.first, hours.last);
            const int closes = std::clamp(column.hours->closes.minutes, hours.first, hours.last);
            if (opens > hours.first)
                dc_.DrawRectangle(body.x, Y(body.y), body.width, layout_.y_of(opens) - body.y);
            if (closes < hours.last)
                dc_.DrawRectangle(body.x, Y(layout_.y_of(closes)), body.width, body.bottom() - layout_.y_of(closes));
        }
    }

    void Lines()
    {
        const auto& hours = layout_.hours();
        const int left = layout_.metrics().gutter_width;
        const int right = layout_.width();
        const wxPen hour_pen(look_.hour_line);
        const wxPen slot_pen(look_.slot_line);
        for (int m = hours.first; m <= hours.last; m += calendar_slot_minutes) {
            const int y = Y(layout_.y_of(m));
            if (y < header_ - 1 || y >= size_.y)
                continue;
            const bool hour = m % 60 == 0;
            dc_.SetPen(hour ? hour_pen : slot_pen);
            dc_.DrawLine(hour ? left - 6 : left, y, right, y);
        }
        dc_.SetPen(hour_pen);
        const int top = Y(layout_.metrics().header_height);
        const int bottom = Y(layout_.y_of(hours.last));
        for (std::size_t c = 0; c <= layout_.columns().size(); ++c) {
            const int x = c < layout_.columns().size() ? layout_.column_box(c).x : layout_.width() - 1;
            dc_.DrawLine(x, top, x, bottom);
        }
    }

    void HourLabels()
    {
        dc_.SetFont(look_.small);
        dc_.SetTextForeground(look_.grey);
        const auto& hours = layout_.hours();
        const int gutter = layout_.metrics().gutter_width;
        for (int m = hours.first; m < hours.last; m += 60) {
            const int y = Y(layout_.y_of(m));
            if (y + look_.small_height < header_ || y >= size_.y)
                continue;
            const wxString label = HourLabel(m);
            const int w = dc_.GetTextExtent(label).x;
            dc_.DrawText(label, gutter - w - 8, y + 2);
        }
    }

    void Blocks()
    {
        const auto& appointments = *p_.appointments;
        const auto& texts = *p_.texts;
        const int unit = std::max(look_.small_height * 2 / 3, 6);
        for (const auto& placed : layout_.placed()) {
            if (!Visible(placed.box.y, placed.box.bottom()))
                continue;
            const auto& a = appointments[placed.index];
            const auto colours = ColoursOf(a, look_);
            const wxRect r = Rect(placed.box);
            dc_.SetPen(wxPen(colours.border, 1, colours.dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID));
            dc_.SetBrush(wxBrush(colours.fill));
            dc_.DrawRectangle(r);
            if (colours.hatched) {
                dc_.SetPen(*wxTRANSPARENT_PEN);
                dc_.SetBrush(wxBrush(Mix(look_.grey, look_.background, 0.45), wxBRUSHSTYLE_BDIAGONAL_HATCH));
                dc_.DrawRectangle(wxRect(r).Deflate(1));
            }
            dc_.SetPen(*wxTRANSPARENT_PEN);
            dc_.SetBrush(wxBrush(colours.stripe));
            dc_.DrawRectangle(r.x, r.y, std::min(3, r.width), r.height);

            if (placed.index < texts.size())
                BlockText(texts[placed.index], a, r, colours);
            // The mark goes after the time where there is room, else in the bottom corner, on a
            // patch of the block's own colour.
            const bool marked = a.status == AppointmentStatus::Attended || a.status == AppointmentStatus::DidNotAttend;
            if (marked && r.width > unit * 2 + 8 && r.height > unit + 4) {
                const bool beside = r.width >= text_pad + look_.range_width + unit + 8;
                const wxRect corner(r.x, beside ? r.y : r.GetBottom() - unit - 5, r.width, unit + 5);
                dc_.SetPen(*wxTRANSPARENT_PEN);
                dc_.SetBrush(wxBrush(colours.fill));
                dc_.DrawRectangle(corner.GetRight() - unit - 6, corner.y + 1, unit + 5, unit + 4);
                if (a.status == AppointmentStatus::Attended)
                    DrawTick(dc_, corner, Mix(TypeColour(a.type, look_.dark), look_.text, 0.45), unit);
                else
                    DrawCross(dc_, corner, look_.now, unit);
            }
            if (p_.selected && *p_.selected == a.id) {
                dc_.SetBrush(*wxTRANSPARENT_BRUSH);
                dc_.SetPen(wxPen(p_.focused ? look_.accent : look_.grey, 2));
                dc_.DrawRectangle(wxRect(r).Inflate(1));
            }
        }
    }

    void BlockText(const CalendarBlockText& t, const Appointment& a, const wxRect& r, const BlockColours& colours)
    {
        const int pad = text_pad;
        if (r.width < pad + look_.line_height || r.height < look_.small_height)
            return; // too small to say anything: the tooltip and the selection say it
        wxDCClipper clip(dc_, wxRect(r).Deflate(1));
        const bool cancelled = a.status == AppointmentStatus::Cancelled;
        dc_.SetTextForeground(colours.text);
        const int x = r.x + pad;
        int y = r.y + 1;
        const int lines = (r.height - 2) / look_.line_height;
        if (lines < 2) { // one line says when and who
            dc_.SetFont(cancelled ? look_.struck : look_.font);
            dc_.DrawText(t.start + " " + t.patient, x, y);
            return;
        }
        dc_.SetFont(cancelled ? look_.struck : look_.bold);
        // A narrow block says when it starts; its end is where the block ends.
        dc_.DrawText(r.width - pad >= look_.range_width ? t.time : t.start, x, y);
        y += look_.line_height;
        dc_.SetFont(cancelled ? look_.struck : look_.font);
        dc_.DrawText(t.patient, x, y);
        y += look_.line_height;
        dc_.SetFont(look_.small);
        for (const wxString* more : {&t.status, &t.detail}) {
            if (more->empty())
                continue;
            if (y + look_.small_height > r.GetBottom())
                break;
            dc_.SetTextForeground(more == &t.status ? look_.grey : colours.text);
            dc_.DrawText(*more, x, y);
            y += look_.small_height;
        }
    }

    void Landing()
    {
        if (!p_.landing)
            return;
        // See-through, so that what it would clash with shows under it.
        const wxColour& a = look_.accent;
        dc_.SetBrush(wxBrush(wxColour(a.Red(), a.Green(), a.Blue(), 56)));
        dc_.SetPen(wxPen(look_.accent, 2, wxPENSTYLE_SHORT_DASH));
        const wxRect r = Rect(*p_.landing);
        dc_.DrawRectangle(r);
        if (p_.landing_label.empty())
            return;
        dc_.SetFont(look_.bold);
        const wxSize text = dc_.GetTextExtent(p_.landing_label);
        const wxRect label(r.x + 2, r.y + 2, text.x + 2 * text_pad, text.y + 2);
        dc_.SetPen(*wxTRANSPARENT_PEN);
        dc_.SetBrush(wxBrush(look_.accent));
        dc_.DrawRectangle(label);
        dc_.SetTextForeground(look_.background);
        dc_.DrawText(p_.landing_label, label.x + text_pad, label.y + 1);
    }

    void Now()
    {
        if (!p_.now_minute)
            return;
        const auto& hours = layout_.hours();
        if (*p_.now_minute < hours.first || *p_.now_minute >= hours.last)
            return;
        const int y = Y(layout_.y_of(hours.first) +
                        (*p_.now_minute - hours.first) * layout_.metrics().slot_height / calendar_slot_minutes);
        dc_.SetPen(wxPen(look_.now, 2));
        dc_.SetBrush(wxBrush(look_.now));
        for (std::size_t c = 0; c < layout_.columns().size(); ++c) {
            if (!IsToday(c))
                continue;
            const GridBox body = layout_.column_box(c);
            dc_.DrawLine(body.x, y, body.right(), y);
            dc_.DrawCircle(body.x + 1, y, 4);
        }
    }

    void Titles()
    {
        const int gutter = layout_.metrics().gutter_width;
        dc_.SetPen(*wxTRANSPARENT_PEN);
        dc_.SetBrush(wxBrush(look_.background));
        dc_.DrawRectangle(0, 0, size_.x, header_);
        const bool all_today = std::all_of(layout_.columns().begin(), layout_.columns().end(),
                                           [this](const CalendarColumn& c) { return c.date == p_.today; });
        for (std::size_t c = 0; c < layout_.columns().size(); ++c) {
            const GridBox box = layout_.title_box(c);
            const bool today = IsToday(c);
            wxDCClipper clip(dc_, wxRect(box.x, box.y, box.width, box.height));
            if (today) {
                dc_.SetBrush(wxBrush(look_.accent));
                dc_.DrawRectangle(box.x + 1, box.bottom() - 3, box.width - 1, 3);
            }
            const wxString title = c < p_.titles.size() ? p_.titles[c] : wxString();
            dc_.SetFont(look_.bold);
            // Today's title stands out among the days of a week, not in a day of clinicians' columns.
            dc_.SetTextForeground(today && !all_today ? look_.accent : look_.text);
            const int w = dc_.GetTextExtent(title).x;
            dc_.DrawText(title, box.x + std::max((box.width - w) / 2, 4), box.y + 4);
            if (c < p_.subtitles.size() && !p_.subtitles[c].empty()) {
                dc_.SetFont(look_.small);
                dc_.SetTextForeground(look_.grey);
                const int sw = dc_.GetTextExtent(p_.subtitles[c]).x;
                dc_.DrawText(p_.subtitles[c], box.x + std::max((box.width - sw) / 2, 4), box.y + 4 + look_.line_height);
            }
        }
        dc_.SetPen(wxPen(look_.hour_line));
        dc_.DrawLine(gutter, header_ - 1, layout_.width(), header_ - 1);
        for (std::size_t c = 0; c < layout_.columns().size(); ++c) {
            const int x = layout_.title_box(c).x;
            dc_.DrawLine(x, 0, x, header_);
        }
    }

    wxDC& dc_;
    const CalendarLook& look_;
    const CalendarPicture& p_;
    const CalendarLayout& layout_;
    int scroll_;
    wxSize size_;
    int header_;
};

} // namespace

CalendarLook CalendarLook::Of(const wxWindow& window)
{
    CalendarLook look;
    look.font = window.GetFont();
    look.bold = look.font.Bold();
    look.small = look.font.Smaller();
    look.struck = look.font.Strikethrough();
    look.dark = wxSystemSettings::GetAppearance().IsDark();
    look.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    look.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    look.grey = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    look.closed = Mix(look.background, look.text, look.dark ? 0.10 : 0.06);
    look.hour_line = Mix(look.background, look.text, 0.22);
    look.slot_line = Mix(look.background, look.text, 0.08);
    look.accent = look.dark ? wxColour(0x78, 0xAE, 0xED) : wxColour(0x1C, 0x71, 0xD8);
    look.now = look.dark ? wxColour(0xFF, 0x7B, 0x63) : wxColour(0xC0, 0x1C, 0x28);
    look.line_height = window.GetCharHeight();
    int width = 0;
    window.GetTextExtent("09:00", &width, &look.small_height, nullptr, nullptr, &look.small);
    window.GetTextExtent(wxString::FromUTF8("00:00\xe2\x80\x93" "00:00"), &look.range_width, nullptr, nullptr, nullptr,
                         &look.bold);
    return look;
}

CalendarMetrics CalendarLook::Metrics() const
{
    CalendarMetrics m;
    m.slot_height = std::max(line_height + 3, 14);
    m.header_height = line_height + small_height + 12;
    m.gutter_width = std::max(small_height * 4, 44);
    m.column_gap = std::max(line_height / 2, 6);
    return m;
}

wxColour TypeColour(AppointmentType type, bool dark)
{
    switch (type) {
    case AppointmentType::Initial:
        return dark ? wxColour(0x62, 0xA0, 0xEA) : wxColour(0x35, 0x84, 0xE4);
    case AppointmentType::FollowUp:
        return dark ? wxColour(0x57, 0xE3, 0x89) : wxColour(0x2E, 0xC2, 0x7E);
    case AppointmentType::Review:
        return dark ? wxColour(0xF8, 0xB6, 0x4C) : wxColour(0xE6, 0x61, 0x00);
    case AppointmentType::Discharge:
        return dark ? wxColour(0xC0, 0x61, 0xCB) : wxColour(0x91, 0x41, 0xAC);
    }
    return dark ? wxColour(0x9A, 0x99, 0x96) : wxColour(0x77, 0x76, 0x7B);
}

void PaintCalendar(wxDC& dc, const CalendarLook& look, const CalendarPicture& picture, int scroll_y, wxSize size)
{
    if (!picture.layout || !picture.appointments || !picture.texts)
        return;
    Painter(dc, look, picture, scroll_y, size).Paint();
}

} // namespace fc::ui
