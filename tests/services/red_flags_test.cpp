#include "clinic_fixture.h"

#include "services/home_log_book.h"
#include "services/red_flags.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"

using namespace fc;

namespace {
class RedFlagsTest : public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    PatientRecords records{clinic, harriet};
    SessionNotes notes{clinic, harriet};
    RedFlags flags{clinic, harriet};
    std::int64_t patient = records.add(form("Ødegaard", "Ingrid", "1984-02-29")).id;

    SignedNote signed_note(const std::function<void(NoteForm&)>& change)
    {
        NoteForm f;
        f.date = "2026-11-20";
        f.start = "09:30";
        f.duration = "45";
        change(f);
        return notes.sign(notes.add_draft(patient, f).id);
    }
};
} // namespace

TEST_F(RedFlagsTest, SigningANoteWithBleedingRaisesAnUrgentFlagInTheSameTransaction)
{
    const auto draft_flags_before = flags.open_counts().open;
    const auto s = signed_note([](NoteForm& f) { f.symptoms.bleeding = true; });
    ASSERT_EQ(s.flags_raised.size(), 1u);
    const auto& f = s.flags_raised[0];
    EXPECT_EQ(f.rule, RedFlagRule::Bleeding);
    EXPECT_EQ(f.severity, RedFlagSeverity::Urgent);
    EXPECT_EQ(f.source, RedFlagSource::Note);
    EXPECT_EQ(f.source_id, s.note.id);
    EXPECT_NE(f.message.find("2026-11-20"), std::string::npos) << f.message;
    EXPECT_EQ(flags.open_counts().open, draft_flags_before + 1);
    EXPECT_EQ(flags.open_counts(patient).urgent, 1);
}

TEST_F(RedFlagsTest, ADraftRaisesNothingButWarnsBeforeSigning)
{
    NoteForm f;
    f.start = "10:00";
    f.duration = "30";
    f.measures.pain_during = "8";
    const auto draft = notes.add_draft(patient, f);
    EXPECT_EQ(flags.open_counts().open, 0);
    const auto preview = notes.flags_if_signed(draft.id);
    ASSERT_EQ(preview.size(), 1u);
    EXPECT_EQ(preview[0].rule, RedFlagRule::PainThreshold);
    EXPECT_EQ(flags.open_counts().open, 0); // a preview stores nothing
}

TEST_F(RedFlagsTest, AcknowledgementIsRequiredRecordedAndOnlyOnce)
{
    const auto s = signed_note([](NoteForm& f) { f.symptoms.sharp_pain = true; });
    const auto id = s.flags_raised.at(0).id;
    EXPECT_THROW(flags.acknowledge(id, {"advised", "   "}), InvalidInput);
    EXPECT_THROW(flags.acknowledge(id, {"shrugged", "ok"}), InvalidInput);
    EXPECT_EQ(flags.open_counts().open, 1);
    const auto acked = flags.acknowledge(id, {"referred", "Referred to the colorectal clinic"});
    ASSERT_TRUE(acked.acknowledgement.has_value());
    EXPECT_EQ(acked.acknowledgement->by, *harriet.clinician_id);
    EXPECT_EQ(flags.open_counts().open, 0);
    EXPECT_THROW(flags.acknowledge(id, {"none", "again"}), Conflict);
    // Acknowledged flags stay in the patient's history.
    const auto history = flags.list({.patient_id = patient});
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].status(), RedFlagStatus::Acknowledged);
    EXPECT_TRUE(flags.list({.open_only = true}).empty());
}

TEST_F(RedFlagsTest, QueueIsUrgentFirstThenOldestFirst)
{
    signed_note([](NoteForm& f) { f.symptoms.burning = true; f.date = "2026-11-01"; });
    signed_note([](NoteForm& f) { f.symptoms.bleeding = true; f.date = "2026-11-20"; });
    signed_note([](NoteForm& f) { f.symptoms.sharp_pain = true; f.date = "2026-11-10"; });
    const auto queue = flags.list({.open_only = true});
    ASSERT_EQ(queue.size(), 3u);
    EXPECT_EQ(queue[0].rule, RedFlagRule::SharpPain);
    EXPECT_EQ(queue[1].rule, RedFlagRule::Bleeding);
    EXPECT_EQ(queue[2].rule, RedFlagRule::Burning);
}

TEST_F(RedFlagsTest, HomeLogBleedingIsAFlag)
{
    const auto logged = HomeLogBook(clinic, harriet).add(patient, HomeLogForm{.date = "2026-11-22", .bleeding = true});
    ASSERT_EQ(logged.flags_raised.size(), 1u);
    EXPECT_EQ(logged.flags_raised[0].source, RedFlagSource::HomeLog);
    EXPECT_EQ(logged.flags_raised[0].message, "Bleeding reported in the home log of 2026-11-22");
}

TEST_F(RedFlagsTest, RescanAddsOnlyMissingFlagsAndNeverTwice)
{
    signed_note([](NoteForm& f) { f.measures.pain_during = "6"; });
    EXPECT_EQ(flags.open_counts().open, 0); // 6 is below the default threshold of 7
    flags.save_settings({"5", ""});
    EXPECT_EQ(flags.open_counts().open, 0); // a rule change never re-evaluates silently
    const auto raised = flags.rescan(std::nullopt);
    ASSERT_EQ(raised.size(), 1u);
    EXPECT_EQ(raised[0].rule, RedFlagRule::PainThreshold);
    EXPECT_TRUE(flags.rescan(patient).empty());
    EXPECT_EQ(flags.open_counts().open, 1);
    EXPECT_THROW(flags.save_settings({"11", ""}), InvalidInput);
}

TEST_F(RedFlagsTest, DilatorWorkWhileAPrecautionIsOpenIsAFlagEvenWithAnOverride)
{
    records.add_precaution(patient, {"fissure", "", "2026-11-01"});
    TherapyPlans plans(clinic, harriet);
    const auto e = plans.add(patient, PlanForm{.title = "Fissure", .start = "2026-11-01"});
    ComponentForm c;
    c.kind = "dilator";
    const auto added = plans.add_component(e.id, c, OverrideForm{"Surgeon agreed"});
    ASSERT_FALSE(added.flags_raised.empty());
    EXPECT_EQ(added.flags_raised[0].rule, RedFlagRule::PrecautionNotCleared);
    const auto s = signed_note([](NoteForm& f) {
        f.measures.dilator_mm = "10";
        f.measures.minutes_held = "5";
    });
    bool note_flagged = false;
    for (const auto& f : s.flags_raised)
        note_flagged |= f.rule == RedFlagRule::PrecautionNotCleared;
    EXPECT_TRUE(note_flagged);
}

TEST_F(RedFlagsTest, TheQueueNamesEachPatientAndTheRecordAndListShowTheOpenFlags)
{
    const auto other = records.add(form("Nakamura", "Yui", "1990-05-05")).id;
    signed_note([](NoteForm& f) { f.symptoms.bleeding = true; });       // urgent
    signed_note([](NoteForm& f) { f.symptoms.soreness_over_24h = true; }); // for review

    const auto queue = flags.queue({.open_only = true});
    ASSERT_EQ(queue.size(), 2u);
    EXPECT_EQ(queue[0].flag.severity, RedFlagSeverity::Urgent) << "urgent first";
    EXPECT_EQ(queue[0].patient_name, "Ødegaard, Ingrid");
    EXPECT_EQ(queue[0].mrn, records.get(patient).mrn);

    const auto record = records.reread(patient);
    ASSERT_EQ(record.open_flags.size(), 2u);
    EXPECT_EQ(record.open_flags[0].rule, RedFlagRule::Bleeding);
    EXPECT_TRUE(records.reread(other).open_flags.empty());

    const auto listed = records.search(PatientQuery{});
    ASSERT_EQ(listed.size(), 2u);
    const auto& ingrid = listed[0].id == patient ? listed[0] : listed[1];
    const auto& yui = listed[0].id == patient ? listed[1] : listed[0];
    EXPECT_EQ(ingrid.open_flags, 2);
    EXPECT_EQ(ingrid.urgent_flags, 1);
    EXPECT_EQ(yui.open_flags, 0);

    flags.acknowledge(queue[0].flag.id, {"advised", "Advised to see the GP today."});
    EXPECT_EQ(records.reread(patient).open_flags.size(), 1u) << "acknowledged flags leave the record's open list";
    const auto after = records.search(PatientQuery{});
    EXPECT_EQ((after[0].id == patient ? after[0] : after[1]).urgent_flags, 0);
    EXPECT_EQ(flags.queue({.open_only = false}).size(), 2u) << "but stay in the history";
}
