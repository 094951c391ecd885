// The diary's rows: round trip, version-guarded updates, the schema's own refusals, and prepared
// statements that stay usable after a write they made was refused.
#include "store/appointment_repository.h"

#include "store/schema.h"
#include "store/session_note_repository.h"
#include "store_test_clinic.h"

#include <SQLiteCpp/Transaction.h>

namespace fc {
namespace {

class AppointmentRepositoryTest : public test::StoreTestClinic {
protected:
    Appointment booked(int day, int hour)
    {
        Appointment a;
        a.patient_id = patient;
        a.clinician_id = clinician;
        a.date = Date(2026, 12, day);
        a.start = TimeOfDay::at(hour, 30);
        a.duration_min = 30;
        a.type = AppointmentType::Review;
        a.room = "Room 3";
        a.note = "Bring the home diary.";
        return a;
    }
};

TEST_F(AppointmentRepositoryTest, RoundTripAndOrder)
{
    store::AppointmentRepository repo(db);
    const auto later = repo.insert(booked(2, 9), clinician);
    const auto earlier = repo.insert(booked(1, 14), clinician);
    const auto found = repo.find(later);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->date, Date(2026, 12, 2));
    EXPECT_EQ(found->start, TimeOfDay::at(9, 30));
    EXPECT_EQ(found->type, AppointmentType::Review);
    EXPECT_EQ(found->room, "Room 3");
    EXPECT_EQ(found->note, "Bring the home diary.");
    EXPECT_EQ(found->version, 1);
    const auto all = repo.between(Date(2026, 12, 1), Date(2026, 12, 7), std::nullopt);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, earlier);
    EXPECT_TRUE(repo.between(Date(2026, 12, 1), Date(2026, 12, 7), other_clinician).empty());
    EXPECT_EQ(repo.next_booked(patient, Date(2026, 12, 2))->id, later);
    EXPECT_FALSE(repo.find(999));
}

TEST_F(AppointmentRepositoryTest, AnUpdateAtAnOldVersionChangesNothing)
{
    store::AppointmentRepository repo(db);
    auto a = booked(1, 9);
    a.id = repo.insert(a, clinician);
    a.start = TimeOfDay::at(10, 0);
    EXPECT_TRUE(repo.update(a, 1, clinician));
    a.start = TimeOfDay::at(11, 0);
    EXPECT_FALSE(repo.update(a, 1, clinician));
    EXPECT_EQ(repo.find(a.id)->start, TimeOfDay::at(10, 0));
    EXPECT_EQ(repo.find(a.id)->version, 2);
}

TEST_F(AppointmentRepositoryTest, TheSchemaRefusesACancellationWithoutReasonAndDeletion)
{
    store::AppointmentRepository repo(db);
    auto a = booked(1, 9);
    a.status = AppointmentStatus::Cancelled;
    EXPECT_THROW(repo.insert(a, clinician), SQLite::Exception);
    const auto id = repo.insert(booked(1, 9), clinician);
    EXPECT_THROW(db.exec("DELETE FROM appointments WHERE id = " + std::to_string(id)), SQLite::Exception);
    EXPECT_EQ(count("appointments"), 1);
}

TEST_F(AppointmentRepositoryTest, AStatementWhoseWriteWasRefusedStillWorks)
{
    store::AppointmentRepository repo(db);
    auto bad = booked(1, 9);
    bad.status = AppointmentStatus::Cancelled; // no reason: the CHECK refuses it
    {
        SQLite::Transaction tx(db);
        EXPECT_THROW(repo.insert(bad, clinician), SQLite::Exception);
    } // rolled back
    EXPECT_NO_THROW(repo.insert(booked(2, 9), clinician));
    auto a = *repo.find(1);
    a.status = AppointmentStatus::Cancelled;
    EXPECT_THROW(repo.update(a, a.version, clinician), SQLite::Exception);
    a.reason = "Unwell";
    EXPECT_TRUE(repo.update(a, a.version, clinician));
    EXPECT_EQ(repo.find(1)->status, AppointmentStatus::Cancelled);
}

} // namespace
} // namespace fc

namespace fc {
namespace {

// A note written before migration 6 could name any appointment id, unchecked. After it, a draft
// (still editable) forgets such an id, a signed note keeps what it said, and no new appointment
// ever takes one of those ids.
TEST(AppointmentMigration, OldNoteLinksNeverAttachToNewAppointments)
{
    test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    std::int64_t draft = 0, signed_note = 0;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA journal_mode = WAL");
        for (const auto& m : store::migrations())
            if (m.version <= 5)
                db.exec(std::string(m.sql));
        db.exec("PRAGMA user_version = 5");
        db.exec("PRAGMA application_id = " + std::to_string(store::application_id));
        const auto clinician = store::ClinicianRepository(db).insert(Clinician{.name = "Aroha Ngata"});
        const auto patient = store::PatientRepository(db).insert(
            Patient{.mrn = "FC000001", .family_name = "Doe", .given_name = "Jane", .dob = Date(1980, 1, 2)});
        store::SessionNoteRepository notes(db);
        SessionNote n;
        n.patient_id = patient;
        n.clinician_id = clinician;
        n.date = Date(2026, 11, 20);
        n.start = TimeOfDay::at(9, 0);
        n.duration_min = 45;
        n.appointment_id = 7;
        draft = notes.insert(n);
        n.appointment_id = 9;
        n.status = NoteStatus::Signed;
        n.signed_by = clinician;
        n.signed_at = "2026-11-20T10:00:00Z";
        signed_note = notes.insert(n);
    }
    store::ClinicFile file(path);
    auto& db = file.db();
    store::SessionNoteRepository notes(db);
    EXPECT_FALSE(notes.find(draft)->appointment_id);
    EXPECT_EQ(notes.find(signed_note)->appointment_id, 9);
    Appointment a;
    a.patient_id = 1;
    a.clinician_id = 1;
    a.date = Date(2026, 12, 1);
    a.start = TimeOfDay::at(9, 0);
    EXPECT_GT(store::AppointmentRepository(db).insert(a, 1), 9);
    EXPECT_TRUE(file.check(true).ok);
}

} // namespace
} // namespace fc
