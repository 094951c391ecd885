#include "ui/flag_text.h"

#include "ui/wx_text.h"

#include <wx/datetime.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace fc::ui {

wxString SeverityLabel(RedFlagSeverity severity)
{
    return severity == RedFlagSeverity::Urgent ? _("Urgent") : _("For review");
}

wxString FlagLines(const std::vector<RedFlag>& flags)
{
    wxString lines;
    for (const auto& f : flags) {
        if (!lines.empty())
            lines += "\n";
        lines += L"\u2022 " + to_wx(f.message) + " (" +
                 SeverityLabel(f.severity).Lower() + ")";
    }
    return lines;
}

void TellFlagsRaised(wxWindow* parent, const wxString& headline, const std::vector<RedFlag>& flags)
{
    if (flags.empty())
        return;
    wxMessageDialog told(parent, headline, _("Red flags raised"), wxOK | wxICON_WARNING);
    told.SetExtendedMessage(FlagLines(flags) + "\n\n" +
                            _("They stay in the red-flag queue until a clinician acknowledges them."));
    told.ShowModal();
}

wxString LocalTime(std::string_view utc_instant)
{
    wxDateTime at;
    const wxString text = to_wx(utc_instant);
    if (!text.EndsWith("Z") || !at.ParseISOCombined(text.Left(text.size() - 1)))
        return text;
    return at.FromTimezone(wxDateTime::UTC).Format("%Y-%m-%d %H:%M");
}

} // namespace fc::ui
