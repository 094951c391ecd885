#include "clinic_fixture.h"

#include "services/home_log_book.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"

using namespace fc;

namespace {
class SessionNotesTest : public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    PatientRecords records{clinic, harriet};
    SessionNotes notes{clinic, harriet};
    std::int64_t patient = records.add(form("Ødegaard", "Ingrid", "1984-02-29")).id;

    NoteForm note_form(const std::string& date = "2026-11-20")
    {
        NoteForm f;
        f.date = date;
        f.start = "09:30";
        f.duration = "45";
        f.subjective = "Comfortable with 13 mm at home.";
        f.measures.pain_during = "3";
        return f;
    }

    void with_dilator_plan()
    {
        TherapyPlans plans(clinic, harriet);
        const auto e = plans.add(patient, PlanForm{.title = "Fissure", .start = "2026-11-01"});
        ComponentForm c;
        c.kind = "dilator";
        plans.add_component(e.id, c, {});
    }
};
} // namespace

TEST_F(SessionNotesTest, DraftIsSavedEditedThenSignedAndFrozen)
{
    auto n = notes.add_draft(patient, note_form());
    EXPECT_EQ(n.status, NoteStatus::Draft);
    auto f = NoteForm::from(n);
    f.measures.pain_after = "1";
    n = notes.edit_draft(n.id, f, n.version);
    EXPECT_EQ(n.measures.pain_after, 1);
    EXPECT_EQ(n.version, 2);

    const auto s = notes.sign(n.id).note;
    EXPECT_TRUE(s.is_signed());
    EXPECT_EQ(s.signed_by, harriet.clinician_id);
    EXPECT_EQ(s.signed_at.size(), 20u);
    EXPECT_THROW(notes.sign(n.id), Conflict);
    EXPECT_THROW(notes.edit_draft(n.id, f, s.version), Conflict);
    EXPECT_EQ(notes.get(n.id).note.measures.pain_after, 1);
}

TEST_F(SessionNotesTest, StaleDraftEditIsRefused)
{
    const auto n = notes.add_draft(patient, note_form());
    auto f = NoteForm::from(n);
    f.objective = "first";
    notes.edit_draft(n.id, f, n.version);
    f.objective = "second";
    EXPECT_THROW(notes.edit_draft(n.id, f, n.version), Conflict);
    EXPECT_EQ(notes.get(n.id).note.objective, "first");
}

TEST_F(SessionNotesTest, AddendaOnlyOnSignedNotes)
{
    const auto n = notes.add_draft(patient, note_form());
    EXPECT_THROW(notes.add_addendum(n.id, {"Correction"}), Conflict);
    notes.sign(n.id);
    EXPECT_THROW(notes.add_addendum(n.id, {"  "}), InvalidInput);
    notes.add_addendum(n.id, {"Pain after was 2, not 1."});
    const auto got = notes.get(n.id);
    ASSERT_EQ(got.addenda.size(), 1u);
    EXPECT_EQ(got.addenda[0].by, *harriet.clinician_id);
}

TEST_F(SessionNotesTest, BadInputChangesNothing)
{
    auto f = note_form();
    f.measures.pain_during = "11";
    EXPECT_THROW(notes.add_draft(patient, f), InvalidInput);
    f = note_form("1984-02-28"); // before birth
    EXPECT_THROW(notes.add_draft(patient, f), InvalidInput);
    f = note_form("2026-11-26"); // tomorrow
    EXPECT_THROW(notes.add_draft(patient, f), InvalidInput);
    f = note_form();
    f.subjective = std::string(1 << 20, 's'); // 1 MB of text
    EXPECT_THROW(notes.add_draft(patient, f), InvalidInput);
    EXPECT_TRUE(notes.for_patient(patient).empty());
    EXPECT_THROW(notes.add_draft(999, note_form()), NotFound);
}

TEST_F(SessionNotesTest, DilatorSizeMustBeInTheActivePlansSet)
{
    with_dilator_plan();
    auto f = note_form();
    f.measures.dilator_mm = "14";
    try {
        notes.add_draft(patient, f);
        FAIL() << "14 mm accepted";
    } catch (const InvalidInput& e) {
        EXPECT_EQ(e.errors().front().field, "dilator-mm");
        EXPECT_NE(e.errors().front().message.find("13"), std::string::npos) << e.errors().front().message;
    }
    f.measures.dilator_mm = "13";
    EXPECT_EQ(notes.add_draft(patient, f).measures.dilator_mm, 13);
}

TEST_F(SessionNotesTest, NewNoteFormCopiesThePreviousNote)
{
    with_dilator_plan();
    auto f = note_form();
    f.measures.dilator_mm = "16";
    f.measures.minutes_held = "8";
    notes.sign(notes.add_draft(patient, f).id);
    const auto next = notes.new_note_form(patient);
    EXPECT_EQ(next.type, "follow-up");
    EXPECT_EQ(next.measures.dilator_mm, "16");
    EXPECT_EQ(next.measures.minutes_held, "8");
    EXPECT_EQ(next.duration, "45");
}

TEST_F(SessionNotesTest, EmptyStartTimeMeansNow)
{
    auto f = note_form();
    f.start = "";
    const auto n = notes.add_draft(patient, f);
    EXPECT_GE(n.start.minutes, 0);
    EXPECT_LT(n.start.minutes, 24 * 60);
}

TEST_F(SessionNotesTest, HomeLogEntriesAreCheckedAgainstThePlan)
{
    with_dilator_plan();
    HomeLogBook log(clinic, harriet);
    const auto logged = log.add(patient, HomeLogForm{.date = "2026-11-22", .dilator_mm = "13", .minutes = "10",
                                                     .pain = "2", .bleeding = true, .text = "Slight spotting"});
    EXPECT_TRUE(logged.entry.bleeding);
    ASSERT_EQ(logged.flags_raised.size(), 1u); // bleeding in the home log is a red flag
    EXPECT_EQ(logged.flags_raised[0].rule, RedFlagRule::Bleeding);
    EXPECT_THROW(log.add(patient, HomeLogForm{.dilator_mm = "12"}), InvalidInput);
    EXPECT_THROW(log.add(patient, HomeLogForm{.date = "2026-11-26"}), InvalidInput);
    const auto all = log.for_patient(patient);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, "Slight spotting");
}
