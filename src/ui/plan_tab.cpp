#include "ui/plan_tab.h"

namespace fc::ui {

PlanTab::PlanTab(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("plan_tab");
}

wxString PlanTab::Title() const
{
    return _("Plan");
}

void PlanTab::ShowRecord(const RecordView&) {}

} // namespace fc::ui
