#pragma once
// One tab of a patient's record: Details, Overview, Plan, Sessions, Home log (and later
// Appointments), each a panel in a file of its own that implements RecordTab and is listed once
// in record_tabs.cpp.
#include "core/date.h"
#include "core/patient_record.h"
#include "core/red_flag.h"
#include "services/actor.h"

#include <wx/string.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class wxWindow;

namespace fc {
class Clinic;
}

namespace fc::ui {

// What a tab is shown: the record as opened, the clinic's date, the names of clinicians, and the
// clinic it comes from with who is working, so that a tab can load its own part of the record
// (plans, notes, the home log) through the services and save changes to it.
struct RecordView {
    const PatientRecord& record;
    Date today;
    std::function<std::string(std::int64_t clinician_id)> clinician_name;
    // The clinic the record is from; never null while a record is shown.
    Clinic* clinic = nullptr;
    // Who is working; Actor::nobody() when no clinician was chosen (look, but change nothing).
    Actor actor;
    // A tab calls this after it saved a change that other parts of the window show (a signed
    // note raises flags the banner counts, a plan change moves the Overview): the record is read
    // again and every tab shown it anew.
    std::function<void()> changed;

    bool can_change() const { return clinic != nullptr && actor.clinician_id.has_value(); }
};

// A record within the patient's record that another view (the red-flag queue) asks to show: the
// kinds are those a red flag comes from.
struct RecordItem {
    RedFlagSource kind = RedFlagSource::Note;
    std::int64_t id = 0;
};

class RecordTab {
public:
    virtual ~RecordTab() = default;
    // The tab's page (owned by the notebook), and its title.
    virtual wxWindow* Page() = 0;
    virtual wxString Title() const = 0;
    // Shows `view`. Called when the tab is about to be seen (the record panel shows only the tab
    // that is selected, and the others when they are chosen), so a tab may load what it needs here.
    virtual void ShowRecord(const RecordView& view) = 0;
    // Selects `item` when this tab holds records of its kind, and says whether it did; the record
    // panel then brings this tab to the front.
    virtual bool ShowItem(const RecordItem& /*item*/) { return false; }
};

// Makes a tab on `notebook`.
using RecordTabMaker = std::function<RecordTab*(wxWindow* notebook)>;
// Every tab of the record, in the order shown.
const std::vector<RecordTabMaker>& RecordTabs();

} // namespace fc::ui
