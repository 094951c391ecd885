#include "ui/list_columns.h"

#include <wx/dataview.h>

#include <algorithm>

namespace fc::ui {

void AddSizedColumn(wxDataViewListCtrl* list, const wxString& title, std::initializer_list<wxString> samples, bool last)
{
    const wxFont header = list->GetFont().Bold(); // headers may be drawn in bold
    int width = 0;
    list->GetTextExtent(title, &width, nullptr, nullptr, nullptr, &header);
    for (const auto& s : samples)
        width = std::max(width, list->GetTextExtent(s).x);
    width += list->FromDIP(24);
    // GTK gives the last column whatever width is left; text too long for it ends in "...".
    auto* column = list->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, last ? list->FromDIP(80) : width, wxALIGN_LEFT,
                                          wxDATAVIEW_COL_RESIZABLE);
    column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
}

wxString MeasureCell(const std::optional<int>& value, const char* unit)
{
    return value ? wxString::Format("%d%s", *value, unit) : wxString(L"\u2014");
}

void ShowListRows(wxDataViewListCtrl* list, const std::vector<ListRow>& rows)
{
    list->DeleteAllItems();
    for (const auto& row : rows) {
        wxVector<wxVariant> values;
        for (const auto& cell : row)
            values.push_back(cell);
        list->AppendItem(values);
    }
}

} // namespace fc::ui
