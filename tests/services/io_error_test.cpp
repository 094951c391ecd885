// I/O errors in the middle of a write, as SQLite's own tests make them: for every write, sync
// and truncate a use case does, a run where exactly that one fails (once, or from then on as a
// dying disk would). Each time the use case either reports success and its change is there, or
// throws a clear ClinicFileError and the clinic file holds exactly what it held before; the
// file passes integrity_check, and the same open clinic goes on working once the disk heals.
#include "clinic_fixture.h"
#include "faulty_disk.h"

#include "core/errors.h"
#include "services/appointments.h"
#include "services/clinic_impl.h"
#include "services/home_log_book.h"
#include "services/red_flags.h"
#include "services/session_notes.h"

#include <SQLiteCpp/Statement.h>

#include <functional>

using namespace fc;

namespace {

// Every row of every table of ours, as text: equal fingerprints mean equal contents.
std::string fingerprint(Clinic& clinic)
{
    auto& db = clinic.impl().file.db();
    std::vector<std::string> tables;
    SQLite::Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                "ORDER BY name");
    while (names.executeStep())
        tables.push_back(names.getColumn(0).getString());
    std::string all;
    for (const auto& table : tables) {
        all += "\n[" + table + "]";
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep()) {
            all += '\n';
            for (int c = 0; c < rows.getColumnCount(); ++c)
                all += (rows.getColumn(c).isNull() ? std::string("NULL") : rows.getColumn(c).getString()) + '|';
        }
    }
    return all;
}

// A base, so the disk is in place before the clinic's connection opens through it.
struct OnAFaultyDisk {
    test::FaultyDisk disk;
};

class IoErrorTest : protected OnAFaultyDisk, public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    PatientRecords records{clinic, harriet};
    SessionNotes notes{clinic, harriet};
    std::int64_t patient = records.add(form("Ødegaard", "Ingrid", "1984-02-29")).id;

    static NoteForm note_with_bleeding()
    {
        NoteForm f;
        f.date = "2026-11-20";
        f.start = "09:30";
        f.duration = "45";
        f.subjective = "Spotting after the session";
        f.symptoms.bleeding = true;
        return f;
    }

    struct Outcome {
        int failures_injected = 0; // runs where the use case saw an I/O error
        int runs = 0;
    };

    // Runs `write` once per write-side operation it makes, failing that operation (and, when
    // persistent, every later one). `prepare` sets up what the write needs, without faults.
    Outcome sweep(bool persistent, const std::function<void()>& prepare, const std::function<void()>& write,
                  const std::function<bool()>& write_is_there)
    {
        Outcome outcome;
        for (int nth = 1; nth < 500; ++nth) {
            prepare();
            const auto before = fingerprint(clinic);
            disk.fail_from(nth, persistent);
            bool reported_ok = false;
            std::string message;
            try {
                write();
                reported_ok = true;
            } catch (const ClinicFileError& e) {
                EXPECT_EQ(e.kind(), ClinicFileError::Kind::Io) << e.what();
                message = e.what();
            }
            const bool tripped = disk.failed();
            disk.heal();
            ++outcome.runs;
            SCOPED_TRACE("failing write-side operation " + std::to_string(nth) +
                         (persistent ? " and every later one" : " only"));
            EXPECT_TRUE(clinic.check(true).ok) << "integrity after the error";
            if (reported_ok) {
                EXPECT_TRUE(write_is_there()) << "reported saved, so it must be there";
            } else {
                ++outcome.failures_injected;
                EXPECT_TRUE(tripped) << "an error reported with no fault given: " << message;
                EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;
                EXPECT_EQ(fingerprint(clinic), before) << "a failed write rolled back whole";
            }
            if (!tripped)
                return outcome; // the write went through with no fault left to give: swept them all
        }
        ADD_FAILURE() << "the write never finished without a fault";
        return outcome;
    }

    // After the sweep the same open clinic still writes, and a fresh open sees what it holds.
    void expect_clinic_goes_on()
    {
        const auto later = records.add(form("Afterwards", "Still", "1970-01-01")).id;
        EXPECT_EQ(records.get(later).family_name, "Afterwards");
        const auto held = fingerprint(clinic);
        Clinic reopened(path);
        EXPECT_EQ(fingerprint(reopened), held);
        EXPECT_TRUE(reopened.check(true).ok);
    }
};

} // namespace

TEST_F(IoErrorTest, AddingAPatientEitherSavesItOrChangesNothing)
{
    for (const bool persistent : {false, true}) {
        int added = 0;
        std::string family;
        const auto outcome = sweep(
            persistent, [&] { family = "Okonkwo-" + std::to_string(++added); },
            [&] { records.add(form(family, "Adaeze", "1979-06-12")); },
            [&] { return !records.search(PatientQuery{.text = family}).empty(); });
        EXPECT_GE(outcome.failures_injected, 3) << "a patient's save makes several writes and syncs";
    }
    expect_clinic_goes_on();
}

TEST_F(IoErrorTest, SigningANoteWithARedFlagKeepsNoteFlagAndAuditTogether)
{
    std::int64_t draft = 0;
    const auto outcome = sweep(
        true, [&] { draft = notes.add_draft(patient, note_with_bleeding()).id; }, [&] { notes.sign(draft); },
        [&] {
            const auto note = notes.get(draft).note;
            return note.is_signed() && !RedFlags(clinic, harriet).list(RedFlagFilter{.patient_id = patient}).empty();
        });
    EXPECT_GE(outcome.failures_injected, 3);
    // Every note that failed to sign is still a draft, and every urgent flag belongs to a signed note.
    for (const auto& note : notes.for_patient(patient)) {
        SCOPED_TRACE("note " + std::to_string(note.id));
        EXPECT_EQ(note.subjective, "Spotting after the session");
    }
    for (const auto& flag : RedFlags(clinic, harriet).list(RedFlagFilter{.patient_id = patient}))
        EXPECT_TRUE(notes.get(flag.source_id).note.is_signed()) << "a flag without its signed note";
    expect_clinic_goes_on();
}

TEST_F(IoErrorTest, BookingAWeeklySeriesBooksAllOfItOrNone)
{
    Appointments diary(clinic, harriet);
    // The same series each time: its clashes with the earlier ones are warnings, not refusals.
    const AppointmentForm booking{.date = "2026-12-01", .time = "10:00", .repeat = "weekly", .on = "tue",
                                  .count = "8"};
    const auto outcome = sweep(
        true, [] {},
        [&] { diary.book(patient, booking); },
        [&] { return diary.for_patient(patient).size() % 8 == 0 && !diary.for_patient(patient).empty(); });
    EXPECT_GE(outcome.failures_injected, 3);
    EXPECT_EQ(diary.for_patient(patient).size() % 8, 0u) << "never part of a series";
    expect_clinic_goes_on();
}

TEST_F(IoErrorTest, ADraftBeingTypedIsKeptOrTheOldOneStays)
{
    auto form = note_with_bleeding();
    const auto first = *notes.save_typing(patient, std::nullopt, form, 0).note;
    int typed = 0;
    const auto outcome = sweep(
        false, [&] { form.subjective = "Typed " + std::to_string(++typed); },
        [&] {
            const auto current = notes.get(first.id).note;
            notes.save_typing(patient, first.id, form, current.version);
        },
        [&] { return notes.get(first.id).note.subjective == form.subjective; });
    EXPECT_GE(outcome.failures_injected, 2);
    expect_clinic_goes_on();
}
