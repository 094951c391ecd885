#pragma once
// The Home log tab of a patient's record.
#include "ui/record_tab.h"

#include <wx/panel.h>

namespace fc::ui {

class HomeLogTab : public wxPanel, public RecordTab {
public:
    explicit HomeLogTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;
};

} // namespace fc::ui
