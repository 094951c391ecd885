#pragma once
// One tab of a patient's record. Details is the first; Overview, Plan, Sessions, Home log and
// Appointments come later, each a panel in a file of its own that implements RecordTab and is
// listed once in record_tabs.cpp.
#include "core/date.h"
#include "core/patient_record.h"

#include <wx/string.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class wxWindow;

namespace fc::ui {

// What a tab is shown: the record as opened, the clinic's date, and the names of clinicians.
struct RecordView {
    const PatientRecord& record;
    Date today;
    std::function<std::string(std::int64_t clinician_id)> clinician_name;
};

class RecordTab {
public:
    virtual ~RecordTab() = default;
    // The tab's page (owned by the notebook), and its title.
    virtual wxWindow* Page() = 0;
    virtual wxString Title() const = 0;
    virtual void ShowRecord(const RecordView& view) = 0;
};

// Makes a tab on `notebook`.
using RecordTabMaker = std::function<RecordTab*(wxWindow* notebook)>;
// Every tab of the record, in the order shown.
const std::vector<RecordTabMaker>& RecordTabs();

} // namespace fc::ui
