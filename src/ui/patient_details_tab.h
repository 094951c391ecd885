#pragma once
// The Details tab of a patient's record: demographics, referral, precautions (add, clear),
// conditions, consent records and free notes. Its buttons run the main window's commands (they
// share their ids); Clear precaution passes on the precaution selected here.
#include "ui/record_tab.h"

#include <wx/scrolwin.h>

#include <cstdint>
#include <optional>
#include <vector>

class wxDataViewListCtrl;
class wxStaticText;

namespace fc::ui {

class PatientDetailsTab : public wxScrolledWindow, public RecordTab {
public:
    explicit PatientDetailsTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;

    // The open precaution selected in the list, if any.
    std::optional<std::int64_t> SelectedPrecaution() const;

private:
    void SetValue(const char* field, const std::string& value);
    using Row = std::vector<wxString>;
    void ShowRows(wxDataViewListCtrl* list, const char* none, const std::vector<Row>& rows);
    void WrapNotes();

    wxDataViewListCtrl* precautions_ = nullptr;
    wxDataViewListCtrl* conditions_ = nullptr;
    wxDataViewListCtrl* consents_ = nullptr;
    wxStaticText* notes_ = nullptr;
    wxString notes_text_;
    int wrapped_for_ = 0; // the width the notes were last wrapped for
    std::vector<std::int64_t> precaution_ids_; // by row of precautions_
    std::vector<bool> precaution_open_;
};

} // namespace fc::ui
