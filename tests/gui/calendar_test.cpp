// The clinic calendar page: booked appointments in their column and rows, day and week views and
// the keys that move through them, the clinician filter, dragging a block to move it (with the
// version it was drawn with: a stale one reloads and says so; warnings can undo the move; a
// series asks which), a double-click on an empty slot starts a booking there, and the day shown
// when a clinician starts work. The grid's geometry (lanes, rows, hit tests) is tested without a
// window (tests/ui_logic/calendar_layout_test.cpp).
#include "dialog_driver.h"
#include "keyboard.h"
#include "patient_window.h"
#include "services/appointments.h"
#include "services/clinician_directory.h"
#include "ui/calendar_grid.h"
#include "ui/calendar_layout.h"
#include "ui/calendar_page.h"
#include "ui/main_frame.h"
#include "ui/patient_workspace.h"
#include "ui/wx_text.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>
#include <wx/xrc/xmlres.h>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace fc::ui::test {
namespace {

class CalendarTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Ødegaard", "Ingrid", "1984-02-29"),
              Form("Okafor", "Chidi", "1979-07-14")});
    }

    Appointments Diary() { return Appointments(SavedClinic(), clinician_); }

    // Books patient `patient` (by order added) through a connection of the test's own.
    Appointment Book(std::size_t patient, const std::string& date, const std::string& time, int minutes = 45,
                     std::optional<std::int64_t> clinician = std::nullopt, const std::string& room = "")
    {
        AppointmentForm form;
        form.date = date;
        form.time = time;
        form.duration = std::to_string(minutes);
        form.room = room;
        if (clinician)
            form.clinician = std::to_string(*clinician);
        return Diary().book(patients_.at(patient).id, form).appointments.at(0);
    }

    CalendarPage& Page() const { return *dynamic_cast<CalendarPage*>(frame_->FindWindow("calendar_page")); }
    CalendarGrid& Grid() const { return Page().grid(); }

    // View > Calendar, with the keyboard in the grid and the morning in view.
    void ShowCalendar()
    {
        if (!Page().IsShownOnScreen())
            Run(Command::ShowCalendar);
        ASSERT_TRUE(Page().IsShownOnScreen());
        ASSERT_TRUE(WaitForFocus(&Grid())) << "the grid has the keyboard";
        Grid().ScrollToMinute(8 * 60);
        wxYield();
    }

    const Appointment* ShownById(std::int64_t id) const
    {
        for (const auto& a : Page().Shown())
            if (a.id == id)
                return &a;
        return nullptr;
    }

    wxString Heading() const { return dynamic_cast<wxStaticText*>(Page().FindWindow("calendar_heading"))->GetLabel(); }

    void Mouse(wxEventType type, wxPoint at, bool left_down)
    {
        wxMouseEvent event(type);
        event.SetPosition(at);
        event.SetLeftDown(left_down);
        event.SetEventObject(&Grid());
        Grid().ProcessWindowEvent(event);
    }

    // Presses on the block of `id` near its top, drags it so its top lands on `slot` and lets go.
    void DragTo(std::int64_t id, const CalendarSlot& slot)
    {
        const wxRect from = Grid().BoxOf(id);
        ASSERT_FALSE(from.IsEmpty()) << "appointment " << id << " is drawn";
        const wxRect to = Grid().BoxOf(slot);
        const wxPoint press(from.x + from.width / 2, from.y + 3);
        const wxPoint drop(to.x + to.width / 3, to.y + 3);
        Mouse(wxEVT_LEFT_DOWN, press, true);
        Mouse(wxEVT_MOTION, press + wxPoint(0, 8), true);
        Mouse(wxEVT_MOTION, drop, true);
        Mouse(wxEVT_LEFT_UP, drop, false);
        wxYield();
    }

    std::size_t ColumnOf(const Date& date, std::optional<std::int64_t> clinician = std::nullopt) const
    {
        const auto& columns = Grid().Geometry().columns();
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c].date == date && (!clinician || columns[c].clinician == clinician))
                return c;
        ADD_FAILURE() << "no column for " << to_iso(date);
        return 0;
    }
};

TEST_F(CalendarTest, ShowsBookedAppointmentsInTheirColumnAndRows)
{
    const auto yui = Book(0, "2026-11-25", "09:00", 45, std::nullopt, "Room 2");
    const auto ingrid = Book(1, "2026-11-26", "10:30", 30);
    ShowCalendar();
    EXPECT_TRUE(frame_->GetToolBar()->GetToolState(CommandId(Command::ShowCalendar))) << "the tool is pressed";
    EXPECT_EQ(Page().mode(), CalendarPage::Mode::Day);
    ASSERT_EQ(Page().Shown().size(), 1u) << "today only";
    Press('w');
    ASSERT_EQ(Page().mode(), CalendarPage::Mode::Week);
    ASSERT_EQ(Page().Shown().size(), 2u);
    Grid().ScrollToMinute(8 * 60); // a new period opens at the time now, when it holds today

    const auto& layout = Grid().Geometry();
    ASSERT_EQ(layout.columns().size(), 7u);
    const auto* placed = layout.placement(0);
    ASSERT_NE(placed, nullptr);
    EXPECT_EQ(placed->column, 2u) << "Wednesday";
    EXPECT_EQ(placed->box.y, layout.y_of(9 * 60) + 1);
    EXPECT_EQ(placed->box.bottom(), layout.y_of(9 * 60 + 45));
    EXPECT_EQ(layout.placement(1)->column, 3u) << "Thursday";
    EXPECT_EQ(layout.placement(1)->box.y, layout.y_of(10 * 60 + 30) + 1);
    // What the blocks say, and what the pointer finds there.
    EXPECT_EQ(Grid().Content().texts[0].patient, "Nakamura, Yui");
    EXPECT_EQ(Grid().Content().texts[0].detail, "Room 2");
    EXPECT_EQ(Grid().Content().texts[1].patient, wxString::FromUTF8("Ødegaard, Ingrid"));
    const wxRect box = Grid().BoxOf(yui.id);
    const auto* hit = Grid().AppointmentAt(box.GetPosition() + wxPoint(4, 4));
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->id, yui.id);
    const auto slot = Grid().SlotAt(Grid().BoxOf(ingrid.id).GetPosition() + wxPoint(4, 4));
    ASSERT_TRUE(slot);
    EXPECT_EQ(*slot, (CalendarSlot{3, 10 * 60 + 30}));
    EXPECT_EQ(Grid().Content().titles[2], "Wed 25 Nov");
    EXPECT_EQ(Grid().Content().subtitles[5], "Closed");
}

TEST_F(CalendarTest, KeysMoveThroughDaysAndWeeksAndTheAppointments)
{
    const auto first = Book(0, "2026-11-25", "09:00");
    const auto second = Book(1, "2026-11-25", "11:00");
    ShowCalendar();
    EXPECT_EQ(Page().date(), pinned_today);
    EXPECT_TRUE(Heading().StartsWith("Wednesday 25 November 2026")) << Heading();
    Press(WXK_RIGHT);
    EXPECT_EQ(Page().date(), Date(2026, 11, 26));
    EXPECT_TRUE(Page().Shown().empty());
    Press(WXK_LEFT);
    Press(WXK_LEFT);
    EXPECT_EQ(Page().date(), Date(2026, 11, 24));
    Press('t');
    EXPECT_EQ(Page().date(), pinned_today);
    Press('w');
    EXPECT_EQ(Page().mode(), CalendarPage::Mode::Week);
    EXPECT_EQ(Page().ShownDates().front(), Date(2026, 11, 23));
    Press(WXK_RIGHT);
    EXPECT_EQ(Page().ShownDates().front(), Date(2026, 11, 30)) << "a week on";
    EXPECT_EQ(Page().ShownDates().back(), Date(2026, 12, 6));
    EXPECT_TRUE(Heading().StartsWith("30 Nov")) << Heading();
    Press(WXK_HOME);
    EXPECT_EQ(Page().ShownDates().front(), Date(2026, 11, 23));
    Press('d');
    EXPECT_EQ(Page().mode(), CalendarPage::Mode::Day);
    EXPECT_EQ(Page().date(), pinned_today);
    auto* picker = dynamic_cast<wxDatePickerCtrl*>(Page().FindWindow("calendar_date"));
    EXPECT_EQ(picker->GetValue().FormatISODate(), "2026-11-25") << "the date picker follows";

    // Up and Down move the selection in time order; Enter opens it.
    ASSERT_EQ(Grid().Selected(), nullptr);
    Press(WXK_DOWN);
    ASSERT_NE(Grid().Selected(), nullptr);
    EXPECT_EQ(Grid().Selected()->id, first.id);
    Press(WXK_DOWN);
    EXPECT_EQ(Grid().Selected()->id, second.id);
    Press(WXK_DOWN);
    EXPECT_EQ(Grid().Selected()->id, second.id) << "stays on the last";
    Press(WXK_UP);
    EXPECT_EQ(Grid().Selected()->id, first.id);
    bool opened = false;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        opened = true;
        EXPECT_EQ(d.GetName(), "edit_appointment_dialog");
        EXPECT_EQ(dynamic_cast<wxComboBox*>(d.FindWindow("time"))->GetValue(), "09:00");
        Click(d, wxID_CANCEL);
    });
    Press(WXK_RETURN);
    EXPECT_TRUE(opened) << "Enter opens the selected appointment";

    // Delete asks to cancel it, with the reason.
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "appointment_status_dialog");
        dynamic_cast<wxComboBox*>(d.FindWindow("reason"))->SetValue("Patient unwell");
        Click(d, wxID_OK);
    });
    Press(WXK_DELETE);
    EXPECT_EQ(Diary().get(first.id).status, AppointmentStatus::Cancelled);
    ASSERT_NE(ShownById(first.id), nullptr) << "still shown, as cancelled";
    EXPECT_EQ(ShownById(first.id)->status, AppointmentStatus::Cancelled);
}

TEST_F(CalendarTest, TheClinicianFilterHidesOthersAppointments)
{
    const auto other = ClinicianDirectory(SavedClinic()).add(ClinicianForm{.name = "Alex Example"}, clinician_);
    const auto mine = Book(0, "2026-11-25", "09:00");
    const auto theirs = Book(1, "2026-11-25", "09:00", 45, other.id);
    ShowCalendar();
    Page().SetClinician(std::nullopt);
    ASSERT_EQ(Grid().Geometry().columns().size(), 2u) << "a column for each clinician";
    EXPECT_EQ(Page().Shown().size(), 2u);
    EXPECT_EQ(Grid().Geometry().placement(1)->column, ColumnOf(pinned_today, other.id));
    const auto& mine_title = Grid().Content().titles[ColumnOf(pinned_today, clinician_.clinician_id)];
    EXPECT_EQ(mine_title, "Robin Sample (you)");
    EXPECT_EQ(Grid().Content().titles[ColumnOf(pinned_today, other.id)], "Alex Example");

    auto* filter = dynamic_cast<wxChoice*>(Page().FindWindow("calendar_clinician"));
    ASSERT_EQ(filter->GetCount(), 3u);
    EXPECT_EQ(filter->GetString(0), "All clinicians");
    const int alex = filter->FindString("Alex Example");
    ASSERT_NE(alex, wxNOT_FOUND);
    filter->SetSelection(alex);
    wxCommandEvent chosen(wxEVT_CHOICE, filter->GetId());
    chosen.SetEventObject(filter);
    chosen.SetInt(alex);
    filter->ProcessWindowEvent(chosen);
    ASSERT_EQ(Page().Shown().size(), 1u);
    EXPECT_EQ(Page().Shown()[0].id, theirs.id);
    EXPECT_EQ(Grid().Geometry().columns().size(), 1u);
    Press('w');
    EXPECT_EQ(Page().Shown().size(), 1u) << "the week keeps the filter";
    EXPECT_EQ(ShownById(mine.id), nullptr);
}

TEST_F(CalendarTest, DraggingABlockMovesTheAppointment)
{
    const auto a = Book(0, "2026-11-25", "09:00");
    ShowCalendar();
    DragTo(a.id, CalendarSlot{0, 11 * 60 + 15});
    auto saved = Diary().get(a.id);
    EXPECT_EQ(saved.start, TimeOfDay::at(11, 15));
    EXPECT_EQ(saved.date, pinned_today);
    EXPECT_EQ(saved.version, a.version + 1);
    ASSERT_NE(ShownById(a.id), nullptr);
    EXPECT_EQ(ShownById(a.id)->start, TimeOfDay::at(11, 15)) << "shown where it went";
    EXPECT_EQ(Grid().Selected()->id, a.id);

    // In the week, to another day.
    Press('w');
    Grid().ScrollToMinute(8 * 60);
    DragTo(a.id, CalendarSlot{ColumnOf(Date(2026, 11, 27)), 10 * 60});
    saved = Diary().get(a.id);
    EXPECT_EQ(saved.date, Date(2026, 11, 27));
    EXPECT_EQ(saved.start, TimeOfDay::at(10, 0));
    EXPECT_TRUE(DialogDriver::Get().TakeMessages().empty()) << "no warnings, nothing to ask";
}

TEST_F(CalendarTest, AMoveWithWarningsIsKeptOrUndone)
{
    const auto busy = Book(0, "2026-11-25", "09:00");
    const auto a = Book(1, "2026-11-25", "11:00");
    ShowCalendar();
    DialogDriver::Get().Answer(wxID_NO); // Undo the move
    DragTo(a.id, CalendarSlot{0, 9 * 60});
    auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("Moved to 2026-11-25 09:00, but:")) << messages[0];
    EXPECT_EQ(Diary().get(a.id).start, TimeOfDay::at(11, 0)) << "moved back";
    EXPECT_EQ(ShownById(a.id)->start, TimeOfDay::at(11, 0));

    DialogDriver::Get().Answer(wxID_YES); // Keep the move
    DragTo(a.id, CalendarSlot{0, 9 * 60});
    messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(Diary().get(a.id).start, TimeOfDay::at(9, 0)) << "kept, double-booked on purpose";
    EXPECT_EQ(Grid().Geometry().placement(0)->lanes, 2) << "the two share the column";
    (void)busy;
}

TEST_F(CalendarTest, AStaleBlockIsNotMovedAndTheCalendarReloads)
{
    const auto a = Book(0, "2026-11-25", "09:00");
    ShowCalendar();
    // Another workstation moves it meanwhile.
    Diary().move(a.id, pinned_today, TimeOfDay::at(14, 0), a.version);
    DragTo(a.id, CalendarSlot{0, 10 * 60});
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("changed elsewhere")) << messages[0];
    EXPECT_EQ(Diary().get(a.id).start, TimeOfDay::at(14, 0)) << "the other change stands";
    ASSERT_NE(ShownById(a.id), nullptr);
    EXPECT_EQ(ShownById(a.id)->start, TimeOfDay::at(14, 0)) << "shown as it is now";
}

TEST_F(CalendarTest, ASeriesOccurrenceAsksWhichToMove)
{
    AppointmentForm form;
    form.date = "2026-11-25";
    form.time = "09:00";
    form.repeat = "weekly";
    form.on = "wed";
    form.count = "3";
    const auto series = Diary().book(patients_.at(0).id, form);
    ASSERT_EQ(series.appointments.size(), 3u);
    ShowCalendar();
    DialogDriver::Get().Answer(wxID_NO); // This and following
    DragTo(series.appointments[0].id, CalendarSlot{0, 10 * 60});
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("repeating booking")) << messages[0];
    for (const auto& a : series.appointments)
        EXPECT_EQ(Diary().get(a.id).start, TimeOfDay::at(10, 0)) << to_iso(a.date);

    DialogDriver::Get().Answer(wxID_CANCEL);
    DragTo(series.appointments[0].id, CalendarSlot{0, 12 * 60});
    DialogDriver::Get().TakeMessages();
    EXPECT_EQ(Diary().get(series.appointments[0].id).start, TimeOfDay::at(10, 0)) << "cancelled: not moved";
}

TEST_F(CalendarTest, ADoubleClickOnAnEmptySlotStartsABookingThere)
{
    ShowCalendar();
    Press('w');
    Grid().ScrollToMinute(13 * 60);
    const CalendarSlot slot{ColumnOf(Date(2026, 11, 26)), 14 * 60 + 30};
    bool asked = false;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        asked = true;
        EXPECT_EQ(d.GetName(), "appointment_dialog");
        EXPECT_EQ(dynamic_cast<wxDatePickerCtrl*>(d.FindWindow("date"))->GetValue().FormatISODate(), "2026-11-26");
        EXPECT_EQ(dynamic_cast<wxComboBox*>(d.FindWindow("time"))->GetValue(), "14:30");
        Click(d, wxID_CANCEL);
    });
    const wxRect box = Grid().BoxOf(slot);
    Mouse(wxEVT_LEFT_DCLICK, box.GetPosition() + wxPoint(box.width / 2, box.height / 2), false);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(Diary().on_day(Date(2026, 11, 26), std::nullopt).empty()) << "cancelled: nothing booked";

    // In the day of every clinician, the column says whose appointment it is; booked, it shows.
    const auto other = ClinicianDirectory(SavedClinic()).add(ClinicianForm{.name = "Alex Example"}, clinician_);
    Press('d');
    Page().SetClinician(std::nullopt);
    Grid().ScrollToMinute(8 * 60);
    const CalendarSlot alex{ColumnOf(pinned_today, other.id), 10 * 60};
    DialogDriver::Get().Expect([&](wxDialog& d) {
        EXPECT_EQ(dynamic_cast<wxChoice*>(d.FindWindow("clinician"))->GetStringSelection(), "Alex Example");
        EXPECT_EQ(dynamic_cast<wxComboBox*>(d.FindWindow("time"))->GetValue(), "10:00");
        auto* patient = dynamic_cast<wxTextCtrl*>(d.FindWindow("patient"));
        ASSERT_NE(patient, nullptr);
        patient->SetValue("Okafor"); // the matches are listed as it is typed; the first chosen
        auto* matches = dynamic_cast<wxListBox*>(d.FindWindow("patient_matches"));
        ASSERT_EQ(matches->GetCount(), 1u);
        matches->SetSelection(0);
        wxCommandEvent choose(wxEVT_LISTBOX, matches->GetId());
        choose.SetEventObject(matches);
        choose.SetInt(0);
        matches->ProcessWindowEvent(choose);
        Click(d, wxID_OK);
    });
    const wxRect alex_box = Grid().BoxOf(alex);
    Mouse(wxEVT_LEFT_DCLICK, alex_box.GetPosition() + wxPoint(alex_box.width / 2, alex_box.height / 2), false);
    DialogDriver::Get().TakeMessages();
    const auto booked = Diary().on_day(pinned_today, other.id);
    ASSERT_EQ(booked.size(), 1u) << "booked in Alex's column";
    EXPECT_EQ(booked[0].patient_id, patients_.at(2).id);
    EXPECT_EQ(booked[0].start, TimeOfDay::at(10, 0));
    ASSERT_NE(ShownById(booked[0].id), nullptr) << "the calendar shows it at once";
    EXPECT_EQ(Grid().Selected()->id, booked[0].id);
}

TEST_F(CalendarTest, AMissedAppointmentIsRecordedAndShownSo)
{
    const auto a = Book(0, "2026-11-25", "09:00");
    ShowCalendar();
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "appointment_status_dialog");
        Click(d, wxID_OK);
    });
    Page().SetStatus(*ShownById(a.id), AppointmentStatus::DidNotAttend);
    EXPECT_EQ(Diary().get(a.id).status, AppointmentStatus::DidNotAttend);
    ASSERT_NE(ShownById(a.id), nullptr);
    EXPECT_EQ(ShownById(a.id)->status, AppointmentStatus::DidNotAttend);
    EXPECT_EQ(Grid().Content().texts[0].status, "Did not attend");
    // Only a booked appointment moves: dragging a missed one does nothing.
    DragTo(a.id, CalendarSlot{0, 11 * 60});
    EXPECT_EQ(Diary().get(a.id).start, TimeOfDay::at(9, 0));
}

TEST_F(CalendarTest, WorkStartsOnTheCliniciansDayWhenTheyHaveAppointments)
{
    EXPECT_FALSE(Page().IsShownOnScreen()) << "nothing booked today: the patients, as before";
    const auto a = Book(2, "2026-11-25", "15:00");
    Book(0, "2026-11-26", "09:00");
    CloseAndWait(frame_);
    auto clinic = std::make_unique<Clinic>(path_);
    clinic->set_today([] { return pinned_today; });
    frame_ = OpenMainFrame(std::move(clinic), clinician_);
    ASSERT_TRUE(PumpUntil([this] { return Page().IsShownOnScreen(); }));
    EXPECT_EQ(Page().mode(), CalendarPage::Mode::Day);
    EXPECT_EQ(Page().date(), pinned_today);
    EXPECT_EQ(Page().clinician(), clinician_.clinician_id);
    ASSERT_EQ(Page().Shown().size(), 1u);
    EXPECT_EQ(Page().Shown()[0].id, a.id);
    EXPECT_TRUE(frame_->GetToolBar()->GetToolState(CommandId(Command::ShowCalendar)));
    // Ctrl+L goes back to the patients.
    ASSERT_TRUE(WaitForFocus(&Grid()));
    Press('l', wxMOD_CONTROL);
    EXPECT_FALSE(Page().IsShownOnScreen());
    EXPECT_TRUE(Workspace().IsShownOnScreen());
}

TEST_F(CalendarTest, ExportWeekWritesTheClinicianWeekWithoutPatientNames)
{
    Book(0, "2026-11-24", "09:00", 45, std::nullopt, "Room 2");
    Book(1, "2026-11-26", "10:30", 30);
    Book(1, "2026-12-02", "10:30", 30); // the week after
    ShowCalendar();
    Press('w');
    const auto file = std::filesystem::temp_directory_path() / fmt::format("calendar-test-{}.ics", ::getpid());
    ASSERT_TRUE(Page().ExportWeek(file));
    std::ifstream in(file, std::ios::binary);
    const std::string ics((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(file);
    std::size_t events = 0;
    for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1))
        ++events;
    EXPECT_EQ(events, 2u) << ics;
    EXPECT_NE(ics.find("20261124T090000"), std::string::npos);
    for (const auto& p : patients_) {
        EXPECT_EQ(ics.find(p.family_name), std::string::npos) << p.family_name;
        EXPECT_EQ(ics.find(p.given_name), std::string::npos) << p.given_name;
    }
}

TEST_F(CalendarTest, ExportWeekReplacesAFileTheUserAgreedToButNeverTheClinicFile)
{
    Book(0, "2026-11-24", "09:00", 45);
    ShowCalendar();
    Press('w');
    const auto file = folder() / "week.ics";
    std::ofstream(file) << "an older export";
    ASSERT_TRUE(Page().ExportWeek(file)) << "the Save dialog asked before replacing it";
    std::ifstream in(file, std::ios::binary);
    const std::string ics((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR")) << ics;
    EXPECT_TRUE(DialogDriver::Get().TakeMessages().empty());

    // stat() only: this process holds the clinic's locks, which closing a descriptor on it would drop.
    struct stat before {};
    ASSERT_EQ(::stat(path_.c_str(), &before), 0);
    const auto link = folder() / "link-to-clinic.ics";
    std::filesystem::create_symlink(path_, link);
    for (const auto& target : {path_, link}) {
        EXPECT_FALSE(Page().ExportWeek(target));
        const auto messages = DialogDriver::Get().TakeMessages();
        ASSERT_EQ(messages.size(), 1u) << target;
        EXPECT_NE(from_wx(messages[0]).find("is the clinic file in use"), std::string::npos) << from_wx(messages[0]);
    }
    struct stat after {};
    ASSERT_EQ(::stat(path_.c_str(), &after), 0);
    EXPECT_EQ(after.st_ino, before.st_ino);
    EXPECT_EQ(after.st_size, before.st_size);
    EXPECT_TRUE(std::filesystem::is_symlink(link));
    EXPECT_EQ(Diary().on_day(Date(2026, 11, 24), std::nullopt).size(), 1u) << "the clinic still works";
}

TEST_F(CalendarTest, AYearBeingTypedInTheDatePickerLeavesThePeriodShown)
{
    Book(0, "2026-11-25", "09:00");
    ShowCalendar();
    auto* picker = XRCCTRL(Page(), "calendar_date", wxDatePickerCtrl);
    ASSERT_NE(picker, nullptr);
    // "25/11/2" on the way to "25/11/2027": the picker says the year 2, which no Date holds.
    wxDateEvent typing(picker, wxDateTime(25, wxDateTime::Nov, 2), wxEVT_DATE_CHANGED);
    EXPECT_NO_THROW(picker->ProcessWindowEvent(typing));
    EXPECT_EQ(Page().date(), pinned_today) << "the day shown stays";
    EXPECT_EQ(Page().Shown().size(), 1u);
    wxDateEvent typed(picker, wxDateTime(26, wxDateTime::Nov, 2026), wxEVT_DATE_CHANGED);
    picker->ProcessWindowEvent(typed);
    EXPECT_EQ(Page().date(), Date(2026, 11, 26)) << "a whole date shows its day";
}

} // namespace
} // namespace fc::ui::test
