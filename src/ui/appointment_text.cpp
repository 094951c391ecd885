#include "ui/appointment_text.h"

#include "ui/wx_text.h"

#include <wx/datetime.h>
#include <wx/intl.h>

#include <algorithm>

namespace fc::ui {

wxDateTime ToWxDate(const Date& d)
{
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(d.day()), static_cast<wxDateTime::Month>(d.month() - 1),
                      static_cast<int>(d.year()));
}

std::optional<Date> FromWxDate(const wxDateTime& d)
{
    // A date picker holds any year while one is typed ("12/08/2" is the year 2): no Date then.
    if (!d.IsValid() || d.GetYear() < 1400 || d.GetYear() > 9999)
        return std::nullopt;
    return Date(static_cast<unsigned short>(d.GetYear()), static_cast<unsigned short>(d.GetMonth() + 1),
                static_cast<unsigned short>(d.GetDay()));
}

wxString WeekdayName(Weekday d)
{
    // wxDateTime counts from Sunday, the core from Monday.
    const auto wx_day = static_cast<wxDateTime::WeekDay>((static_cast<int>(d) + 1) % 7);
    return wxDateTime::GetWeekDayName(wx_day, wxDateTime::Name_Abbr);
}

wxString ShortDay(const Date& date, const Date& today)
{
    const auto wx = ToWxDate(date);
    wxString text = wxDateTime::GetWeekDayName(wx.GetWeekDay(), wxDateTime::Name_Abbr) +
                    wxString::Format(" %02d ", static_cast<int>(date.day())) +
                    wxDateTime::GetMonthName(wx.GetMonth(), wxDateTime::Name_Abbr);
    if (date.year() != today.year())
        text << " " << static_cast<int>(date.year());
    return text;
}

wxString ShortWhen(const Date& date, TimeOfDay start, const Date& today)
{
    return ShortDay(date, today) + " " + to_wx(to_iso(start));
}

wxString TimeSpan(const Appointment& a)
{
    const int end = std::min(a.end_minutes(), 24 * 60 - 1);
    return to_wx(to_iso(a.start)) + "-" + to_wx(to_iso(TimeOfDay{end}));
}

wxString AppointmentWhen(const Appointment& a)
{
    return WeekdayName(weekday_of(a.date)) + " " + to_wx(to_iso(a.date)) + " " + TimeSpan(a);
}

wxString StatusText(const Appointment& a)
{
    wxString text = wxGetTranslation(to_wx(label(a.status)));
    if (!a.reason.empty())
        text << ": " << to_wx(a.reason);
    return text;
}

wxString DaysText(const std::set<Weekday>& days)
{
    wxString text;
    std::size_t i = 0;
    for (const auto d : days) {
        if (i > 0)
            text << (i + 1 == days.size() ? wxString(" ") + _("and") + " " : wxString(", "));
        text << WeekdayName(d);
        ++i;
    }
    return text;
}

wxString BookingSummary(const std::vector<Date>& dates, const std::optional<std::set<Weekday>>& days)
{
    if (dates.empty())
        return _("Nothing to book: no date falls on the chosen days.");
    if (dates.size() == 1 && !days)
        return wxString::Format(_("1 appointment, %s %s"), WeekdayName(weekday_of(dates.front())),
                                to_wx(to_iso(dates.front())));
    wxString text = wxString::Format(wxPLURAL("%zu appointment", "%zu appointments", dates.size()), dates.size());
    if (days && !days->empty())
        text << ", " << DaysText(*days);
    text << ", " << to_wx(to_iso(dates.front()));
    if (dates.size() > 1)
        text << " " << _("to") << " " << to_wx(to_iso(dates.back()));
    return text;
}

} // namespace fc::ui
