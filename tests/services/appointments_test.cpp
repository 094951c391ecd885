// The diary's use cases against a real clinic file: booking single and recurring appointments
// with their warnings, moving (one, or this and following: the series splits), attendance,
// notes written from an appointment, settings, adherence and the patient list's next appointment.
#include "clinic_fixture.h"

#include "services/appointments.h"
#include "services/clinic_profile.h"
#include "services/demo_clinic.h"
#include "services/session_notes.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>

using namespace fc;

namespace {
class AppointmentsTest : public test::ClinicTest {
protected:
    Actor sam = add_clinician("Sam Lee");
    Actor ana = add_clinician("Ana Ruiz");
    PatientRecords records{clinic, sam};
    Appointments diary{clinic, sam};
    std::int64_t jane = records.add(form("Doe", "Jane", "1980-01-02")).id;
    std::int64_t mia = records.add(form("Roe", "Mia", "1990-03-04")).id;

    static AppointmentForm at(const std::string& date, const std::string& time)
    {
        AppointmentForm f;
        f.date = date;
        f.time = time;
        return f;
    }
    // A weekly repeat from `date` at `time` on `on`, `count` occurrences.
    static AppointmentForm weekly(const std::string& date, const std::string& time, const std::string& on,
                                  int count)
    {
        auto f = at(date, time);
        f.repeat = "weekly";
        f.on = on;
        f.count = std::to_string(count);
        return f;
    }
    static std::vector<WarningKind> kinds(const Booking& b)
    {
        std::vector<WarningKind> k;
        for (const auto& w : b.warnings)
            k.push_back(w.kind);
        return k;
    }
    int rows(const std::string& table)
    {
        SQLite::Database db(path.string());
        return db.execAndGet("SELECT count(*) FROM " + table).getInt();
    }
};
} // namespace

TEST_F(AppointmentsTest, ASingleBookingIsStoredWithTheActingClinician)
{
    auto f = at("2026-12-01", "09:00");
    f.room = "Room 2";
    f.type = "initial";
    const auto b = diary.book(jane, f);
    ASSERT_EQ(b.appointments.size(), 1u);
    EXPECT_TRUE(b.warnings.empty());
    const auto a = diary.get(b.appointments[0].id);
    EXPECT_EQ(a.clinician_id, sam.clinician_id);
    EXPECT_EQ(a.date, Date(2026, 12, 1));
    EXPECT_EQ(a.start, TimeOfDay::at(9, 0));
    EXPECT_EQ(a.type, AppointmentType::Initial);
    EXPECT_EQ(a.room, "Room 2");
    EXPECT_EQ(a.status, AppointmentStatus::Booked);
    EXPECT_FALSE(a.series_id);
    EXPECT_EQ(a.version, 1);
}

TEST_F(AppointmentsTest, AWeeklySeriesIsOneRowPerOccurrenceLinkedToItsSeries)
{
    const auto f = weekly("2026-11-30", "10:00", "mon,thu", 8);
    const auto b = diary.book(jane, f);
    ASSERT_EQ(b.appointments.size(), 8u);
    ASSERT_TRUE(b.series_id);
    EXPECT_EQ(rows("appointments"), 8);
    const auto series = diary.of_series(*b.series_id);
    ASSERT_EQ(series.size(), 8u);
    EXPECT_EQ(series.front().date, Date(2026, 11, 30));
    EXPECT_EQ(series.back().date, Date(2026, 12, 24));
    for (const auto& a : series)
        EXPECT_TRUE(weekday_of(a.date) == Weekday::Mon || weekday_of(a.date) == Weekday::Thu);
}

TEST_F(AppointmentsTest, ClashesAreWarnedAboutNamingTheOtherAppointmentButStillBooked)
{
    const auto first = diary.book(jane, at("2026-12-01", "09:00")).appointments[0];
    // Mia with Sam at 09:30: Sam is busy until 09:45.
    auto b = diary.book(mia, at("2026-12-01", "09:30"));
    ASSERT_EQ(kinds(b), std::vector{WarningKind::ClinicianBusy});
    EXPECT_EQ(b.warnings[0].with, first.id);
    EXPECT_NE(b.warnings[0].message.find("Doe, Jane"), std::string::npos) << b.warnings[0].message;
    EXPECT_EQ(rows("appointments"), 2);
    // Jane with Ana at 09:15: Jane is already with Sam.
    auto with_ana = at("2026-12-01", "09:15");
    with_ana.clinician = std::to_string(*ana.clinician_id);
    b = Appointments(clinic, ana).check(jane, with_ana);
    ASSERT_EQ(kinds(b), std::vector{WarningKind::PatientBusy});
    EXPECT_EQ(rows("appointments"), 2) << "checking books nothing";
}

TEST_F(AppointmentsTest, ARoomInUseAndHoursAndPastDates)
{
    auto f = at("2026-12-01", "11:00");
    f.room = "Room 1";
    diary.book(jane, f);
    auto g = at("2026-12-01", "11:30");
    g.room = "room 1";
    g.clinician = std::to_string(*ana.clinician_id);
    EXPECT_EQ(kinds(diary.check(mia, g)), std::vector{WarningKind::RoomInUse});
    EXPECT_EQ(kinds(diary.check(mia, at("2026-12-01", "17:45"))), std::vector{WarningKind::OutsideHours});
    EXPECT_EQ(kinds(diary.check(mia, at("2026-11-24", "10:00"))), std::vector{WarningKind::InThePast});
}

TEST_F(AppointmentsTest, BadInputChangesNothing)
{
    for (const auto& [time, duration] : std::vector<std::pair<std::string, std::string>>{
             {"25:00", "45"}, {"09:61", "45"}, {"09:00", "0"}, {"09:00", "-30"}}) {
        auto f = at("2026-12-01", time);
        f.duration = duration;
        EXPECT_THROW(diary.book(jane, f), InvalidInput) << time << " " << duration;
    }
    EXPECT_THROW(diary.book(jane, at("2027-02-31", "09:00")), InvalidInput);
    auto f = at("2026-12-01", "09:00");
    f.repeat = "weekly";
    f.count = "4";
    EXPECT_THROW(diary.book(jane, f), InvalidInput);
    EXPECT_THROW(diary.book(999, at("2026-12-01", "09:00")), NotFound);
    auto g = at("2026-12-01", "09:00");
    g.clinician = "99";
    EXPECT_THROW(diary.book(jane, g), NotFound);
    EXPECT_EQ(rows("appointments"), 0);
    EXPECT_EQ(rows("appointment_series"), 0);
}

TEST_F(AppointmentsTest, MovingOneOccurrenceKeepsItInItsSeries)
{
    const auto f = weekly("2026-12-01", "09:00", "tue", 6);
    const auto b = diary.book(jane, f);
    const auto third = b.appointments[2];
    const auto moved = diary.move(third.id, Date(2026, 12, 16), TimeOfDay::at(14, 0), third.version);
    ASSERT_EQ(moved.appointments.size(), 1u);
    const auto a = diary.get(third.id);
    EXPECT_EQ(a.date, Date(2026, 12, 16));
    EXPECT_EQ(a.start, TimeOfDay::at(14, 0));
    EXPECT_EQ(a.series_id, b.series_id);
    EXPECT_EQ(diary.get(b.appointments[3].id).date, Date(2026, 12, 22)) << "the others stay";
    EXPECT_THROW(diary.move(third.id, Date(2026, 12, 17), TimeOfDay::at(14, 0), third.version), Conflict)
        << "stale version";
}

TEST_F(AppointmentsTest, ThisAndFollowingShiftsTheRestAndSplitsTheSeries)
{
    const auto f = weekly("2026-12-01", "09:00", "tue", 6);
    const auto b = diary.book(jane, f);
    const auto fourth = b.appointments[3]; // 2026-12-22
    const auto moved = diary.move(fourth.id, Date(2026, 12, 23), TimeOfDay::at(10, 30), fourth.version,
                                  SeriesScope::ThisAndFollowing);
    ASSERT_EQ(moved.appointments.size(), 3u);
    ASSERT_TRUE(moved.series_id);
    EXPECT_NE(moved.series_id, b.series_id);
    EXPECT_EQ(diary.of_series(*b.series_id).size(), 3u);
    const auto split = diary.of_series(*moved.series_id);
    ASSERT_EQ(split.size(), 3u);
    EXPECT_EQ(split[0].date, Date(2026, 12, 23));
    EXPECT_EQ(split[2].date, Date(2027, 1, 6));
    for (const auto& a : split)
        EXPECT_EQ(a.start, TimeOfDay::at(10, 30));
    EXPECT_EQ(rows("appointments"), 6) << "nothing lost, nothing added";
}

TEST_F(AppointmentsTest, StatusChanges)
{
    const auto past = diary.book(jane, at("2026-11-24", "09:00")).appointments[0];
    const auto future = diary.book(jane, at("2026-12-01", "09:00")).appointments[0];
    EXPECT_EQ(diary.set_status(past.id, AppointmentStatus::DidNotAttend, "").at(0).status,
              AppointmentStatus::DidNotAttend);
    EXPECT_THROW(diary.set_status(future.id, AppointmentStatus::Attended, ""), InvalidInput);
    EXPECT_THROW(diary.set_status(future.id, AppointmentStatus::Cancelled, ""), InvalidInput);
    EXPECT_EQ(diary.get(future.id).status, AppointmentStatus::Booked);
    const auto cancelled = diary.set_status(future.id, AppointmentStatus::Cancelled, "Rang in sick");
    EXPECT_EQ(diary.get(future.id).reason, "Rang in sick");
    EXPECT_THROW(diary.move(future.id, Date(2026, 12, 2), TimeOfDay::at(9, 0), cancelled.at(0).version), Conflict)
        << "a cancelled appointment is not moved";
}

TEST_F(AppointmentsTest, CancellingThisAndFollowing)
{
    const auto f = weekly("2026-12-01", "09:00", "tue", 4);
    const auto b = diary.book(jane, f);
    const auto changed = diary.set_status(b.appointments[1].id, AppointmentStatus::Cancelled, "Moving away",
                                          std::nullopt, SeriesScope::ThisAndFollowing);
    EXPECT_EQ(changed.size(), 3u);
    EXPECT_EQ(diary.get(b.appointments[0].id).status, AppointmentStatus::Booked);
    EXPECT_EQ(diary.get(b.appointments[3].id).status, AppointmentStatus::Cancelled);
}

TEST_F(AppointmentsTest, WritingTheNoteFromAnAppointmentLinksItAndMarksItAttended)
{
    const auto a = diary.book(jane, at("2026-11-25", "11:15")).appointments[0];
    auto form = diary.note_form(a.id);
    EXPECT_EQ(form.appointment, std::to_string(a.id));
    EXPECT_EQ(form.date, "2026-11-25");
    EXPECT_EQ(form.start, "11:15");
    EXPECT_EQ(form.duration, "45");
    form.subjective = "Comfortable.";
    SessionNotes notes(clinic, sam);
    const auto note = notes.add_draft(jane, form);
    EXPECT_EQ(note.appointment_id, a.id);
    const auto after = diary.get(a.id);
    EXPECT_EQ(after.status, AppointmentStatus::Attended);
    EXPECT_EQ(after.session_note_id, note.id);
    EXPECT_THROW(diary.note_form(a.id), Conflict) << "already recorded";
    EXPECT_THROW(diary.set_status(a.id, AppointmentStatus::DidNotAttend, ""), Conflict) << "the note's to say";
    // Another patient's appointment cannot be recorded by this note.
    const auto other = diary.book(mia, at("2026-11-25", "13:00")).appointments[0];
    auto wrong = notes.new_note_form(jane);
    wrong.appointment = std::to_string(other.id);
    wrong.start = "13:00";
    EXPECT_THROW(notes.add_draft(jane, wrong), InvalidInput);
    EXPECT_EQ(diary.get(other.id).status, AppointmentStatus::Booked);
}

TEST_F(AppointmentsTest, ANoteOfADidNotAttendRecordsItOnTheAppointment)
{
    const auto a = diary.book(jane, at("2026-11-24", "09:00")).appointments[0];
    auto form = diary.note_form(a.id);
    form.attendance = "did-not-attend";
    form.duration.clear();
    SessionNotes(clinic, sam).add_draft(jane, form);
    EXPECT_EQ(diary.get(a.id).status, AppointmentStatus::DidNotAttend);
}

TEST_F(AppointmentsTest, SettingsAreKeptInTheClinicFile)
{
    DiarySettingsForm f;
    f.time_zone = "Europe/London";
    f.days[5] = "09:00-12:00";
    diary.save_settings(f);
    Clinic again(path);
    const auto s = Appointments(again, Actor::nobody()).settings();
    EXPECT_EQ(s.time_zone, "Europe/London");
    ASSERT_TRUE(s.hours.days[5]);
    EXPECT_EQ(s.hours.days[5]->opens, TimeOfDay::at(9, 0));
    DiarySettingsForm bad;
    bad.time_zone = "Mars/Olympus";
    bad.days[0] = "18:00-08:00";
    try {
        diary.save_settings(bad);
        FAIL();
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.errors().size(), 2u);
        EXPECT_EQ(e.errors()[0].field, "time-zone");
        EXPECT_EQ(e.errors()[1].field, "mon");
    }
    EXPECT_EQ(diary.settings().time_zone, "Europe/London");
    // Saturday now open: a booking then is no longer outside hours.
    EXPECT_TRUE(diary.check(jane, at("2026-12-05", "10:00")).warnings.empty());
}

TEST_F(AppointmentsTest, ListsAndTheNextAppointment)
{
    diary.book(jane, at("2026-12-02", "09:00"));
    diary.book(jane, at("2026-11-20", "09:00"));
    diary.book(jane, at("2026-11-27", "15:00"));
    auto with_ana = at("2026-11-30", "09:00");
    with_ana.clinician = std::to_string(*ana.clinician_id);
    diary.book(mia, with_ana);
    EXPECT_EQ(diary.week_of(Date(2026, 11, 25), std::nullopt).size(), 1u);
    EXPECT_EQ(diary.week_of(Date(2026, 12, 1), std::nullopt).size(), 2u);
    EXPECT_EQ(diary.week_of(Date(2026, 12, 1), sam.clinician_id).size(), 1u);
    const auto next = diary.next_for_patient(jane);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->date, Date(2026, 11, 27));
    const auto list = records.search({});
    const auto row = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.id == jane; });
    ASSERT_NE(row, list.end());
    EXPECT_EQ(row->next_appointment, Date(2026, 11, 27));
    EXPECT_EQ(row->next_appointment_time, TimeOfDay::at(15, 0));
}

TEST_F(AppointmentsTest, AdherenceCountsTheWeeksAppointments)
{
    const auto a = diary.book(jane, at("2026-11-16", "09:00")).appointments[0];
    const auto b = diary.book(jane, at("2026-11-19", "09:00")).appointments[0];
    diary.book(jane, at("2026-11-26", "09:00"));
    diary.set_status(a.id, AppointmentStatus::Attended, "");
    diary.set_status(b.id, AppointmentStatus::DidNotAttend, "");
    const auto adh = diary.adherence(jane, Date(2026, 11, 16), Date(2026, 11, 29));
    ASSERT_EQ(adh.weeks.size(), 2u);
    EXPECT_EQ(adh.weeks[0].attended, 1);
    EXPECT_EQ(adh.weeks[0].missed, 1);
    EXPECT_EQ(adh.weeks[1].booked, 1);
}

TEST_F(AppointmentsTest, TheDemoClinicBooksAnAppointmentBehindEveryNoteAndSomeToCome)
{
    const auto summary = fill_demo_clinic(clinic, DemoOptions{.patients = 20, .seed = 3});
    EXPECT_GT(summary.appointments_added, summary.notes_added);
    SQLite::Database db(path.string());
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM session_notes n JOIN appointments a ON a.id = n.appointment_id "
                            "AND a.session_note_id = n.id AND a.date = n.date AND a.start = n.start")
                  .getInt(),
              summary.notes_added);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM session_notes n JOIN appointments a ON a.id = n.appointment_id "
                            "WHERE (n.attendance = 'attended') <> (a.status = 'attended')")
                  .getInt(),
              0);
    EXPECT_GT(db.execAndGet("SELECT count(*) FROM appointments WHERE status = 'booked' AND date >= '2026-11-25'")
                  .getInt(),
              0);
}

TEST_F(AppointmentsTest, ANoteThatNoLongerNamesAnAppointmentLeavesItBookedAgain)
{
    const auto first = diary.book(jane, at("2026-11-25", "09:00")).appointments[0];
    const auto second = diary.book(jane, at("2026-11-25", "14:00")).appointments[0];
    SessionNotes notes(clinic, sam);
    auto form = diary.note_form(first.id);
    form.attendance = "cancelled";
    form.duration.clear();
    auto note = notes.add_draft(jane, form);
    EXPECT_EQ(diary.get(first.id).reason, "recorded in session note " + std::to_string(note.id));
    // The note was about the afternoon appointment after all, and the patient came.
    form = NoteForm::from(note);
    form.appointment = std::to_string(second.id);
    form.start = "14:00";
    form.attendance = "attended";
    form.duration = "45";
    note = notes.edit_draft(note.id, form, note.version);
    const auto freed = diary.get(first.id);
    EXPECT_EQ(freed.status, AppointmentStatus::Booked);
    EXPECT_FALSE(freed.session_note_id);
    EXPECT_EQ(freed.reason, "");
    EXPECT_EQ(diary.get(second.id).status, AppointmentStatus::Attended);
    // And dropping the link altogether frees that one too.
    form = NoteForm::from(note);
    form.appointment.clear();
    notes.edit_draft(note.id, form, note.version);
    EXPECT_EQ(diary.get(second.id).status, AppointmentStatus::Booked);
}

TEST_F(AppointmentsTest, ANoteRecordsOnlyAnAppointmentOfItsDayThatWasNotCancelled)
{
    const auto future = diary.book(jane, at("2026-12-20", "09:00")).appointments[0];
    const auto cancelled = diary.book(jane, at("2026-11-24", "09:00")).appointments[0];
    diary.set_status(cancelled.id, AppointmentStatus::Cancelled, "Unwell");
    SessionNotes notes(clinic, sam);
    auto form = notes.new_note_form(jane);
    form.date = "2026-11-24";
    form.start = "09:00";
    form.duration = "45";
    for (const auto id : {future.id, cancelled.id}) {
        form.appointment = std::to_string(id);
        try {
            notes.add_draft(jane, form);
            FAIL() << "linked to appointment " << id;
        } catch (const InvalidInput& e) {
            ASSERT_EQ(e.errors().size(), 1u);
            EXPECT_EQ(e.errors()[0].field, "appointment");
            EXPECT_EQ(e.errors()[0].rule, id == future.id ? "other-date" : "not-booked");
        }
    }
    EXPECT_EQ(diary.get(future.id).status, AppointmentStatus::Booked);
    EXPECT_EQ(diary.get(cancelled.id).status, AppointmentStatus::Cancelled);
    EXPECT_TRUE(notes.for_patient(jane).empty());
}

TEST_F(AppointmentsTest, MovingASeriesMoreThanTwoYearsAheadIsRefused)
{
    const auto f = weekly("2028-10-02", "09:00", "mon", 4);
    const auto b = diary.book(jane, f);
    EXPECT_THROW(diary.move(b.appointments[0].id, Date(2028, 11, 13), TimeOfDay::at(9, 0), 1,
                            SeriesScope::ThisAndFollowing),
                 InvalidInput);
    EXPECT_EQ(diary.get(b.appointments[3].id).date, Date(2028, 10, 23));
}

TEST_F(AppointmentsTest, TheClinicProfileDefaultsToTheFileNameAndIsKept)
{
    EXPECT_EQ(clinic_profile(clinic).name, "clinic");
    EXPECT_EQ(clinic_profile(clinic).paper, "a4");
    save_clinic_profile(clinic, sam, ClinicProfileForm{.name = "  Harbour Lane  ", .paper = "Letter"});
    Clinic again(path);
    const auto p = clinic_profile(again);
    EXPECT_EQ(p.name, "Harbour Lane");
    EXPECT_EQ(p.paper, "letter");
    EXPECT_THROW(save_clinic_profile(clinic, sam, ClinicProfileForm{.phone = std::string(41, '1')}), InvalidInput);
    EXPECT_THROW(save_clinic_profile(clinic, Actor::nobody(), ClinicProfileForm{.name = "X"}), ClinicianRequired);
    EXPECT_EQ(clinic_profile(clinic).name, "Harbour Lane");
}

TEST_F(AppointmentsTest, CheckingAnEditWarnsAsTheEditWouldAndChangesNothing)
{
    const auto f = weekly("2026-12-01", "09:00", "tue", 3);
    const auto series = diary.book(jane, f).appointments;
    const auto other = diary.book(mia, at("2026-12-15", "11:00")).appointments[0];
    auto moved = AppointmentForm::from(series[0]);
    moved.time = "11:15";
    // This one alone: no clash on 2026-12-01, and none with itself.
    EXPECT_TRUE(diary.check_edit(series[0].id, moved, series[0].version).warnings.empty());
    // This and the following: the third lands on Mia's appointment.
    const auto b = diary.check_edit(series[0].id, moved, series[0].version, SeriesScope::ThisAndFollowing);
    ASSERT_EQ(b.appointments.size(), 3u);
    ASSERT_EQ(kinds(b), std::vector{WarningKind::ClinicianBusy});
    EXPECT_EQ(b.warnings[0].with, other.id);
    EXPECT_EQ(b.warnings[0].date, Date(2026, 12, 15));
    EXPECT_EQ(diary.get(series[2].id).start, TimeOfDay::at(9, 0)) << "checked, not changed";
    EXPECT_THROW(diary.check_edit(series[0].id, moved, series[0].version + 1), Conflict);
}

TEST_F(AppointmentsTest, TheDiaryWithNamesIsTheSameAppointmentsEachWithItsPatientAndClinician)
{
    auto kai_form = form("Poe", "Kai", "1975-05-05");
    kai_form.preferred = "KJ";
    const auto kai = records.add(kai_form).id;
    auto with_ana = at("2026-12-02", "10:00");
    with_ana.clinician = std::to_string(*ana.clinician_id);
    diary.book(jane, at("2026-12-01", "09:00"));
    diary.book(mia, with_ana);
    diary.book(kai, at("2026-12-03", "08:30"));
    diary.book(jane, at("2026-12-08", "09:00")); // the week after
    const auto ids = [](const auto& list) {
        std::vector<std::int64_t> out;
        for (const auto& item : list) {
            if constexpr (std::is_same_v<std::decay_t<decltype(item)>, DiaryEntry>)
                out.push_back(item.appointment.id);
            else
                out.push_back(item.id);
        }
        return out;
    };

    const auto week = diary.diary(Date(2026, 12, 2), DiarySpan::Week, std::nullopt);
    ASSERT_EQ(week.size(), 3u);
    EXPECT_EQ(ids(week), ids(diary.week_of(Date(2026, 12, 2), std::nullopt)));
    EXPECT_EQ(week[0].patient_name(), "Doe, Jane");
    EXPECT_EQ(week[0].clinician_name, "Sam Lee");
    EXPECT_EQ(week[1].patient_name(), "Roe, Mia");
    EXPECT_EQ(week[1].clinician_name, "Ana Ruiz");
    EXPECT_EQ(week[2].patient_name(), "Poe, Kai (KJ)");
    EXPECT_EQ(week[2].appointment.start, TimeOfDay::at(8, 30));

    const auto anas = diary.diary(Date(2026, 12, 2), DiarySpan::Week, ana.clinician_id);
    ASSERT_EQ(anas.size(), 1u);
    EXPECT_EQ(anas[0].appointment.patient_id, mia);
    const auto day = diary.diary(Date(2026, 12, 1), DiarySpan::Day, std::nullopt);
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].patient_name(), "Doe, Jane");
    EXPECT_TRUE(diary.diary(Date(2026, 12, 4), DiarySpan::Day, std::nullopt).empty());

    const auto janes = diary.diary_of_patient(jane);
    EXPECT_EQ(ids(janes), ids(diary.for_patient(jane)));
    ASSERT_EQ(janes.size(), 2u);
    EXPECT_EQ(janes[1].appointment.date, Date(2026, 12, 8));
    EXPECT_THROW(diary.diary_of_patient(999), NotFound);
}
