#pragma once
// The Plan tab of a patient's record.
#include "ui/record_tab.h"

#include <wx/panel.h>

namespace fc::ui {

class PlanTab : public wxPanel, public RecordTab {
public:
    explicit PlanTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;
};

} // namespace fc::ui
