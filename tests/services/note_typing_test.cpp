// Saving a draft as it is typed: what keeps the rules goes into the note, what does not is kept
// aside exactly as typed, and nothing typed is ever lost, even when the draft changed elsewhere.
#include "clinic_fixture.h"

#include "services/clinic_impl.h"
#include "services/session_notes.h"

using namespace fc;

namespace {
class NoteTypingTest : public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    Actor idris = add_clinician("Idris Vaughan");
    PatientRecords records{clinic, harriet};
    SessionNotes notes{clinic, harriet};
    std::int64_t patient = records.add(form("Ødegaard", "Ingrid", "1984-02-29")).id;

    static NoteForm typed(const std::string& subjective, const std::string& pain = "3")
    {
        NoteForm f;
        f.date = "2026-11-20";
        f.start = "09:30";
        f.duration = "45";
        f.subjective = subjective;
        f.measures.pain_during = pain;
        return f;
    }
};
} // namespace

TEST_F(NoteTypingTest, ValidTypingOfANewNoteBecomesADraftAndThenEditsIt)
{
    const auto first = notes.save_typing(patient, std::nullopt, typed("Comfortable"), 0);
    ASSERT_TRUE(first.saved());
    ASSERT_TRUE(first.note);
    EXPECT_EQ(first.note->status, NoteStatus::Draft);
    EXPECT_EQ(first.note->subjective, "Comfortable");

    const auto second = notes.save_typing(patient, first.note->id, typed("Comfortable at 13 mm"), first.note->version);
    ASSERT_TRUE(second.saved());
    EXPECT_EQ(second.note->id, first.note->id);
    EXPECT_EQ(second.note->version, first.note->version + 1);
    EXPECT_EQ(notes.get(first.note->id).note.subjective, "Comfortable at 13 mm");
    EXPECT_EQ(notes.for_patient(patient).size(), 1u);
}

TEST_F(NoteTypingTest, TypingThatBreaksARuleIsKeptAsideAndTheNoteKeepsItsLastGoodState)
{
    const auto draft = *notes.save_typing(patient, std::nullopt, typed("Good"), 0).note;
    auto bad = typed("Pain was worse, see objective", "11");
    bad.start = "9.30";
    const auto r = notes.save_typing(patient, draft.id, bad, draft.version);
    EXPECT_FALSE(r.saved());
    EXPECT_FALSE(r.stale);
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].field, "start");
    EXPECT_EQ(r.problems[1].field, "pain-during");
    EXPECT_EQ(notes.get(draft.id).note.subjective, "Good") << "the note keeps its last good state";

    const auto kept = notes.kept_typing(patient, draft.id);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->form.subjective, "Pain was worse, see objective");
    EXPECT_EQ(kept->form.measures.pain_during, "11");
    EXPECT_EQ(kept->form.start, "9.30");

    // Put right, it goes into the note and nothing stays aside.
    auto good = bad;
    good.start = "09:30";
    good.measures.pain_during = "6";
    const auto fixed = notes.save_typing(patient, draft.id, good, draft.version);
    ASSERT_TRUE(fixed.saved());
    EXPECT_EQ(notes.get(draft.id).note.measures.pain_during, 6);
    EXPECT_FALSE(notes.kept_typing(patient, draft.id));
}

TEST_F(NoteTypingTest, ANewNoteThatBreaksARuleIsKeptForItsClinicianOnly)
{
    const auto r = notes.save_typing(patient, std::nullopt, typed("Typed before the date was right", "3"), 0);
    ASSERT_TRUE(r.saved());
    auto future = typed("Dated tomorrow by mistake");
    future.date = "2026-11-26";
    const auto refused = notes.save_typing(patient, std::nullopt, future, 0);
    EXPECT_FALSE(refused.note);
    ASSERT_EQ(refused.problems.size(), 1u);
    EXPECT_EQ(refused.problems[0].field, "date");
    EXPECT_EQ(notes.for_patient(patient).size(), 1u) << "no second draft";
    ASSERT_TRUE(notes.kept_typing(patient, std::nullopt));
    EXPECT_EQ(notes.kept_typing(patient, std::nullopt)->form.subjective, "Dated tomorrow by mistake");
    EXPECT_FALSE(SessionNotes(clinic, idris).kept_typing(patient, std::nullopt)) << "another clinician's new note";

    notes.discard_typing(patient, std::nullopt);
    EXPECT_FALSE(notes.kept_typing(patient, std::nullopt));
}

TEST_F(NoteTypingTest, ADraftChangedOrSignedElsewhereKeepsTheTypingAsideInsteadOfOverwriting)
{
    const auto draft = *notes.save_typing(patient, std::nullopt, typed("First"), 0).note;
    SessionNotes(clinic, idris).edit_draft(draft.id, typed("Edited in another window"), draft.version);

    const auto r = notes.save_typing(patient, draft.id, typed("Typed here meanwhile"), draft.version);
    EXPECT_TRUE(r.stale);
    EXPECT_FALSE(r.saved());
    EXPECT_EQ(notes.get(draft.id).note.subjective, "Edited in another window");
    ASSERT_TRUE(notes.kept_typing(patient, draft.id));
    EXPECT_EQ(notes.kept_typing(patient, draft.id)->form.subjective, "Typed here meanwhile");
    EXPECT_EQ(notes.kept_typing(patient, draft.id)->base_version, draft.version)
        << "the version it was typed over, older than the note now";

    const auto current = notes.get(draft.id).note;
    notes.sign(draft.id);
    const auto after_sign = notes.save_typing(patient, draft.id, typed("Typed after signing"), current.version);
    EXPECT_TRUE(after_sign.stale);
    ASSERT_EQ(after_sign.problems.size(), 1u);
    EXPECT_EQ(after_sign.problems[0].rule, "signed");
    EXPECT_EQ(notes.kept_typing(patient, draft.id)->form.subjective, "Typed after signing");
    EXPECT_TRUE(notes.get(draft.id).note.is_signed());
}

TEST_F(NoteTypingTest, AOneMegabyteTextIsKeptAsideWholeWhenTooLongForTheNote)
{
    const auto draft = *notes.save_typing(patient, std::nullopt, typed("Short"), 0).note;
    const std::string huge(1 << 20, 'x');
    const auto r = notes.save_typing(patient, draft.id, typed(huge), draft.version);
    ASSERT_FALSE(r.saved());
    EXPECT_EQ(r.problems.at(0).field, "subjective");
    EXPECT_EQ(notes.kept_typing(patient, draft.id)->form.subjective.size(), huge.size());
}

TEST_F(NoteTypingTest, ANoteOfAnotherPatientIsNotFound)
{
    const auto other = records.add(form("Nakamura", "Yui", "1990-05-05")).id;
    const auto draft = *notes.save_typing(patient, std::nullopt, typed("Mine"), 0).note;
    EXPECT_THROW(notes.save_typing(other, draft.id, typed("Not theirs"), draft.version), NotFound);
    EXPECT_EQ(notes.get(draft.id).note.subjective, "Mine");
}

TEST_F(NoteTypingTest, SigningWhatTheClinicianSawIsRefusedOnceTheDraftChangedElsewhere)
{
    const auto draft = *notes.save_typing(patient, std::nullopt, typed("What I wrote"), 0).note;
    SessionNotes(clinic, idris).edit_draft(draft.id, typed("Changed in another window"), draft.version);
    EXPECT_THROW(notes.sign(draft.id, draft.version), Conflict);
    EXPECT_FALSE(notes.get(draft.id).note.is_signed()) << "nobody signs content they have not seen";
    const auto current = notes.get(draft.id).note;
    EXPECT_TRUE(notes.sign(draft.id, current.version).note.is_signed());
}

TEST_F(NoteTypingTest, AFullDiskRefusesTheSaveClearlyAndLosesNothingSavedBefore)
{
    const auto first = *notes.save_typing(patient, std::nullopt, typed("Saved before the disk filled up"), 0).note;
    auto& db = clinic.impl().file.db();
    const auto pages = db.execAndGet("PRAGMA page_count").getInt64();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages)); // as if the disk were full now
    try {
        notes.save_typing(patient, first.id, typed(std::string(200000, 'x')), first.version);
        FAIL() << "a save needing new pages went through on a full disk";
    } catch (const ClinicFileError& e) {
        EXPECT_EQ(e.kind(), ClinicFileError::Kind::Io);
        EXPECT_NE(std::string(e.what()).find("full"), std::string::npos) << e.what();
    }
    db.exec("PRAGMA max_page_count = 1073741823");
    const auto kept = notes.get(first.id).note;
    EXPECT_EQ(kept.subjective, "Saved before the disk filled up") << "the transaction rolled back whole";
    EXPECT_EQ(kept.version, first.version);
    EXPECT_EQ(clinic.check(true).ok, true);
    EXPECT_TRUE(notes.save_typing(patient, first.id, typed("After space was freed"), first.version).saved());
}
