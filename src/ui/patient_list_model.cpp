#include "ui/patient_list_model.h"

#include "ui/appointment_text.h"
#include "ui/flag_marker.h"
#include "ui/wx_text.h"

#include <wx/artprov.h>
#include <wx/settings.h>

namespace fc::ui {

PatientListModel::PatientListModel(const wxSize& marker_size)
    : today_(boost::gregorian::day_clock::local_day()),
      // No taller than a line of text: every row of the list has the height of the first.
      precaution_marker_(wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_LIST, marker_size)),
      urgent_marker_(FlagMarker(marker_size, true)), review_marker_(FlagMarker(marker_size, false))
{
}

void PatientListModel::Show(std::vector<PatientListEntry> rows, const Date& today)
{
    rows_ = std::move(rows);
    today_ = today;
    Reset(static_cast<unsigned>(rows_.size()));
}

std::optional<unsigned> PatientListModel::RowOf(std::int64_t patient_id) const
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == patient_id)
            return static_cast<unsigned>(i);
    return std::nullopt;
}

wxString PatientListModel::GetColumnType(unsigned column) const
{
    return column == MARKER || column == FLAGS ? wxString("wxBitmapBundle") : wxString("string");
}

wxString ListName(const PatientListEntry& e)
{
    Patient p; // the record's own rule for the name
    p.family_name = e.family_name;
    p.given_name = e.given_name;
    p.preferred_name = e.preferred_name;
    auto name = to_wx(p.display_name());
    if (e.archived)
        name << L" \u2014 " << _("archived");
    return name;
}

void PatientListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    if (row >= rows_.size()) {
        if (column == MARKER || column == FLAGS)
            value << wxBitmapBundle();
        else
            value = wxString();
        return;
    }
    const auto& e = rows_[row];
    switch (column) {
    case MARKER:
        value << (e.open_precautions > 0 ? precaution_marker_ : wxBitmapBundle());
        break;
    case FLAGS:
        value << (e.urgent_flags > 0 ? urgent_marker_ : e.open_flags > 0 ? review_marker_ : wxBitmapBundle());
        break;
    case NAME:
        value = ListName(e);
        break;
    case BORN:
        value = to_wx(to_iso(e.dob));
        break;
    case AGE:
        value = wxString::Format("%d", age_on(e.dob, today_));
        break;
    case MRN:
        value = to_wx(e.mrn);
        break;
    case NEXT_APPOINTMENT:
        value = e.next_appointment
                    ? ShortWhen(*e.next_appointment, e.next_appointment_time.value_or(TimeOfDay{}), today_)
                    : wxString();
        break;
    default:
        value = wxString();
        break;
    }
}

bool PatientListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const
{
    if (row >= rows_.size() || !rows_[row].archived)
        return false;
    attr.SetItalic(true);
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return true;
}

} // namespace fc::ui
