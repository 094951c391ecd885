#include "ui/overview_tab.h"

namespace fc::ui {

OverviewTab::OverviewTab(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("overview_tab");
}

wxString OverviewTab::Title() const
{
    return _("Overview");
}

void OverviewTab::ShowRecord(const RecordView&) {}

} // namespace fc::ui
