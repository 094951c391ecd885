#include "store/audit_log.h"
#include "store/clinic_file.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

TEST(AuditLog, AppendsAndListsPerRecordInOrder)
{
    fc::test::TempDir dir;
    fc::store::ClinicFile f(dir.file("clinic.floorchart"));
    fc::store::AuditLog log(f.db());
    log.append(std::nullopt, "create", "patient", 7);
    log.append(std::nullopt, "update", "patient", 7, "phone");
    log.append(std::nullopt, "create", "patient", 8);
    const auto entries = log.for_record("patient", 7);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, "create");
    EXPECT_EQ(entries[1].detail, "phone");
    EXPECT_EQ(entries[1].at.size(), 20u); // 2026-11-25T09:30:00Z
    EXPECT_EQ(log.count(), 3);
}

TEST(AuditLog, RowsCanBeNeitherChangedNorDeleted)
{
    fc::test::TempDir dir;
    fc::store::ClinicFile f(dir.file("clinic.floorchart"));
    fc::store::AuditLog log(f.db());
    log.append(std::nullopt, "create", "patient", 1);
    EXPECT_THROW(f.db().exec("DELETE FROM audit"), SQLite::Exception);
    EXPECT_THROW(f.db().exec("UPDATE audit SET action = 'nothing'"), SQLite::Exception);
    EXPECT_EQ(log.count(), 1);
}
