// backup, backup list, backup verify and restore through the real CLI.
#include "cli_fixture.h"

#include <filesystem>
#include <fstream>

using fc::test::CliTest;

namespace {
class CliBackupTest : public CliTest {
protected:
    void SetUp() override { ASSERT_EQ(cli({"demo", "--patients", "30", "--seed", "4"}).exit_code, 0); }
};
} // namespace

TEST_F(CliBackupTest, BackupListVerifyRestore)
{
    auto r = cli({"backup"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto dated = trimmed(r.out);
    EXPECT_TRUE(std::filesystem::exists(dated)) << dated;
    const auto named = dir.file("copy.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", named}).exit_code, 0);
    EXPECT_EQ(cli({"backup", "-o", named}).exit_code, 1); // never overwrites

    const auto list = json({"backup", "list"});
    ASSERT_EQ(list.size(), 1u); // the backups folder holds the dated one
    EXPECT_TRUE(list[0].contains("id"));

    const auto verified = json({"backup", "verify", named});
    EXPECT_EQ(verified["ok"], true);
    EXPECT_EQ(verified["patients"], 30);

    ASSERT_EQ(cli({"--clinician", "1", "patient", "add", "--family", "Later", "--given", "Added", "--dob",
                   "1990-01-01"})
                  .exit_code,
              0);
    r = cli({"restore", named, "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto restored = nlohmann::json::parse(r.out);
    EXPECT_EQ(restored["patients"], 30);
    const std::string kept = restored["replaced_file_kept_as"];
    EXPECT_NE(kept.find("replaced-by-restore"), std::string::npos);
    EXPECT_TRUE(json({"patient", "list", "--search", "later added"}).empty());
    // The replaced file is still a clinic, openable with --db.
    const auto old = fc::test::run_program(FLOORCHART_CLI, {"--db", kept, "--json", "patient", "list", "--search", "later added"});
    ASSERT_EQ(old.exit_code, 0) << old.err;
    EXPECT_EQ(nlohmann::json::parse(old.out).size(), 1u);
}

TEST_F(CliBackupTest, VerifyAndRestoreRefuseWhatIsNotAHealthyBackup)
{
    const auto junk = dir.file("junk.floorchart").string();
    std::ofstream(junk) << "random bytes, not a backup";
    EXPECT_EQ(cli({"backup", "verify", junk}).exit_code, 1);
    EXPECT_EQ(cli({"backup", "verify", dir.file("missing").string()}).exit_code, 1);
    const auto r = cli({"restore", junk});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("not a healthy FloorChart backup"), std::string::npos) << r.err;
    EXPECT_EQ(json({"patient", "list"}).size(), 30u);
}
