#include "clinic_fixture.h"

using namespace fc;

namespace {
class PatientRecordsTest : public test::ClinicTest {
protected:
    Actor harriet = add_clinician("Harriet Ashdown");
    PatientRecords records{clinic, harriet};
};

std::vector<std::string> actions(const std::vector<AuditEntry>& entries)
{
    std::vector<std::string> out;
    for (const auto& e : entries)
        out.push_back(e.action);
    return out;
}
} // namespace

TEST_F(PatientRecordsTest, AddGeneratesMrnAndAudits)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    EXPECT_EQ(p.mrn, "FC000001");
    EXPECT_EQ(p.version, 1);
    const auto history = records.history(p.id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].action, "create");
    EXPECT_EQ(history[0].clinician_id, harriet.clinician_id);
}

TEST_F(PatientRecordsTest, GeneratedMrnSkipsOneTypedByHand)
{
    auto f = form("Nguyễn", "Thu Trang", "1991-04-04");
    f.mrn = "FC000002";
    records.add(f);
    const auto p = records.add(form("Trần", "Ngọc Ánh", "1992-05-05"));
    EXPECT_NE(p.mrn, "FC000002");
    EXPECT_EQ(records.search({.text = p.mrn}).size(), 1u);
}

TEST_F(PatientRecordsTest, DuplicateMrnIsAConflictAndChangesNothing)
{
    auto f = form("Ødegaard", "Ingrid", "1984-02-29");
    f.mrn = "AB-1";
    records.add(f);
    f.family = "Other";
    f.mrn = "ab-1";
    EXPECT_THROW(records.add(f), Conflict);
    EXPECT_EQ(records.search({}).size(), 1u);
}

TEST_F(PatientRecordsTest, InvalidInputChangesNothing)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    auto bad = PatientForm::from(p);
    bad.dob = "2026-02-30";
    bad.family = "";
    EXPECT_THROW(records.edit(p.id, bad, p.version), InvalidInput);
    EXPECT_THROW(records.add(form("", "x", "1980-01-01")), InvalidInput);
    const auto still = records.get(p.id);
    EXPECT_EQ(still.family_name, "Ødegaard");
    EXPECT_EQ(still.version, 1);
    EXPECT_EQ(records.search({}).size(), 1u);
}

TEST_F(PatientRecordsTest, EditBasedOnStaleVersionIsRefused)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    auto first = PatientForm::from(p);
    first.phone = "+44 7700 900001";
    const auto saved = records.edit(p.id, first, p.version);
    EXPECT_EQ(saved.version, 2);

    auto second = PatientForm::from(p); // another window, loaded at version 1
    second.email = "ingrid@example.org";
    EXPECT_THROW(records.edit(p.id, second, p.version), Conflict);
    const auto now = records.get(p.id);
    EXPECT_EQ(now.phone, "+44 7700 900001");
    EXPECT_EQ(now.email, "");
    EXPECT_EQ(actions(records.history(p.id)), (std::vector<std::string>{"create", "update"}));
    EXPECT_EQ(records.history(p.id)[1].detail, "phone");
}

TEST_F(PatientRecordsTest, EditWithNoChangeWritesNothing)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    EXPECT_EQ(records.edit(p.id, PatientForm::from(p), p.version).version, 1);
    EXPECT_EQ(records.history(p.id).size(), 1u);
}

TEST_F(PatientRecordsTest, ArchiveAndUnarchiveAreAuditedAndIdempotent)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    EXPECT_TRUE(records.set_archived(p.id, true).archived);
    EXPECT_TRUE(records.set_archived(p.id, true).archived);
    EXPECT_TRUE(records.search({}).empty());
    auto f = PatientForm::from(records.get(p.id));
    f.phone = "123456";
    EXPECT_THROW(records.edit(p.id, f, records.get(p.id).version), Conflict);
    EXPECT_FALSE(records.set_archived(p.id, false).archived);
    EXPECT_EQ(actions(records.history(p.id)), (std::vector<std::string>{"create", "archive", "unarchive"}));
}

TEST_F(PatientRecordsTest, OpeningARecordIsAudited)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    const auto r = records.open(p.id);
    EXPECT_EQ(r.patient.family_name, "Ødegaard");
    EXPECT_EQ(actions(records.history(p.id)), (std::vector<std::string>{"create", "open"}));
    EXPECT_THROW(records.open(999), NotFound);
}

TEST_F(PatientRecordsTest, RereadingAnOpenRecordIsNotAuditedAgain)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    records.open(p.id);
    records.add_precaution(p.id, {"fissure", "chronic fissure 2025", "2026-11-01"});
    const auto r = records.reread(p.id);
    EXPECT_EQ(r.precautions.size(), 1u);
    EXPECT_EQ(actions(records.history(p.id)), (std::vector<std::string>{"create", "open"}));
    EXPECT_THROW(records.reread(999), NotFound);
}

TEST_F(PatientRecordsTest, PrecautionOpenUntilClearedOnce)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    const auto pr = records.add_precaution(p.id, {"fissure", "chronic fissure 2025", "2026-11-01"});
    EXPECT_EQ(records.search({}).front().open_precautions, 1);
    EXPECT_EQ(records.open(p.id).open_precautions_on(test::pinned_today), 1);

    const auto c = records.clear_precaution(p.id, pr.id, {"Dr Ada Quill", "2026-11-20"});
    EXPECT_EQ(c.cleared_by, "Dr Ada Quill");
    EXPECT_EQ(records.search({}).front().open_precautions, 0);
    EXPECT_THROW(records.clear_precaution(p.id, pr.id, {"Dr Ada Quill", ""}), Conflict);
    EXPECT_THROW(records.clear_precaution(p.id, 999, {}), NotFound);
}

TEST_F(PatientRecordsTest, ClearanceByDefaultsToTheActingClinician)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    const auto pr = records.add_precaution(p.id, {"bleeding", "", ""});
    EXPECT_EQ(records.clear_precaution(p.id, pr.id, {}).cleared_by, "Harriet Ashdown");
}

TEST_F(PatientRecordsTest, PrecautionOfAnotherPatientIsNotFound)
{
    const auto a = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    const auto b = records.add(form("O'Brien", "Aoife", "1990-01-01"));
    const auto pr = records.add_precaution(a.id, {"ibd", "", ""});
    EXPECT_THROW(records.clear_precaution(b.id, pr.id, {}), NotFound);
}

TEST_F(PatientRecordsTest, ConditionsAndConsentsAreKeptWithTheRecord)
{
    const auto p = records.add(form("Ødegaard", "Ingrid", "1984-02-29"));
    records.add_condition(p.id, {"K60.1", "Chronic anal fissure", "2026-01-10"});
    records.add_consent(p.id, {"yes", "yes", "no", "", ""});
    const auto r = records.open(p.id);
    ASSERT_EQ(r.conditions.size(), 1u);
    EXPECT_EQ(r.conditions[0].code, "K60.1");
    ASSERT_EQ(r.consents.size(), 1u);
    EXPECT_EQ(r.consents[0].clinician_id, *harriet.clinician_id);
}

TEST_F(PatientRecordsTest, ChangesNeedAClinician)
{
    PatientRecords anonymous(clinic, Actor::nobody());
    EXPECT_THROW(anonymous.add(form("Ødegaard", "Ingrid", "1984-02-29")), ClinicianRequired);
    EXPECT_TRUE(anonymous.search({}).empty());
}

TEST_F(PatientRecordsTest, RecordsSurviveReopeningTheFile)
{
    const auto p = records.add(form("Παπαδοπούλου", "Ελένη", "1975-03-03"));
    Clinic reopened(path);
    const auto found = PatientRecords(reopened, Actor::nobody()).search({.text = "elene"});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].id, p.id);
}
