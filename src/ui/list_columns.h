#pragma once
// Columns of the record's lists, given widths from the font so that no header or value is
// clipped; and rows filled from text.
#include <wx/string.h>

#include <initializer_list>
#include <optional>
#include <vector>

class wxDataViewListCtrl;

namespace fc::ui {

// Appends a text column as wide as the widest of `title` and `samples`; the `last` column takes
// whatever width is left (text too long for it ends in "...").
void AddSizedColumn(wxDataViewListCtrl* list, const wxString& title, std::initializer_list<wxString> samples,
                    bool last = false);

// A measure in a list cell: "16 mm", or a dash when it was not taken.
wxString MeasureCell(const std::optional<int>& value, const char* unit = "");

using ListRow = std::vector<wxString>;
// Replaces the list's rows.
void ShowListRows(wxDataViewListCtrl* list, const std::vector<ListRow>& rows);

} // namespace fc::ui
