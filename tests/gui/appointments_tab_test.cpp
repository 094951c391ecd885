// The record's Appointments tab: upcoming then past with what became of each, double-click to
// edit, the adherence weeks, writing the note of an appointment (the editor on its date and time;
// once saved the appointment is attended and linked), and the patient list's next appointment.
#include "appointment_window.h"
#include "dialog_driver.h"
#include "services/session_notes.h"
#include "ui/appointment_dialogs.h"
#include "ui/appointments_tab.h"
#include "ui/patient_list_model.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/sessions_tab.h"

#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/notebook.h>

namespace fc::ui::test {
namespace {

using namespace diary;

class AppointmentsTabTest : public AppointmentWindowTest {
protected:
    wxDataViewListCtrl& List(const char* name) const
    {
        return *dynamic_cast<wxDataViewListCtrl*>(Tab().FindWindow(name));
    }
    // The record tab in front.
    wxString FrontTab() const
    {
        auto* tabs = dynamic_cast<wxNotebook*>(Tab().GetParent());
        return tabs && tabs->GetCurrentPage() ? tabs->GetCurrentPage()->GetName() : wxString();
    }
    // The patient list's Next appointment cell of patient `id`.
    wxString NextAppointmentOf(std::int64_t id) const
    {
        auto* view = dynamic_cast<wxDataViewCtrl*>(PatientWindowTest::List().FindWindow("patients"));
        auto* model = dynamic_cast<PatientListModel*>(view->GetModel());
        const auto row = model->RowOf(id);
        if (!row)
            return "(not listed)";
        wxVariant value;
        model->GetValueByRow(value, *row, PatientListModel::NEXT_APPOINTMENT);
        return value.GetString();
    }
    void Record(std::int64_t id, AppointmentStatus status, const std::string& reason = {})
    {
        Saved().set_status(id, status, reason);
    }
};

TEST_F(AppointmentsTabTest, ListsUpcomingSoonestFirstThenPastLatestFirst)
{
    const auto later = BookElsewhere(id_, "2026-12-07", "09:00");
    const auto soon = BookElsewhere(id_, "2026-12-02", "14:30");
    const auto came = BookElsewhere(id_, "2026-11-20", "09:00");
    const auto unrecorded = BookElsewhere(id_, "2026-11-23", "10:00");
    Record(came.id, AppointmentStatus::Attended);
    BookElsewhere(other_, "2026-12-01", "09:00"); // another patient's: not listed here
    ShowAppointmentsTab();

    ASSERT_EQ(Tab().Upcoming().size(), 2u);
    EXPECT_EQ(Tab().Upcoming()[0].id, soon.id);
    EXPECT_EQ(Tab().Upcoming()[1].id, later.id);
    ASSERT_EQ(Tab().Past().size(), 2u);
    EXPECT_EQ(Tab().Past()[0].id, unrecorded.id);
    EXPECT_EQ(Tab().Past()[1].id, came.id);

    auto& upcoming = List("upcoming");
    EXPECT_EQ(upcoming.GetTextValue(0, 0), "Wed 2026-12-02");
    EXPECT_EQ(upcoming.GetTextValue(0, 1), "14:30");
    EXPECT_EQ(upcoming.GetTextValue(0, 2), "Booked");
    EXPECT_EQ(upcoming.GetTextValue(0, 3), "Follow-up");
    EXPECT_EQ(upcoming.GetTextValue(0, 4), "45 min");
    EXPECT_EQ(upcoming.GetTextValue(0, 5), "Robin Sample");
    auto& past = List("past");
    EXPECT_TRUE(past.GetTextValue(0, 2).Contains("not recorded yet")) << past.GetTextValue(0, 2);
    EXPECT_EQ(past.GetTextValue(1, 2), "Attended");
    EXPECT_TRUE(Shown(Tab(), "count").Contains("4 appointments")) << Shown(Tab(), "count");

    // Nothing selected: only booking is offered.
    EXPECT_TRUE(Tab().FindWindow("book_appointment")->IsEnabled());
    EXPECT_FALSE(Tab().FindWindow("edit_appointment")->IsEnabled());
    EXPECT_FALSE(Tab().FindWindow("write_note")->IsEnabled());
    ASSERT_TRUE(Tab().Select(came.id));
    EXPECT_FALSE(Tab().FindWindow("edit_appointment")->IsEnabled()) << "attended: no longer moved";
    EXPECT_FALSE(Tab().FindWindow("cancel_appointment")->IsEnabled());
    EXPECT_TRUE(Tab().FindWindow("write_note")->IsEnabled());
    ASSERT_TRUE(Tab().Select(later.id));
    EXPECT_EQ(past.GetSelectedRow(), wxNOT_FOUND) << "one selection between the lists";
    EXPECT_FALSE(Tab().FindWindow("write_note")->IsEnabled()) << "no note before the day";

    // A double-click edits.
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "edit_appointment_dialog");
        EXPECT_EQ(Value(d, "date"), "2026-12-07");
        Click(d, wxID_CANCEL);
    });
    wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, &upcoming, upcoming.RowToItem(1));
    upcoming.ProcessWindowEvent(activate);
    EXPECT_EQ(DialogDriver::Get().Pending(), 0u);
}

TEST_F(AppointmentsTabTest, SaysSoWhenThereAreNone)
{
    ShowAppointmentsTab();
    EXPECT_TRUE(Shown(Tab(), "upcoming_none").Contains("Nothing booked")) << Shown(Tab(), "upcoming_none");
    EXPECT_FALSE(List("upcoming").IsShown());
    EXPECT_TRUE(Shown(Tab(), "past_none").Contains("No past")) << Shown(Tab(), "past_none");
}

TEST_F(AppointmentsTabTest, AdherenceCountsEachWeeksAppointments)
{
    const auto came = BookElsewhere(id_, "2026-11-16", "09:00");
    const auto missed = BookElsewhere(id_, "2026-11-18", "09:00");
    const auto off = BookElsewhere(id_, "2026-11-19", "09:00");
    BookElsewhere(id_, "2026-11-26", "09:00"); // this week, still booked
    Record(came.id, AppointmentStatus::Attended);
    Record(missed.id, AppointmentStatus::DidNotAttend);
    Record(off.id, AppointmentStatus::Cancelled, "Clinic closed");
    ShowAppointmentsTab();

    const auto& weeks = Tab().Weeks();
    ASSERT_EQ(weeks.size(), 8u) << "the last eight weeks";
    EXPECT_EQ(weeks[0].week, "2026-W41") << "oldest first, as on a chart";
    EXPECT_EQ(weeks[7].week, "2026-W48");
    EXPECT_EQ(weeks[7].booked, 1);
    EXPECT_EQ(weeks[6].week, "2026-W47");
    EXPECT_EQ(weeks[6].attended, 1);
    EXPECT_EQ(weeks[6].missed, 1);
    EXPECT_EQ(weeks[6].cancelled, 1);
    // A column a week, headed by its Monday (the month where it changes); a row for each count.
    auto& table = List("adherence");
    ASSERT_EQ(table.GetColumnCount(), 9u);
    EXPECT_EQ(table.GetColumn(1)->GetTitle(), "05 Oct");
    EXPECT_EQ(table.GetColumn(2)->GetTitle(), "12");
    EXPECT_EQ(table.GetColumn(5)->GetTitle(), "02 Nov");
    EXPECT_EQ(table.GetColumn(7)->GetTitle(), "16");
    EXPECT_EQ(table.GetColumn(8)->GetTitle(), "23");
    ASSERT_EQ(table.GetItemCount(), 6);
    EXPECT_EQ(table.GetTextValue(0, 0), "Booked");
    EXPECT_EQ(table.GetTextValue(0, 7), "0");
    EXPECT_EQ(table.GetTextValue(0, 8), "1");
    EXPECT_EQ(table.GetTextValue(1, 0), "Attended");
    EXPECT_EQ(table.GetTextValue(1, 7), "1");
    EXPECT_EQ(table.GetTextValue(2, 0), "Missed");
    EXPECT_EQ(table.GetTextValue(2, 7), "1");
    EXPECT_EQ(table.GetTextValue(3, 0), "Cancelled");
    EXPECT_EQ(table.GetTextValue(3, 7), "1");
    EXPECT_EQ(table.GetTextValue(5, 0), "Target");
    EXPECT_EQ(table.GetTextValue(5, 7), L"\u2014") << "no dilator programme: no target";
}

TEST_F(AppointmentsTabTest, AnAppointmentsNoteOpensOnItsDateAndOnceSavedRecordsIt)
{
    const auto a = BookElsewhere(id_, "2026-11-24", "10:15");
    ShowAppointmentsTab();
    ASSERT_TRUE(Tab().Select(a.id));
    std::optional<std::int64_t> note_id;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "note_editor");
        EXPECT_EQ(FrontTab(), "sessions_tab") << "written on the Sessions tab";
        EXPECT_EQ(Value(d, "date"), "2026-11-24");
        EXPECT_EQ(Value(d, "start"), "10:15");
        EXPECT_EQ(Value(d, "duration"), "45");
        Type(d, "subjective", "Seen as booked; home practice going well.");
        ASSERT_TRUE(PumpUntil([&] { return SessionNotes(SavedClinic(), clinician_).for_patient(id_).size() == 1; }));
        note_id = SessionNotes(SavedClinic(), clinician_).for_patient(id_).at(0).id;
        Click(d, wxID_CLOSE);
    });
    ClickInTab("write_note");
    ASSERT_TRUE(note_id);
    const auto saved = Saved().get(a.id);
    EXPECT_EQ(saved.session_note_id, note_id) << "linked to the note";
    EXPECT_EQ(saved.status, AppointmentStatus::Attended);
    const auto note = SessionNotes(SavedClinic(), clinician_).get(*note_id).note;
    EXPECT_EQ(note.appointment_id, a.id);
    auto* sessions = dynamic_cast<SessionsTab*>(frame_->FindWindow("sessions_tab"));
    ASSERT_TRUE(PumpUntil([&] { return sessions->Notes().size() == 1; }));

    // Back on the Appointments tab, the appointment says so and takes no second note.
    ASSERT_TRUE(ChooseTab("appointments_tab"));
    ASSERT_TRUE(PumpUntil([&] { return !Tab().Past().empty() && Tab().Past()[0].session_note_id == note_id; }));
    EXPECT_EQ(List("past").GetTextValue(0, 7), "Written");
    EXPECT_EQ(List("past").GetTextValue(0, 2), "Attended");
}

TEST_F(AppointmentsTabTest, AnAppointmentsNoteFromElsewhereOpensThatPatientsRecord)
{
    const auto a = BookElsewhere(other_, "2026-11-25", "08:30");
    ShowAppointmentsTab(); // Nakamura's record is open
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "note_editor");
        EXPECT_TRUE(d.GetTitle().Contains("Okafor")) << d.GetTitle();
        EXPECT_EQ(Value(d, "start"), "08:30");
        Click(d, wxID_CLOSE); // nothing typed: no note
    });
    WriteNoteFromAppointment(frame_, Workspace().session(), a.id);
    ASSERT_NE(Workspace().record(), nullptr);
    EXPECT_EQ(Workspace().record()->patient.id, other_);
    EXPECT_EQ(FrontTab(), "sessions_tab");
    EXPECT_EQ(Saved().get(a.id).status, AppointmentStatus::Booked) << "closed without a note: nothing recorded";
}

TEST_F(AppointmentsTabTest, ThePatientListShowsTheNextAppointment)
{
    auto* view = dynamic_cast<wxDataViewCtrl*>(PatientWindowTest::List().FindWindow("patients"));
    bool shown = false;
    for (unsigned i = 0; i < view->GetColumnCount(); ++i)
        if (view->GetColumn(i)->GetModelColumn() == PatientListModel::NEXT_APPOINTMENT)
            shown = !view->GetColumn(i)->IsHidden();
    EXPECT_TRUE(shown) << "the Next appointment column is shown";
    EXPECT_EQ(NextAppointmentOf(id_), "");

    const auto cancelled = BookElsewhere(id_, "2026-11-30", "08:00");
    Record(cancelled.id, AppointmentStatus::Cancelled, "Patient's request");
    BookElsewhere(id_, "2026-12-08", "09:30");
    BookElsewhere(id_, "2026-12-15", "09:30");
    BookElsewhere(other_, "2027-01-05", "14:00");
    PatientWindowTest::List().FindAgain();
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(NextAppointmentOf(id_), "Tue 08 Dec 09:30") << "the next booked one, a cancelled one skipped";
    EXPECT_EQ(NextAppointmentOf(other_), "Tue 05 Jan 2027 14:00") << "another year says which";

    // Booked from the record: the list follows.
    ShowAppointmentsTab();
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetDate(d, "2026-12-01");
        Type(d, "time", "11:00");
        Click(d, wxID_OK);
    });
    ClickInTab("book_appointment");
    EXPECT_TRUE(PumpUntil([&] { return NextAppointmentOf(id_) == "Tue 01 Dec 11:00"; })) << NextAppointmentOf(id_);
}

} // namespace
} // namespace fc::ui::test
