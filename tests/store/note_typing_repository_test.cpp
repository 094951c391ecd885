// Typing kept aside from draft notes: every field of the form survives as typed, one row per
// draft or new note, and a damaged row is reported, never read as an empty form.
#include "store/note_form_json.h"
#include "store/note_typing_repository.h"
#include "store/session_note_repository.h"

#include "store_test_clinic.h"

#include <gtest/gtest.h>

using fc::NoteForm;
using fc::NoteTyping;

namespace {

NoteForm every_field()
{
    NoteForm f;
    f.appointment = "12";
    f.date = "2026-13-45"; // kept as typed, valid or not
    f.start = "9.30";
    f.duration = "forty";
    f.type = "review";
    f.attendance = "cancelled";
    f.subjective = "Ελένη said: \"less sore\"\nsecond line\t\u00e9";
    f.objective = "O";
    f.assessment = "A";
    f.plan = "P";
    f.next_steps = "N";
    f.measures = {"11", "1", "2", "19", "12", "3", "4", "10", "8", "9", "0"};
    f.symptoms = {.bleeding = true, .sharp_pain = false, .burning = true, .soreness_over_24h = true,
                  .worsening = false, .distress = true};
    f.screened = true;
    f.screening = {"fever", "night-pain,weight-loss"};
    f.consent_internal = true;
    f.chaperone_offered = false;
    f.chaperone_present = true;
    return f;
}

void expect_same(const NoteForm& a, const NoteForm& b)
{
    EXPECT_EQ(a.appointment, b.appointment);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.start, b.start);
    EXPECT_EQ(a.duration, b.duration);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.attendance, b.attendance);
    EXPECT_EQ(a.subjective, b.subjective);
    EXPECT_EQ(a.objective, b.objective);
    EXPECT_EQ(a.assessment, b.assessment);
    EXPECT_EQ(a.plan, b.plan);
    EXPECT_EQ(a.next_steps, b.next_steps);
    EXPECT_EQ(a.measures.pain_during, b.measures.pain_during);
    EXPECT_EQ(a.measures.pain_after, b.measures.pain_after);
    EXPECT_EQ(a.measures.comfort, b.measures.comfort);
    EXPECT_EQ(a.measures.dilator_mm, b.measures.dilator_mm);
    EXPECT_EQ(a.measures.minutes_held, b.measures.minutes_held);
    EXPECT_EQ(a.measures.oxford, b.measures.oxford);
    EXPECT_EQ(a.measures.perfect_p, b.measures.perfect_p);
    EXPECT_EQ(a.measures.perfect_e, b.measures.perfect_e);
    EXPECT_EQ(a.measures.perfect_r, b.measures.perfect_r);
    EXPECT_EQ(a.measures.perfect_f, b.measures.perfect_f);
    EXPECT_EQ(a.measures.bristol, b.measures.bristol);
    EXPECT_EQ(a.symptoms, b.symptoms);
    EXPECT_EQ(a.screened, b.screened);
    EXPECT_EQ(a.screening, b.screening);
    EXPECT_EQ(a.consent_internal, b.consent_internal);
    EXPECT_EQ(a.chaperone_offered, b.chaperone_offered);
    EXPECT_EQ(a.chaperone_present, b.chaperone_present);
}

class NoteTypingRepositoryTest : public fc::test::StoreTestClinic {
protected:
    fc::store::NoteTypingRepository repo{db};

    std::int64_t draft()
    {
        fc::SessionNote n;
        n.patient_id = patient;
        n.clinician_id = clinician;
        n.date = fc::Date(2026, 11, 20);
        n.start = fc::TimeOfDay::at(9, 30);
        n.duration_min = 45;
        return fc::store::SessionNoteRepository(db).insert(n);
    }
};

} // namespace

TEST(NoteFormJson, EveryFieldRoundTripsAsTyped)
{
    const auto f = every_field();
    expect_same(fc::store::note_form_from_json(fc::store::note_form_to_json(f)), f);
}

TEST(NoteFormJson, InvalidUtf8IsStoredWithItsBadBytesReplacedNotRefused)
{
    NoteForm f;
    f.subjective = "ok \xff\xfe end";
    const auto back = fc::store::note_form_from_json(fc::store::note_form_to_json(f));
    EXPECT_EQ(back.subjective.substr(0, 3), "ok ");
    EXPECT_EQ(back.subjective.substr(back.subjective.size() - 4), " end");
}

TEST(NoteFormJson, DamagedOrNewerDocumentsAreReported)
{
    using fc::ClinicFileError;
    const auto kind = [](const std::string& json) {
        try {
            fc::store::note_form_from_json(json, "row 3");
        } catch (const ClinicFileError& e) {
            EXPECT_NE(std::string(e.what()).find("row 3"), std::string::npos) << e.what();
            return e.kind();
        }
        ADD_FAILURE() << "read " << json;
        return ClinicFileError::Kind::Io;
    };
    EXPECT_EQ(kind("not json"), ClinicFileError::Kind::Corrupt);
    EXPECT_EQ(kind("{\"format\": 1}"), ClinicFileError::Kind::Corrupt);
    auto doc = fc::store::note_form_to_json(every_field());
    EXPECT_EQ(kind(doc.replace(doc.find("\"format\":1"), 10, "\"format\":9")), ClinicFileError::Kind::NewerSchema);
}

TEST_F(NoteTypingRepositoryTest, DraftTypingIsKeptOnceAndFoundByTheDraft)
{
    const auto note = draft();
    repo.put(NoteTyping{patient, clinician, note, 3, every_field(), {}});
    auto changed = every_field();
    changed.subjective = "newer";
    repo.put(NoteTyping{patient, clinician, note, 4, changed, {}});
    EXPECT_EQ(count("note_typing"), 1);

    const auto kept = repo.find(patient, other_clinician, note); // a draft's typing, whoever asks
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->note_id, note);
    EXPECT_EQ(kept->form.subjective, "newer");
    EXPECT_EQ(kept->base_version, 4) << "the version the typing was over";
    EXPECT_EQ(kept->saved_at.size(), 20u);
    repo.remove(patient, clinician, note);
    EXPECT_FALSE(repo.find(patient, clinician, note));
}

TEST_F(NoteTypingRepositoryTest, NewNoteTypingBelongsToItsPatientAndClinician)
{
    repo.put(NoteTyping{patient, clinician, std::nullopt, 0, every_field(), {}});
    repo.put(NoteTyping{patient, other_clinician, std::nullopt, 0, NoteForm{}, {}});
    EXPECT_EQ(count("note_typing"), 2);
    ASSERT_TRUE(repo.find(patient, clinician, std::nullopt));
    expect_same(repo.find(patient, clinician, std::nullopt)->form, every_field());
    EXPECT_FALSE(repo.find(other_patient, clinician, std::nullopt));
    EXPECT_FALSE(repo.find(patient, clinician, draft())) << "a draft's typing is not a new note's";
    repo.remove(patient, clinician, std::nullopt);
    EXPECT_FALSE(repo.find(patient, clinician, std::nullopt));
    EXPECT_TRUE(repo.find(patient, other_clinician, std::nullopt));
}

TEST_F(NoteTypingRepositoryTest, TheSchemaRefusesTextThatIsNotJson)
{
    EXPECT_ANY_THROW(db.exec("INSERT INTO note_typing (patient_id, clinician_id, form, saved_at) VALUES (" +
                             std::to_string(patient) + ", " + std::to_string(clinician) + ", 'x', 'now')"));
}
