// The diary's rows: round trip, version-guarded updates, the schema's own refusals, and prepared
// statements that stay usable after a write they made was refused.
#include "store/appointment_repository.h"

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
