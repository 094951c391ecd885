// Migration 2 on a file written by the previous FloorChart, and the rules its tables enforce
// themselves (checks, the single default set, immutability triggers).
#include "store/clinic_file.h"
#include "store/patient_repository.h"
#include "store/dilator_set_repository.h"
#include "store/schema.h"

#include "core/time_of_day.h"
#include "store_test_clinic.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using fc::store::ClinicFile;

namespace {

// A clinic file as FloorChart with schema 1 left it, with one clinician and one patient.
void write_version_one_file(const std::filesystem::path& path)
{
    const auto& v1 = fc::store::migrations().front();
    ASSERT_EQ(v1.version, 1);
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec(std::string(v1.sql));
    db.exec("PRAGMA user_version = 1");
    db.exec("PRAGMA application_id = " + std::to_string(fc::store::application_id));
    db.exec("INSERT INTO clinicians (name, created_at, updated_at) VALUES ('Aroha Ngata', '2026-01-05T09:00:00Z', "
            "'2026-01-05T09:00:00Z')");
    db.exec("INSERT INTO patients (mrn, family_name, given_name, dob, sort_key, search_text, created_at, updated_at) "
            "VALUES ('FC000001', 'Ødegaard', 'Ingrid', '1984-02-29', 'odegaard ingrid', 'odegaard ingrid', "
            "'2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')");
}

// Every table, index and trigger with its SQL, to compare two files' schemas.
std::vector<std::string> schema_of(SQLite::Database& db)
{
    std::vector<std::string> out;
    SQLite::Statement q(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY "
                            "type, name");
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

bool has_table(SQLite::Database& db, const std::string& name)
{
    SQLite::Statement q(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    q.bind(1, name);
    return q.executeStep();
}

} // namespace

TEST(SchemaMigration, MigrationsAreNumberedOneByOne)
{
    const auto& all = fc::store::migrations();
    ASSERT_GE(all.size(), 3u);
    for (std::size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ(fc::store::latest_schema_version(), all.back().version);
}

TEST(SchemaMigration, VersionOneFileIsMigratedKeepingItsRecords)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    write_version_one_file(path);
    {
        SQLite::Database before(path.string(), SQLite::OPEN_READONLY);
        ASSERT_FALSE(has_table(before, "session_notes"));
    }

    ClinicFile f(path);
    EXPECT_FALSE(f.created());
    EXPECT_EQ(f.schema_version(), fc::store::latest_schema_version());
    auto& db = f.db();
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), fc::store::latest_schema_version());
    for (const char* table : {"dilator_sets", "episodes", "plan_versions", "session_notes", "addenda", "home_log"})
        EXPECT_TRUE(has_table(db, table)) << table;
    EXPECT_EQ(db.execAndGet("SELECT family_name FROM patients WHERE mrn = 'FC000001'").getString(), "Ødegaard");

    const auto catalogue = fc::store::DilatorSetRepository(db).catalogue();
    ASSERT_EQ(catalogue.sets.size(), 1u);
    const auto* standard = catalogue.default_set();
    ASSERT_NE(standard, nullptr);
    const auto expected = fc::standard_dilator_set();
    EXPECT_EQ(standard->name, "Standard 8");
    EXPECT_EQ(standard->name, expected.name);
    EXPECT_EQ(standard->material, fc::DilatorMaterial::Silicone);
    EXPECT_EQ(standard->sizes_mm, (std::vector<int>{10, 13, 16, 19, 22, 25, 28, 32}));
    EXPECT_EQ(standard->sizes_mm, expected.sizes_mm);
    EXPECT_TRUE(standard->active);
    EXPECT_EQ(standard->version, 1);
    const auto created_at = db.execAndGet("SELECT created_at FROM dilator_sets").getString();
    EXPECT_TRUE(fc::is_utc_instant(created_at)) << created_at;

    // The old patient can be given the new records.
    db.exec("INSERT INTO home_log (patient_id, date, recorded_by, created_at) VALUES (1, '2026-11-25', 1, 'x')");
    EXPECT_TRUE(f.check(true).ok);
}

TEST(SchemaMigration, PatientsOfAnOldFileAreFoundByOneOrTwoLetters)
{
    fc::test::TempDir dir;
    const auto path = dir.file("old.floorchart");
    write_version_one_file(path);
    fc::store::ClinicFile f(path);
    fc::store::PatientRepository patients(f.db());
    for (const char* typed : {"gr", "d", "ød"}) {
        const auto rows = patients.search({.text = typed});
        ASSERT_EQ(rows.size(), 1u) << typed;
        EXPECT_EQ(rows[0].family_name, "Ødegaard");
    }
}

TEST(SchemaMigration, MigratedFileHasExactlyTheSchemaOfANewFile)
{
    fc::test::TempDir dir;
    write_version_one_file(dir.file("old.floorchart"));
    ClinicFile migrated(dir.file("old.floorchart"));
    ClinicFile fresh(dir.file("new.floorchart"));
    EXPECT_EQ(schema_of(migrated.db()), schema_of(fresh.db()));
}

TEST(SchemaMigration, ReopeningDoesNotSeedTheDefaultSetAgain)
{
    fc::test::TempDir dir;
    const auto path = dir.file("clinic.floorchart");
    { ClinicFile f(path); }
    ClinicFile again(path);
    EXPECT_EQ(again.db().execAndGet("SELECT count(*) FROM dilator_sets").getInt(), 1);
}

using SchemaRules = fc::test::StoreTestClinic;

TEST_F(SchemaRules, AtMostOneDefaultSetAndItStaysActive)
{
    EXPECT_THROW(db.exec("INSERT INTO dilator_sets (name, sizes_mm, is_default, created_at) "
                         "VALUES ('Second', '10,12', 1, 'x')"),
                 SQLite::Exception);
    EXPECT_THROW(db.exec("UPDATE dilator_sets SET active = 0 WHERE is_default = 1"), SQLite::Exception);
    EXPECT_THROW(db.exec("DELETE FROM dilator_sets"), SQLite::Exception);
    EXPECT_EQ(count("dilator_sets"), 1);
}

TEST_F(SchemaRules, DilatorSizesMustBeAListOfNumbers)
{
    for (const char* sizes : {"", "10,", ",10", "10,,13", "10;13", "ten"}) {
        SQLite::Statement s(db, "INSERT INTO dilator_sets (name, sizes_mm, created_at) VALUES ('S', ?, 'x')");
        s.bind(1, sizes);
        EXPECT_THROW(s.exec(), SQLite::Exception) << "'" << sizes << "'";
    }
}

TEST_F(SchemaRules, DatesAndTimesMustBeRealAndIso)
{
    const auto insert_home_log = [&](const std::string& date) {
        SQLite::Statement s(db, "INSERT INTO home_log (patient_id, date, recorded_by, created_at) VALUES (?, ?, ?, 'x')");
        s.bind(1, patient);
        s.bind(2, date);
        s.bind(3, clinician);
        s.exec();
    };
    EXPECT_NO_THROW(insert_home_log("2024-02-29"));
    for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-1-5", "20261125", "2026-11-25T10:00", ""})
        EXPECT_THROW(insert_home_log(bad), SQLite::Exception) << bad;

    const auto insert_note = [&](const std::string& start) {
        SQLite::Statement s(db, "INSERT INTO session_notes (patient_id, clinician_id, date, start, type, attendance, "
                                "created_at, updated_at) VALUES (?, ?, '2026-11-25', ?, 'initial', 'attended', 'x', "
                                "'x')");
        s.bind(1, patient);
        s.bind(2, clinician);
        s.bind(3, start);
        s.exec();
    };
    EXPECT_NO_THROW(insert_note("23:59"));
    for (const char* bad : {"24:00", "9:30", "09:60", "0930", ""})
        EXPECT_THROW(insert_note(bad), SQLite::Exception) << bad;
}

TEST_F(SchemaRules, MeasuresOutsideTheirRangesAreRefused)
{
    struct Case {
        const char* column;
        int lowest;
        int highest;
    };
    for (const auto& c : {Case{"pain_during", 0, 10}, Case{"pain_after", 0, 10}, Case{"comfort", 0, 10},
                          Case{"dilator_mm", 5, 60}, Case{"minutes_held", 0, 120}, Case{"oxford", 0, 5},
                          Case{"perfect_p", 0, 5}, Case{"perfect_e", 0, 60}, Case{"perfect_r", 0, 20},
                          Case{"perfect_f", 0, 20}, Case{"bristol", 1, 7}, Case{"duration_min", 1, 480}}) {
        const auto insert = [&](int value) {
            SQLite::Statement s(db, std::string("INSERT INTO session_notes (patient_id, clinician_id, date, start, "
                                                "type, attendance, created_at, updated_at, ") +
                                        c.column + ") VALUES (?, ?, '2026-11-25', '09:00', 'review', 'attended', "
                                                   "'x', 'x', ?)");
            s.bind(1, patient);
            s.bind(2, clinician);
            s.bind(3, value);
            s.exec();
        };
        EXPECT_NO_THROW(insert(c.lowest)) << c.column;
        EXPECT_NO_THROW(insert(c.highest)) << c.column;
        EXPECT_THROW(insert(c.lowest - 1), SQLite::Exception) << c.column;
        EXPECT_THROW(insert(c.highest + 1), SQLite::Exception) << c.column;
    }
}

TEST_F(SchemaRules, ScreeningHoldsOnlyKnownQuestionsAndSignaturesAreComplete)
{
    const auto insert = [&](const std::string& extra_columns, const std::string& extra_values) {
        db.exec("INSERT INTO session_notes (patient_id, clinician_id, date, start, type, attendance, created_at, "
                "updated_at" + extra_columns + ") VALUES (" + std::to_string(patient) + ", " +
                std::to_string(clinician) + ", '2026-11-25', '09:00', 'review', 'attended', 'x', 'x'" + extra_values +
                ")");
    };
    EXPECT_NO_THROW(insert(", screening", ", 'bowel-change,weight-loss,night-pain,fever'"));
    EXPECT_THROW(insert(", screening", ", 'fever,cough'"), SQLite::Exception);
    EXPECT_THROW(db.exec("UPDATE session_notes SET type = 'consultation'"), SQLite::Exception);
    EXPECT_THROW(db.exec("UPDATE session_notes SET attendance = 'late'"), SQLite::Exception);
    EXPECT_THROW(insert(", status", ", 'signed'"), SQLite::Exception);
    EXPECT_THROW(insert(", status, signed_by", ", 'signed', 1"), SQLite::Exception);
    EXPECT_THROW(insert(", signed_by, signed_at", ", 1, '2026-11-25T10:00:00Z'"), SQLite::Exception); // a draft
    EXPECT_THROW(insert(", status, signed_by, signed_at", ", 'signed', 1, 'yesterday'"), SQLite::Exception);
    EXPECT_NO_THROW(insert(", status, signed_by, signed_at", ", 'signed', 1, '2026-11-25T10:00:00Z'"));
}
