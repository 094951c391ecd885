#pragma once
// The right of the main window: the chosen patient's record, a banner above a notebook of tabs
// (record_tab.h), or a word on what to do when no record is open.
#include "ui/record_tab.h"

#include <wx/panel.h>

#include <optional>
#include <vector>

class wxNotebook;
class wxSimplebook;
class wxStaticText;

namespace fc::ui {

class PatientBanner;

class PatientRecordPanel : public wxPanel {
public:
    explicit PatientRecordPanel(wxWindow* parent);

    // Shows `view` in the banner and the selected tab; each other tab is shown it when chosen.
    void ShowRecord(const RecordView& view);
    // Brings forward the tab holding `item` and selects it there; false when no tab holds it.
    bool ShowItem(const RecordItem& item);
    // No record: says `why` (what to do next) instead.
    void ShowNothing(const wxString& why);
    bool ShowsRecord() const;
    // Moves the keyboard focus into the record (its tabs).
    void FocusRecord();

private:
    // Shows the record to tab `index` unless it already shows it.
    void ShowInTab(std::size_t index);

    wxSimplebook* pages_ = nullptr;
    wxStaticText* nothing_ = nullptr;
    PatientBanner* banner_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    std::vector<RecordTab*> tab_pages_; // owned by tabs_
    std::optional<RecordView> view_;     // what the record shows now
    std::vector<bool> shown_;            // by tab: shown view_ already
};

} // namespace fc::ui
