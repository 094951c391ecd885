#pragma once
// The clinic calendar, a page of the main window: a day (a column for each clinician, or the one
// chosen) or a week (a column for each day, Monday to Sunday) of appointments in 15-minute rows,
// with the way through time (Previous, Today, Next, a date), whose appointments and which view.
// From the grid an appointment is opened, booked, dragged to another time, marked attended or
// missed, cancelled, or written up as a session note, all through the services.
// Keys on the grid: Left/Right the day or week before or after, T or Home today, D and W the
// views, Up/Down the appointment before or after, Enter opens it, Delete asks to cancel it.
#include "core/appointment.h"
#include "ui/calendar_grid.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxDatePickerCtrl;
class wxRadioButton;
class wxStaticText;

namespace fc::ui {

class ClinicSession;
struct CalendarView;

class CalendarPage : public wxPanel {
public:
    enum class Mode { Day, Week };

    // `open_record`: shows the patient's record (the window leaves the calendar for it);
    // `changed`: an appointment was booked or changed here (what other pages show may follow).
    CalendarPage(wxWindow* parent, ClinicSession& session, std::function<void(std::int64_t patient_id)> open_record,
                 std::function<void()> changed);

    // Reads the appointments of the period shown again, with the filter as it is.
    void Reload();
    // Today, in the day view, for the clinician working (everyone's, when nobody is); says
    // whether that clinician has anything booked today.
    bool ShowToday();

    void ShowDate(const Date& day);
    void SetMode(Mode mode);
    // nullopt: every clinician.
    void SetClinician(std::optional<std::int64_t> clinician_id);
    // Back or on one day (day view) or week (week view).
    void Step(int periods);

    Mode mode() const { return mode_; }
    const Date& date() const { return date_; }
    std::optional<std::int64_t> clinician() const { return clinician_; }
    // The dates of the columns shown (once each).
    std::vector<Date> ShownDates() const;
    const std::vector<Appointment>& Shown() const { return grid_->Content().appointments; }
    CalendarGrid& grid() { return *grid_; }
    void FocusGrid();

    // What the grid's gestures do, callable from the menu and the tests alike.
    void Open(const Appointment& a);
    void Book(const CalendarColumn& column, TimeOfDay at);
    void Move(const Appointment& a, const CalendarColumn& to, TimeOfDay at);
    void SetStatus(const Appointment& a, AppointmentStatus status);
    void WriteNote(const Appointment& a);
    // Writes the week shown of the filtered clinician (else the one working) to `file` as an
    // iCalendar file, replacing a file there (never the clinic file or a backup); asks for the file
    // when `file` is empty (the dialog asks before replacing). False when nothing was written.
    bool ExportWeek(const std::filesystem::path& file = {});

private:
    // Reads what the period shows; `quiet`: a failure keeps what is shown, untold (the clock's rereads).
    void Load(bool quiet);
    void ShowChoices(); // the filter, date and view as they are
    void ShowView(CalendarView view);
    template <class Action>
    bool Reading(bool quiet, Action&& action);
    void FillClinicians(bool quiet);
    void ShowPeriod();
    void ShowMenu(const Appointment* a, std::optional<CalendarSlot> slot, wxPoint at);
    bool OnKey(const wxKeyEvent& event);
    void Changed(std::optional<std::int64_t> select);
    std::string ClinicianName(std::int64_t id) const;
    std::optional<int> CurrentMinute() const; // the clock's, on the days shown

    ClinicSession& session_;
    std::function<void(std::int64_t)> open_record_;
    std::function<void()> changed_;
    CalendarGrid* grid_ = nullptr;
    wxChoice* clinician_choice_ = nullptr;
    wxDatePickerCtrl* date_picker_ = nullptr;
    wxRadioButton* day_ = nullptr;
    wxRadioButton* week_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxTimer clock_; // the time-now line, and changes made on other workstations

    Mode mode_ = Mode::Day;
    Date date_;
    std::optional<std::int64_t> clinician_;
    std::vector<std::int64_t> clinician_ids_; // by item of clinician_choice_ after "All clinicians"
    std::map<std::int64_t, std::string> clinician_names_;
    std::optional<unsigned> clinicians_of_; // the session generation whose clinicians are listed
    bool scrolled_ = false;                 // scrolled to the morning (or now) since the period changed
};

} // namespace fc::ui
