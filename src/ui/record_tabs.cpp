// The tabs of a patient's record, in the order shown. A new tab is a panel file of its own
// implementing RecordTab, and one line here.
#include "ui/appointments_tab.h"
#include "ui/home_log_tab.h"
#include "ui/overview_tab.h"
#include "ui/patient_details_tab.h"
#include "ui/plan_tab.h"
#include "ui/record_tab.h"
#include "ui/sessions_tab.h"

namespace fc::ui {

const std::vector<RecordTabMaker>& RecordTabs()
{
    static const std::vector<RecordTabMaker> tabs = {
        [](wxWindow* notebook) -> RecordTab* { return new OverviewTab(notebook); },
        [](wxWindow* notebook) -> RecordTab* { return new PatientDetailsTab(notebook); },
        [](wxWindow* notebook) -> RecordTab* { return new PlanTab(notebook); },
        [](wxWindow* notebook) -> RecordTab* { return new SessionsTab(notebook); },
        [](wxWindow* notebook) -> RecordTab* { return new HomeLogTab(notebook); },
        [](wxWindow* notebook) -> RecordTab* { return new AppointmentsTab(notebook); },
    };
    return tabs;
}

} // namespace fc::ui
