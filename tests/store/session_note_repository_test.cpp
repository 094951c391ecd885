// Session notes (every field, drafts and signed notes) and their addenda.
#include "store/session_note_repository.h"

#include "store_test_clinic.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

#include <functional>

using fc::SessionNote;

namespace {

void expect_same(const SessionNote& a, const SessionNote& b)
{
    EXPECT_EQ(a.patient_id, b.patient_id);
    EXPECT_EQ(a.clinician_id, b.clinician_id);
    EXPECT_EQ(a.appointment_id, b.appointment_id);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.duration_min, b.duration_min);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.attendance, b.attendance);
    EXPECT_EQ(a.subjective, b.subjective);
    EXPECT_EQ(a.objective, b.objective);
    EXPECT_EQ(a.assessment, b.assessment);
    EXPECT_EQ(a.plan, b.plan);
    EXPECT_EQ(a.measures, b.measures);
    EXPECT_EQ(a.symptoms, b.symptoms);
    EXPECT_EQ(a.screened, b.screened);
    EXPECT_EQ(a.screening, b.screening);
    EXPECT_EQ(a.consent_internal, b.consent_internal);
    EXPECT_EQ(a.chaperone_offered, b.chaperone_offered);
    EXPECT_EQ(a.chaperone_present, b.chaperone_present);
    EXPECT_EQ(a.next_steps, b.next_steps);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.signed_by, b.signed_by);
    EXPECT_EQ(a.signed_at, b.signed_at);
}

class SessionNoteRepositoryTest : public fc::test::StoreTestClinic {
protected:
    fc::store::SessionNoteRepository repo{db};

    SessionNote draft(fc::Date date = fc::Date(2026, 11, 25), fc::TimeOfDay start = fc::TimeOfDay::at(9, 30))
    {
        SessionNote n;
        n.patient_id = patient;
        n.clinician_id = clinician;
        n.date = date;
        n.start = start;
        return n;
    }

    // Every field set, each measure to a different value so that no two columns can be swapped.
    SessionNote full_note()
    {
        auto n = draft(fc::Date(2026, 11, 24), fc::TimeOfDay::at(14, 5));
        n.appointment_id = 77;
        n.duration_min = 45;
        n.type = fc::AppointmentType::Review;
        n.attendance = fc::Attendance::Attended;
        n.subjective = "Ingrid reports «less» pain;\nsleeping better.";
        n.objective = "Tone ↓ R side";
        n.assessment = "Improving";
        n.plan = "Continue; 'next size' at review";
        n.measures = fc::Measures{.pain_during = 7, .pain_after = 3, .comfort = 6, .dilator_mm = 19,
                                  .minutes_held = 12, .oxford = 4, .perfect_power = 2, .perfect_endurance_s = 9,
                                  .perfect_reps = 8, .perfect_fast = 11, .bristol = 5};
        n.symptoms = fc::Symptoms{.bleeding = true, .sharp_pain = true, .burning = true, .soreness_over_24h = true,
                                  .worsening = true, .distress = true};
        n.screened = true;
        n.screening = {fc::ScreeningQuestion::Fever, fc::ScreeningQuestion::BowelChange,
                       fc::ScreeningQuestion::NightPain, fc::ScreeningQuestion::WeightLoss};
        n.consent_internal = true;
        n.chaperone_offered = true;
        n.chaperone_present = true;
        n.next_steps = "Review in 2 weeks";
        return n;
    }

    SessionNote stored(std::int64_t id)
    {
        auto n = repo.find(id);
        EXPECT_TRUE(n.has_value()) << "note " << id;
        return n.value_or(SessionNote{});
    }
};

} // namespace

TEST_F(SessionNoteRepositoryTest, NoteWithEveryFieldRoundTrips)
{
    const auto note = full_note();
    const auto id = repo.insert(note);
    const auto back = stored(id);
    EXPECT_EQ(back.id, id);
    EXPECT_EQ(back.version, 1);
    expect_same(back, note);
    EXPECT_EQ(db.execAndGet("SELECT screening FROM session_notes").getString(),
              "bowel-change,weight-loss,night-pain,fever");
}

TEST_F(SessionNoteRepositoryTest, EveryValueLandsInTheColumnNamedForIt)
{
    repo.insert(full_note());
    SQLite::Statement q(db, "SELECT pain_during, pain_after, comfort, dilator_mm, minutes_held, oxford, perfect_p, "
                            "perfect_e, perfect_r, perfect_f, bristol, appointment_id, duration_min, date, start, "
                            "type, attendance, status FROM session_notes");
    ASSERT_TRUE(q.executeStep());
    const std::vector<int> expected = {7, 3, 6, 19, 12, 4, 2, 9, 8, 11, 5, 77, 45};
    for (int i = 0; i < static_cast<int>(expected.size()); ++i)
        EXPECT_EQ(q.getColumn(i).getInt(), expected[static_cast<std::size_t>(i)]) << q.getColumn(i).getName();
    EXPECT_EQ(q.getColumn(13).getString(), "2026-11-24");
    EXPECT_EQ(q.getColumn(14).getString(), "14:05");
    EXPECT_EQ(q.getColumn(15).getString(), "review");
    EXPECT_EQ(q.getColumn(16).getString(), "attended");
    EXPECT_EQ(q.getColumn(17).getString(), "draft");
}

TEST_F(SessionNoteRepositoryTest, NoteWithNothingOptionalRoundTrips)
{
    auto note = draft();
    note.type = fc::AppointmentType::Initial;
    note.attendance = fc::Attendance::DidNotAttend;
    const auto back = stored(repo.insert(note));
    expect_same(back, note);
    EXPECT_FALSE(back.appointment_id);
    EXPECT_FALSE(back.duration_min);
    EXPECT_FALSE(back.measures.any());
    EXPECT_TRUE(back.screening.empty());
    EXPECT_FALSE(back.signed_by);
    EXPECT_EQ(back.signed_at, "");
    EXPECT_TRUE(db.execAndGet("SELECT signed_at IS NULL AND pain_during IS NULL FROM session_notes").getInt());
}

// One value at a time: it comes back where it was, and it is stored in the column named for it
// while every other flag stays 0 and every other measure NULL.
TEST_F(SessionNoteRepositoryTest, EachFlagMeasureAndAnswerIsStoredInItsOwnColumn)
{
    struct Change {
        const char* column;
        std::function<void(SessionNote&)> apply;
        std::string stored; // the column's value as text
    };
    const std::vector<Change> changes = {
        {"bleeding", [](SessionNote& n) { n.symptoms.bleeding = true; }, "1"},
        {"sharp_pain", [](SessionNote& n) { n.symptoms.sharp_pain = true; }, "1"},
        {"burning", [](SessionNote& n) { n.symptoms.burning = true; }, "1"},
        {"soreness_24h", [](SessionNote& n) { n.symptoms.soreness_over_24h = true; }, "1"},
        {"worsening", [](SessionNote& n) { n.symptoms.worsening = true; }, "1"},
        {"distress", [](SessionNote& n) { n.symptoms.distress = true; }, "1"},
        {"screened", [](SessionNote& n) { n.screened = true; }, "1"},
        {"consent_internal", [](SessionNote& n) { n.consent_internal = true; }, "1"},
        {"chaperone_offered", [](SessionNote& n) { n.chaperone_offered = true; }, "1"},
        {"chaperone_present", [](SessionNote& n) { n.chaperone_present = true; }, "1"},
        {"pain_during", [](SessionNote& n) { n.measures.pain_during = 0; }, "0"},
        {"pain_after", [](SessionNote& n) { n.measures.pain_after = 0; }, "0"},
        {"comfort", [](SessionNote& n) { n.measures.comfort = 0; }, "0"},
        {"dilator_mm", [](SessionNote& n) { n.measures.dilator_mm = 10; }, "10"},
        {"minutes_held", [](SessionNote& n) { n.measures.minutes_held = 0; }, "0"},
        {"oxford", [](SessionNote& n) { n.measures.oxford = 0; }, "0"},
        {"perfect_p", [](SessionNote& n) { n.measures.perfect_power = 0; }, "0"},
        {"perfect_e", [](SessionNote& n) { n.measures.perfect_endurance_s = 0; }, "0"},
        {"perfect_r", [](SessionNote& n) { n.measures.perfect_reps = 0; }, "0"},
        {"perfect_f", [](SessionNote& n) { n.measures.perfect_fast = 0; }, "0"},
        {"bristol", [](SessionNote& n) { n.measures.bristol = 1; }, "1"},
        {"screening", [](SessionNote& n) { n.screening = {fc::ScreeningQuestion::BowelChange}; }, "bowel-change"},
        {"screening", [](SessionNote& n) { n.screening = {fc::ScreeningQuestion::WeightLoss}; }, "weight-loss"},
        {"screening", [](SessionNote& n) { n.screening = {fc::ScreeningQuestion::NightPain}; }, "night-pain"},
        {"screening", [](SessionNote& n) { n.screening = {fc::ScreeningQuestion::Fever}; }, "fever"},
    };
    for (const auto& change : changes) {
        SCOPED_TRACE(change.stored + " in " + change.column);
        auto note = draft();
        change.apply(note);
        const auto id = repo.insert(note);
        expect_same(stored(id), note);

        SQLite::Statement q(db, std::string("SELECT ") + change.column + ", " +
                                    "bleeding + sharp_pain + burning + soreness_24h + worsening + distress + screened "
                                    "+ consent_internal + chaperone_offered + chaperone_present, "
                                    "count(pain_during) + count(pain_after) + count(comfort) + count(dilator_mm) + "
                                    "count(minutes_held) + count(oxford) + count(perfect_p) + count(perfect_e) + "
                                    "count(perfect_r) + count(perfect_f) + count(bristol) "
                                    "FROM session_notes WHERE id = ?");
        q.bind(1, id);
        ASSERT_TRUE(q.executeStep());
        EXPECT_EQ(q.getColumn(0).getString(), change.stored);
        // Exactly the one flag or measure changed (none for a screening answer) is set.
        const int flags_and_measures = std::string(change.column) == "screening" ? 0 : 1;
        EXPECT_EQ(q.getColumn(1).getInt() + q.getColumn(2).getInt(), flags_and_measures);
    }
}

TEST_F(SessionNoteRepositoryTest, SignedNoteRoundTrips)
{
    auto note = full_note();
    note.status = fc::NoteStatus::Signed;
    note.signed_by = other_clinician;
    note.signed_at = "2026-11-24T15:01:02Z";
    expect_same(stored(repo.insert(note)), note);
}

TEST_F(SessionNoteRepositoryTest, UpdateStoresEveryFieldOfADraftAndBumpsItsVersion)
{
    const auto id = repo.insert(draft());
    auto edited = full_note();
    edited.id = id;
    edited.version = 1;
    ASSERT_TRUE(repo.update(edited));
    const auto back = stored(id);
    EXPECT_EQ(back.version, 2);
    expect_same(back, edited);

    // And back to nothing: every optional value is cleared again.
    auto cleared = draft();
    cleared.id = id;
    cleared.version = 2;
    ASSERT_TRUE(repo.update(cleared));
    EXPECT_EQ(stored(id).version, 3);
    expect_same(stored(id), cleared);
}

TEST_F(SessionNoteRepositoryTest, StaleUpdateIsRefusedAndChangesNothing)
{
    const auto id = repo.insert(draft());
    auto mine = stored(id);
    auto theirs = stored(id);
    theirs.subjective = "theirs";
    ASSERT_TRUE(repo.update(theirs));
    mine.subjective = "mine";
    EXPECT_FALSE(repo.update(mine)); // read at version 1, stored is 2
    EXPECT_EQ(stored(id).subjective, "theirs");
    EXPECT_EQ(stored(id).version, 2);

    auto missing = draft();
    missing.id = 999;
    missing.version = 1;
    EXPECT_FALSE(repo.update(missing));
}

TEST_F(SessionNoteRepositoryTest, SignedNoteIsNeverChangedAgain)
{
    const auto id = repo.insert(full_note());
    auto note = stored(id);
    note.status = fc::NoteStatus::Signed;
    note.signed_by = clinician;
    note.signed_at = "2026-11-24T15:00:00Z";
    ASSERT_TRUE(repo.update(note)); // signing is the draft's last update
    const auto signed_note = stored(id);
    EXPECT_TRUE(signed_note.is_signed());
    EXPECT_EQ(signed_note.version, 2);

    auto changed = signed_note;
    changed.assessment = "rewritten";
    EXPECT_FALSE(repo.update(changed)); // current version, but signed
    auto unsigned_again = signed_note;
    unsigned_again.status = fc::NoteStatus::Draft;
    unsigned_again.signed_by.reset();
    unsigned_again.signed_at.clear();
    EXPECT_FALSE(repo.update(unsigned_again));

    try {
        db.exec("UPDATE session_notes SET assessment = 'rewritten'");
        FAIL() << "a signed note was changed";
    } catch (const SQLite::Exception& e) {
        EXPECT_NE(std::string(e.what()).find("add an addendum"), std::string::npos) << e.what();
    }
    EXPECT_THROW(db.exec("UPDATE session_notes SET status = 'draft', signed_by = NULL, signed_at = NULL"),
                 SQLite::Exception);
    EXPECT_THROW(db.exec("DELETE FROM session_notes"), SQLite::Exception);
    const auto after = stored(id);
    EXPECT_EQ(after.version, 2);
    expect_same(after, signed_note);
}

TEST_F(SessionNoteRepositoryTest, DraftsAreNeverDeletedEither)
{
    repo.insert(draft());
    EXPECT_THROW(db.exec("DELETE FROM session_notes"), SQLite::Exception);
    EXPECT_EQ(count("session_notes"), 1);
}

TEST_F(SessionNoteRepositoryTest, PatientsNotesComeByDateThenStartThenId)
{
    const auto d = [](int day) { return fc::Date(2026, 11, day); };
    const auto t = [](int h, int m) { return fc::TimeOfDay::at(h, m); };
    const auto late = repo.insert(draft(d(25), t(16, 0)));
    const auto early_second = repo.insert(draft(d(25), t(9, 0)));
    const auto first_day = repo.insert(draft(d(3), t(17, 0)));
    const auto early_third = repo.insert(draft(d(25), t(9, 0)));
    const auto before_ten = repo.insert(draft(d(25), t(9, 59))); // "09:59" sorts before "10:00" as text
    const auto ten = repo.insert(draft(d(25), t(10, 0)));
    auto theirs = draft(d(1), t(8, 0));
    theirs.patient_id = other_patient;
    repo.insert(theirs);

    std::vector<std::int64_t> ids;
    for (const auto& n : repo.for_patient(patient))
        ids.push_back(n.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{first_day, early_second, early_third, before_ten, ten, late}));
    EXPECT_EQ(repo.for_patient(other_patient).size(), 1u);
    EXPECT_TRUE(repo.for_patient(12345).empty());
    EXPECT_FALSE(repo.find(12345));
}

TEST_F(SessionNoteRepositoryTest, AddendaAreListedInOrderAndAppendOnly)
{
    auto note = draft();
    note.status = fc::NoteStatus::Signed;
    note.signed_by = clinician;
    note.signed_at = "2026-11-25T10:00:00Z";
    const auto id = repo.insert(note);
    const auto other = repo.insert(note);
    const auto a1 = repo.insert_addendum(
        fc::Addendum{.note_id = id, .text = "Pain was 6, not 7.", .by = clinician, .at = "2026-11-26T08:00:00Z"});
    repo.insert_addendum(fc::Addendum{.note_id = other, .text = "Other note.", .by = clinician, .at = "2026-11-26T08:30:00Z"});
    const auto a2 = repo.insert_addendum(fc::Addendum{
        .note_id = id, .text = "Spoke to GP — «ok».", .by = other_clinician, .at = "2026-11-27T12:00:00Z"});

    const auto list = repo.addenda(id);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, a1);
    EXPECT_EQ(list[0].note_id, id);
    EXPECT_EQ(list[0].text, "Pain was 6, not 7.");
    EXPECT_EQ(list[0].by, clinician);
    EXPECT_EQ(list[0].at, "2026-11-26T08:00:00Z");
    EXPECT_EQ(list[1].id, a2);
    EXPECT_EQ(list[1].text, "Spoke to GP — «ok».");
    EXPECT_EQ(list[1].by, other_clinician);
    EXPECT_EQ(list[1].at, "2026-11-27T12:00:00Z");
    EXPECT_TRUE(repo.addenda(12345).empty());

    EXPECT_THROW(db.exec("UPDATE addenda SET text = 'rewritten'"), SQLite::Exception);
    EXPECT_THROW(db.exec("DELETE FROM addenda"), SQLite::Exception);
    const auto after = repo.addenda(id);
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0].text, "Pain was 6, not 7.");
}

TEST_F(SessionNoteRepositoryTest, AddendumIsOnlyAddedToASignedNote)
{
    const auto id = repo.insert(draft());
    EXPECT_THROW(repo.insert_addendum(fc::Addendum{.note_id = id, .text = "x", .by = clinician,
                                                   .at = "2026-11-26T08:00:00Z"}),
                 SQLite::Exception);
    EXPECT_THROW(repo.insert_addendum(fc::Addendum{.note_id = 999, .text = "x", .by = clinician,
                                                   .at = "2026-11-26T08:00:00Z"}),
                 SQLite::Exception);
    EXPECT_EQ(count("addenda"), 0);
}

TEST_F(SessionNoteRepositoryTest, UnknownStoredScreeningAnswerIsReportedAsDamaged)
{
    const auto id = repo.insert(draft());
    db.exec("PRAGMA ignore_check_constraints = ON");
    db.exec("UPDATE session_notes SET screening = 'fever,cough'");
    db.exec("PRAGMA ignore_check_constraints = OFF");
    try {
        repo.find(id);
        FAIL() << "an unknown screening answer was read";
    } catch (const fc::ClinicFileError& e) {
        EXPECT_EQ(e.kind(), fc::ClinicFileError::Kind::Corrupt);
        EXPECT_NE(std::string(e.what()).find("cough"), std::string::npos) << e.what();
    }
}
