#pragma once
// The patient list on the left of the main window: a search box that filters as the clinician
// types (PatientRecords::search, through PatientFinder), the archived toggle, the number listed
// and the list itself. It says which patient was chosen; it knows nothing of their record.
#include "core/patient_search.h"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class wxCheckBox;
class wxDataViewCtrl;
class wxSearchCtrl;
class wxStaticText;

namespace fc {
class Clinic;
}

namespace fc::ui {

class PatientFinder;
class PatientListModel;

class PatientListPanel : public wxPanel {
public:
    explicit PatientListPanel(wxWindow* parent);
    ~PatientListPanel() override;

    // Lists the patients of `clinic` (null: none) from now on.
    void UseClinic(Clinic* clinic);
    // Lists again, after a change: keeps the selected patient, or selects `select` when given.
    void FindAgain(std::optional<std::int64_t> select = std::nullopt);
    // Empties the search box (listing every patient) and selects `select`.
    void ClearSearch(std::optional<std::int64_t> select = std::nullopt);
    void FocusSearch();
    void FocusList();
    bool ShowsArchived() const;
    void ShowArchived(bool show);

    std::optional<std::int64_t> Selected() const;
    // Called with the patient the user selects (not when the list is merely filled again).
    void OnSelect(std::function<void(std::int64_t)> listener) { on_select_ = std::move(listener); }
    // Called when the user activates a row (Enter, double click).
    void OnActivate(std::function<void(std::int64_t)> listener) { on_activate_ = std::move(listener); }

    // What is listed now, and whether it is every match of the search (the rest may still come).
    std::size_t RowCount() const;
    const PatientListEntry& Row(unsigned row) const;
    bool Complete() const;

private:
    void AddColumns();
    int MinNameWidth() const;
    void FitNameColumn();
    void Show(std::vector<PatientListEntry> rows, bool complete);
    void Select(std::optional<std::int64_t> id);
    void ShowCount(bool complete);
    void OnSearchKey(wxKeyEvent& event);

    Clinic* clinic_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    wxCheckBox* show_archived_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    PatientListModel* model_ = nullptr; // shared with the list (reference counted)
    std::unique_ptr<PatientFinder> finder_;
    std::optional<std::int64_t> selected_;
    int fixed_columns_width_ = 0; // of every column but the name
    bool filling_ = false; // selection events while the list is filled again are not the user's
    std::function<void(std::int64_t)> on_select_;
    std::function<void(std::int64_t)> on_activate_;
};

} // namespace fc::ui
