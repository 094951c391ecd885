// The appointment dialogs driven as the clinician uses them from the record's Appointments tab:
// a single booking and a weekly series stored as shown, a clash warned of by name and booked
// anyway, bad input refused by the field with nothing booked, an edit that lost a race reloaded
// and said so, a series moved from one occurrence on, and cancelling that needs its reason.
#include "appointment_window.h"
#include "dialog_driver.h"
#include "ui/appointment_dialogs.h"
#include "ui/appointments_tab.h"
#include "ui/patient_workspace.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/radiobut.h>
#include <wx/xrc/xmlres.h>

namespace fc::ui::test {
namespace {

using namespace diary;

class AppointmentDialogsTest : public AppointmentWindowTest {
protected:
    void SetUp() override
    {
        AppointmentWindowTest::SetUp();
        ShowAppointmentsTab();
    }
    static wxString OkLabel(wxDialog& d) { return wxStripMenuCodes(d.FindWindow(wxID_OK)->GetLabel()); }
};

TEST_F(AppointmentDialogsTest, BooksASingleAppointmentAsShown)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "appointment_dialog");
        EXPECT_TRUE(Shown(d, "patient_name").StartsWith("Nakamura, Yui")) << Shown(d, "patient_name");
        EXPECT_EQ(Value(d, "date"), "2026-11-25") << "today";
        EXPECT_EQ(Value(d, "clinician"), "Robin Sample") << "the working clinician";
        SetDate(d, "2026-12-07");
        Type(d, "time", "10:20"); // not a quarter hour: any HH:MM is taken
        Type(d, "duration", "30");
        Pick(d, "type", 2); // review
        Type(d, "room", "Room 2");
        Type(d, "note", "Bring the home diary.");
        EXPECT_EQ(Shown(d, "weekday"), "Monday, 2026-12-07");
        EXPECT_EQ(Shown(d, "summary"), "1 appointment, Mon 2026-12-07, 10:20-10:50");
        EXPECT_EQ(Shown(d, "warnings"), "");
        EXPECT_EQ(OkLabel(d), "Book");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("book_appointment");
    const auto saved = Saved().for_patient(id_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(to_iso(saved[0].date), "2026-12-07");
    EXPECT_EQ(to_iso(saved[0].start), "10:20");
    EXPECT_EQ(saved[0].duration_min, 30);
    EXPECT_EQ(saved[0].type, AppointmentType::Review);
    EXPECT_EQ(saved[0].room, "Room 2");
    EXPECT_EQ(saved[0].note, "Bring the home diary.");
    EXPECT_EQ(saved[0].clinician_id, *clinician_.clinician_id);
    EXPECT_EQ(saved[0].status, AppointmentStatus::Booked);
    EXPECT_FALSE(saved[0].series_id);
    ASSERT_TRUE(PumpUntil([this] { return Tab().Upcoming().size() == 1; }));
    ASSERT_NE(Tab().Selected(), nullptr);
    EXPECT_EQ(Tab().Selected()->id, saved[0].id) << "the booking just made is selected";
}

TEST_F(AppointmentDialogsTest, BooksAWeeklySeriesOnMondaysAndThursdays)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetDate(d, "2026-11-30"); // a Monday
        Type(d, "time", "09:00");
        EXPECT_FALSE(d.FindWindow("on")->IsEnabled()) << "no days while it does not repeat";
        Pick(d, "repeat", 1);
        EXPECT_TRUE(d.FindWindow("on")->IsEnabled());
        EXPECT_EQ(Value(d, "count"), "6") << "a default number of appointments";
        Tick(d, "on_thu", true);
        Type(d, "count", "4");
        EXPECT_EQ(Shown(d, "summary"), "4 appointments, Mon and Thu, 2026-11-30 to 2026-12-10, 09:00-09:45");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("book_appointment");
    const auto saved = Saved().for_patient(id_);
    ASSERT_EQ(saved.size(), 4u);
    std::vector<std::string> dates;
    for (const auto& a : saved) {
        dates.push_back(to_iso(a.date));
        EXPECT_EQ(to_iso(a.start), "09:00");
        ASSERT_TRUE(a.series_id);
        EXPECT_EQ(a.series_id, saved[0].series_id) << "one series";
    }
    EXPECT_EQ(dates, (std::vector<std::string>{"2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10"}));
    ASSERT_TRUE(PumpUntil([this] { return Tab().Upcoming().size() == 4; }));
}

TEST_F(AppointmentDialogsTest, AClashIsWarnedOfByNameAndBookAnywayStillBooks)
{
    const auto other = BookElsewhere(other_, "2026-12-07", "09:00"); // the same clinician
    DialogDriver::Get().Expect([&](wxDialog& d) {
        SetDate(d, "2026-12-07");
        Type(d, "time", "09:30");
        const auto warnings = Shown(d, "warnings");
        EXPECT_TRUE(warnings.Contains(wxString::Format("appointment %lld", static_cast<long long>(other.id))))
            << warnings;
        EXPECT_TRUE(warnings.Contains("Okafor")) << warnings << ": names the other patient";
        EXPECT_TRUE(warnings.Contains("09:00-09:45")) << warnings;
        EXPECT_EQ(OkLabel(d), "Book anyway");
        Type(d, "time", "10:00"); // clear of it
        EXPECT_EQ(Shown(d, "warnings"), "");
        EXPECT_EQ(OkLabel(d), "Book");
        Type(d, "time", "09:30");
        EXPECT_EQ(OkLabel(d), "Book anyway");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("book_appointment");
    const auto saved = Saved().for_patient(id_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(to_iso(saved[0].start), "09:30");
    EXPECT_EQ(Saved().for_patient(other_).size(), 1u) << "the other appointment is untouched";
}

TEST_F(AppointmentDialogsTest, WarnsOfOutsideHoursAndThePast)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetDate(d, "2026-11-20");
        Type(d, "time", "19:00");
        const auto warnings = Shown(d, "warnings");
        EXPECT_TRUE(warnings.Contains("in the past")) << warnings;
        EXPECT_TRUE(warnings.Contains("outside clinic hours")) << warnings;
        Click(d, wxID_CANCEL);
    });
    ClickInTab("book_appointment");
    EXPECT_TRUE(Saved().for_patient(id_).empty());
}

TEST_F(AppointmentDialogsTest, BadInputIsRefusedByTheFieldAndNothingIsBooked)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetDate(d, "2026-12-07");
        Type(d, "time", "25:00");
        Type(d, "duration", "0");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(Error(d, "time").StartsWith("Time ")) << Error(d, "time");
        EXPECT_TRUE(Error(d, "time").Contains("HH:MM")) << Error(d, "time");
        EXPECT_TRUE(Error(d, "duration").StartsWith("Duration ")) << Error(d, "duration");
        EXPECT_TRUE(Error(d, "duration").Contains("480")) << Error(d, "duration") << ": names the range";
        EXPECT_EQ(Shown(d, "summary"), "") << "nothing to book while a field is wrong";

        Type(d, "time", "09:00");
        Type(d, "duration", "45");
        EXPECT_EQ(Error(d, "time"), "") << "put right: the message goes";
        EXPECT_EQ(Error(d, "duration"), "");
        Pick(d, "repeat", 1);
        Tick(d, "on_mon", false); // the date's day, ticked for them: no day left
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(Error(d, "on").StartsWith("Days ")) << Error(d, "on");

        Tick(d, "on_mon", true);
        Type(d, "count", "200");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(Error(d, "count").Contains("104")) << Error(d, "count");
        Click(d, wxID_CANCEL);
    });
    ClickInTab("book_appointment");
    EXPECT_TRUE(Saved().for_patient(id_).empty());
}

TEST_F(AppointmentDialogsTest, TheDialogFindsThePatientWhenNoneIsGiven)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_TRUE(d.FindWindow("patient")->IsShown());
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "no patient yet";
        SetDate(d, "2026-12-08");
        Type(d, "patient", "okaf");
        auto* matches = dynamic_cast<wxListBox*>(d.FindWindow("patient_matches"));
        ASSERT_NE(matches, nullptr);
        ASSERT_EQ(matches->GetCount(), 1u);
        EXPECT_TRUE(matches->GetString(0).StartsWith("Okafor, Ada")) << matches->GetString(0);
        EXPECT_TRUE(d.FindWindow(wxID_OK)->IsEnabled()) << "typed: OK says what is missing";
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(Error(d, "patient").Contains("choose one")) << Error(d, "patient");
        matches->SetSelection(0);
        wxCommandEvent pick(wxEVT_LISTBOX, matches->GetId());
        pick.SetEventObject(matches);
        pick.SetInt(0);
        matches->ProcessWindowEvent(pick);
        Settle();
        EXPECT_EQ(Error(d, "patient"), "");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    const auto booked = BookAppointment(frame_, Workspace().session(), std::nullopt, AppointmentForm{});
    ASSERT_TRUE(booked);
    const auto saved = Saved().for_patient(other_);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(to_iso(saved[0].date), "2026-12-08");
}

TEST_F(AppointmentDialogsTest, AnEditMovesTheAppointment)
{
    const auto a = BookElsewhere(id_, "2026-12-02", "09:00");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(a.id));
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "edit_appointment_dialog");
        EXPECT_FALSE(d.FindWindow("repeat_section")->IsShown());
        EXPECT_FALSE(d.FindWindow("scope_section")->IsShown()) << "not a series";
        EXPECT_EQ(Shown(d, "status"), "Booked");
        EXPECT_EQ(Value(d, "date"), "2026-12-02");
        EXPECT_EQ(Value(d, "time"), "09:00");
        EXPECT_EQ(Shown(d, "warnings"), "") << "not a clash with itself";
        EXPECT_EQ(OkLabel(d), "Save");
        SetDate(d, "2026-12-04");
        Type(d, "time", "14:15");
        Type(d, "room", "Room 3");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("edit_appointment");
    const auto saved = Saved().get(a.id);
    EXPECT_EQ(to_iso(saved.date), "2026-12-04");
    EXPECT_EQ(to_iso(saved.start), "14:15");
    EXPECT_EQ(saved.room, "Room 3");
}

TEST_F(AppointmentDialogsTest, AnEditThatLostARaceSaysSoAndShowsTheAppointmentAsItIsNow)
{
    const auto a = BookElsewhere(id_, "2026-12-02", "09:00");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(a.id));
    DialogDriver::Get().Expect([this, &a](wxDialog& d) {
        // Meanwhile another workstation moves it.
        Saved().move(a.id, "2026-12-03", "11:00", a.version);
        Type(d, "time", "10:00");
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal()) << "not saved: still open";
        const auto messages = DialogDriver::Get().TakeMessages();
        ASSERT_EQ(messages.size(), 1u);
        EXPECT_TRUE(messages[0].Contains("changed elsewhere")) << messages[0];
        EXPECT_TRUE(messages[0].Contains("10:00")) << messages[0] << ": what they had put in is told";
        EXPECT_EQ(Value(d, "date"), "2026-12-03") << "as it is now";
        EXPECT_EQ(Value(d, "time"), "11:00");
        Type(d, "time", "10:00");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal()) << "against the version shown now";
    });
    ClickInTab("edit_appointment");
    const auto saved = Saved().get(a.id);
    EXPECT_EQ(to_iso(saved.date), "2026-12-03");
    EXPECT_EQ(to_iso(saved.start), "10:00");
}

TEST_F(AppointmentDialogsTest, ThisAndFollowingMovesTheRestOfTheSeries)
{
    AppointmentForm weekly;
    weekly.date = "2026-11-30";
    weekly.time = "09:00";
    weekly.repeat = "weekly";
    weekly.on = "mon";
    weekly.count = "3";
    const auto series = Saved().book(id_, weekly).appointments;
    ASSERT_EQ(series.size(), 3u);
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(series[1].id));
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_TRUE(d.FindWindow("scope_section")->IsShown());
        Type(d, "time", "11:30");
        auto* following = dynamic_cast<wxRadioButton*>(d.FindWindow("scope_following"));
        following->SetValue(true);
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("edit_appointment");
    EXPECT_EQ(to_iso(Saved().get(series[0].id).start), "09:00") << "earlier ones keep their time";
    EXPECT_EQ(to_iso(Saved().get(series[1].id).start), "11:30");
    EXPECT_EQ(to_iso(Saved().get(series[2].id).start), "11:30");
}

TEST_F(AppointmentDialogsTest, CancellingNeedsAReason)
{
    const auto a = BookElsewhere(id_, "2026-12-02", "09:00");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(a.id));
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "appointment_status_dialog");
        EXPECT_TRUE(Shown(d, "intro").Contains("2026-12-02 09:00-09:45")) << Shown(d, "intro");
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "no reason yet";
        EXPECT_FALSE(d.FindWindow("scope_section")->IsShown()) << "not a series";
        Type(d, "reason", "   ");
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "spaces are no reason";
        Type(d, "reason", "Patient unwell, will call to rebook");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("cancel_appointment");
    const auto saved = Saved().get(a.id);
    EXPECT_EQ(saved.status, AppointmentStatus::Cancelled);
    EXPECT_EQ(saved.reason, "Patient unwell, will call to rebook");
    ASSERT_TRUE(PumpUntil([this] {
        return !Tab().Upcoming().empty() && Tab().Upcoming()[0].status == AppointmentStatus::Cancelled;
    }));
    EXPECT_FALSE(Tab().FindWindow("cancel_appointment")->IsEnabled()) << "cancelled once";
}

TEST_F(AppointmentDialogsTest, CancellingTheRestOfASeries)
{
    AppointmentForm weekly;
    weekly.date = "2026-11-30";
    weekly.time = "09:00";
    weekly.repeat = "weekly";
    weekly.on = "mon";
    weekly.count = "3";
    const auto series = Saved().book(id_, weekly).appointments;
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(series[1].id));
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_TRUE(d.FindWindow("scope_section")->IsShown());
        Type(d, "reason", "Moving away");
        dynamic_cast<wxRadioButton*>(d.FindWindow("scope_following"))->SetValue(true);
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("cancel_appointment");
    EXPECT_EQ(Saved().get(series[0].id).status, AppointmentStatus::Booked);
    EXPECT_EQ(Saved().get(series[1].id).status, AppointmentStatus::Cancelled);
    EXPECT_EQ(Saved().get(series[2].id).status, AppointmentStatus::Cancelled);
}

TEST_F(AppointmentDialogsTest, AttendedBeforeTheDayIsRefusedWithTheServicesReason)
{
    const auto a = BookElsewhere(id_, "2026-12-02", "09:00");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(a.id));
    ClickInTab("mark_attended");
    auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("after today")) << messages[0];
    ASSERT_TRUE(Tab().Select(a.id));
    ClickInTab("mark_dna"); // refused before any reason is asked
    messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("after today")) << messages[0];
    EXPECT_EQ(Saved().get(a.id).status, AppointmentStatus::Booked);
}

TEST_F(AppointmentDialogsTest, AttendedAndDidNotAttendAreRecorded)
{
    const auto came = BookElsewhere(id_, "2026-11-23", "09:00");
    const auto missed = BookElsewhere(id_, "2026-11-24", "09:00");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(came.id));
    ClickInTab("mark_attended");
    EXPECT_TRUE(DialogDriver::Get().TakeMessages().empty());
    EXPECT_EQ(Saved().get(came.id).status, AppointmentStatus::Attended);
    ASSERT_TRUE(Tab().Select(missed.id));
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_TRUE(d.FindWindow(wxID_OK)->IsEnabled()) << "a reason is optional";
        Type(d, "reason", "No contact");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    ClickInTab("mark_dna");
    const auto saved = Saved().get(missed.id);
    EXPECT_EQ(saved.status, AppointmentStatus::DidNotAttend);
    EXPECT_EQ(saved.reason, "No contact");
}

} // namespace
} // namespace fc::ui::test
