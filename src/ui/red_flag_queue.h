#pragma once
// The red-flag review queue across all patients, a page of the main window: open flags, urgent
// first, oldest first (acknowledged ones too, when asked), filtered by the clinician who raised
// them and by patient; the source record opens in one click, and a flag leaves the open queue only
// through a recorded acknowledgement.
#include "services/red_flags.h"
#include "ui/record_tab.h"

#include <wx/bmpbndl.h>
#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxDataViewListCtrl;
class wxStaticText;

namespace fc::ui {

class ClinicSession;

class RedFlagQueue : public wxPanel {
public:
    // `open_record`: shows a flag's source in its patient's record; `changed`: a flag was
    // acknowledged (the counts shown elsewhere change).
    RedFlagQueue(wxWindow* parent, ClinicSession& session,
                 std::function<void(std::int64_t patient_id, const RecordItem& item)> open_record,
                 std::function<void()> changed);

    // Reads the flags again with the filters as they are.
    void Reload();
    // Shows only the flags of `patient_id` (nullopt: everyone's).
    void FilterPatient(std::optional<std::int64_t> patient_id);
    const std::vector<QueuedFlag>& Listed() const { return flags_; }
    const QueuedFlag* Selected() const;
    void SelectRow(std::size_t row);

private:
    void FillClinicians();
    void ShowSelected();
    void OpenSelected();
    void AcknowledgeSelected();
    std::string ClinicianName(std::int64_t id) const;

    ClinicSession& session_;
    std::function<void(std::int64_t, const RecordItem&)> open_record_;
    std::function<void()> changed_;
    wxDataViewListCtrl* list_ = nullptr;
    wxChoice* clinician_filter_ = nullptr;
    wxChoice* patient_filter_ = nullptr;
    wxStaticText* detail_ = nullptr;
    std::vector<QueuedFlag> flags_;
    std::vector<std::int64_t> clinician_ids_;           // by item of clinician_filter_ after "Anyone"
    std::vector<std::int64_t> patient_ids_;             // by item of patient_filter_ after "All patients"
    std::optional<std::int64_t> patient_;               // the patient filter
    std::optional<int> select_row_;                     // the row to select after the next Reload
    std::map<std::int64_t, std::string> clinician_names_;
    std::optional<unsigned> clinicians_of_;             // the session generation whose clinicians are listed
    wxBitmapBundle urgent_marker_;
    wxBitmapBundle review_marker_;
};

} // namespace fc::ui
