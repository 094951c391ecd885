#pragma once
// The Overview tab of a patient's record.
#include "ui/record_tab.h"

#include <wx/panel.h>

namespace fc::ui {

class OverviewTab : public wxPanel, public RecordTab {
public:
    explicit OverviewTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;
};

} // namespace fc::ui
