#include "ui/home_log_tab.h"

namespace fc::ui {

HomeLogTab::HomeLogTab(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("home_log_tab");
}

wxString HomeLogTab::Title() const
{
    return _("Home log");
}

void HomeLogTab::ShowRecord(const RecordView&) {}

} // namespace fc::ui
