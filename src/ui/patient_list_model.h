#pragma once
// The rows of the patient list, as a virtual data-view model: the list asks for the few cells it
// shows, so ten thousand patients cost no more to show than ten.
#include "core/date.h"
#include "core/patient_search.h"

#include <wx/bmpbndl.h>
#include <wx/dataview.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::ui {

class PatientListModel : public wxDataViewVirtualListModel {
public:
    // The model's columns; NEXT_APPOINTMENT is the patient's next booked one ("Tue 08 Dec 09:30").
    // MARKER shows open precautions, FLAGS open red flags.
    enum Column : unsigned { MARKER, FLAGS, NAME, BORN, AGE, MRN, NEXT_APPOINTMENT, COLUMN_COUNT };

    // `marker_size`: the size of the open-precautions marker, in pixels.
    explicit PatientListModel(const wxSize& marker_size);

    // Shows `rows` (ages as of `today`).
    void Show(std::vector<PatientListEntry> rows, const Date& today);
    std::size_t size() const { return rows_.size(); }
    const PatientListEntry& at(unsigned row) const { return rows_.at(row); }
    std::optional<unsigned> RowOf(std::int64_t patient_id) const;

    unsigned GetColumnCount() const override { return COLUMN_COUNT; }
    wxString GetColumnType(unsigned column) const override;
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    std::vector<PatientListEntry> rows_;
    Date today_;
    wxBitmapBundle precaution_marker_;
    wxBitmapBundle urgent_marker_;
    wxBitmapBundle review_marker_;
};

// The list's name for a patient: "Family, Given (Preferred)", as on the record.
wxString ListName(const PatientListEntry& entry);

} // namespace fc::ui
