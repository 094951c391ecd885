#include "ui/sessions_tab.h"

namespace fc::ui {

SessionsTab::SessionsTab(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("sessions_tab");
}

wxString SessionsTab::Title() const
{
    return _("Sessions");
}

void SessionsTab::ShowRecord(const RecordView&) {}

} // namespace fc::ui
