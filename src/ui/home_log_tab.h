#pragma once
// The Home log tab of a patient's record: the home sessions from the patient's diary (newest
// first) and the command that adds one.
#include "core/home_log.h"
#include "ui/record_tab.h"

#include <wx/panel.h>

#include <optional>
#include <vector>

class wxDataViewListCtrl;

namespace fc::ui {

class HomeLogTab : public wxPanel, public RecordTab {
public:
    explicit HomeLogTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;
    bool ShowItem(const RecordItem& item) override;

    // The entries as listed (newest first).
    const std::vector<HomeLogEntry>& Entries() const { return entries_; }

private:
    void Load(std::optional<std::int64_t> select);
    void Add();

    wxDataViewListCtrl* list_ = nullptr;
    std::optional<RecordView> view_;
    std::vector<HomeLogEntry> entries_;
    std::optional<std::int64_t> select_after_reload_; // the entry just added
};

} // namespace fc::ui
