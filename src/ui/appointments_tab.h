#pragma once
// The Appointments tab of a patient's record: the patient's appointments, upcoming (soonest first)
// then past (latest first), the diary commands on the one selected (book, edit or move, attended,
// did not attend, cancel, write its note), and adherence over the last eight weeks.
#include "core/appointment.h"
#include "core/progress.h"
#include "ui/record_tab.h"

#include <wx/panel.h>

#include <cstdint>
#include <optional>
#include <vector>

class wxDataViewEvent;
class wxDataViewListCtrl;

namespace fc::ui {

class AppointmentsTab : public wxPanel, public RecordTab {
public:
    explicit AppointmentsTab(wxWindow* parent);

    wxWindow* Page() override { return this; }
    wxString Title() const override;
    void ShowRecord(const RecordView& view) override;

    // As listed: upcoming soonest first, past latest first.
    const std::vector<Appointment>& Upcoming() const { return upcoming_; }
    const std::vector<Appointment>& Past() const { return past_; }
    // The weeks of the adherence table, oldest first (its columns, left to right).
    const std::vector<WeekAdherence>& Weeks() const { return weeks_; }
    // The appointment selected in either list, if any.
    const Appointment* Selected() const;
    // Selects appointment `id` in whichever list holds it; false when neither does.
    bool Select(std::int64_t id);

private:
    void Load(std::optional<std::int64_t> select);
    void LoadAdherence();
    void PlaceDivider();
    void Enable();
    void Book();
    void Edit();
    void SetStatus(AppointmentStatus to);
    void WriteNote();
    void ShowMenu(wxDataViewEvent& event);
    // After a change: the record is read again (the banner, the list's next appointment).
    void Changed(std::optional<std::int64_t> select);

    wxDataViewListCtrl* upcoming_list_ = nullptr;
    wxDataViewListCtrl* past_list_ = nullptr;
    wxDataViewListCtrl* adherence_list_ = nullptr;
    std::optional<RecordView> view_;
    std::vector<Appointment> upcoming_;
    std::vector<Appointment> past_;
    std::vector<WeekAdherence> weeks_;
    std::optional<std::int64_t> select_after_reload_;
    bool divider_placed_ = false;
    std::optional<Date> columns_from_; // the first week the adherence table has columns for
};

} // namespace fc::ui
