#pragma once
// The right of the main window: the chosen patient's record, a banner above a notebook of tabs
// (record_tab.h), or a word on what to do when no record is open.
#include <wx/panel.h>

#include <vector>

class wxNotebook;
class wxSimplebook;
class wxStaticText;

namespace fc::ui {

class PatientBanner;
class RecordTab;
struct RecordView;

class PatientRecordPanel : public wxPanel {
public:
    explicit PatientRecordPanel(wxWindow* parent);

    void ShowRecord(const RecordView& view);
    // No record: says `why` (what to do next) instead.
    void ShowNothing(const wxString& why);
    bool ShowsRecord() const;
    // Moves the keyboard focus into the record (its tabs).
    void FocusRecord();

private:
    wxSimplebook* pages_ = nullptr;
    wxStaticText* nothing_ = nullptr;
    PatientBanner* banner_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    std::vector<RecordTab*> tab_pages_; // owned by tabs_
};

} // namespace fc::ui
