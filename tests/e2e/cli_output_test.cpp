// Files the CLI writes besides the clinic (reports, .ics, backups): never over the clinic file,
// its -wal/-shm or a backup, never through a symlink, never over an existing file without --force,
// owner-only; and a batch of reports says what it wrote, what failed and why.
#include "cli_fixture.h"
#include "support/machine_skip.h"
#include "support/read_only_folder.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using fc::test::CliTest;
namespace fs = std::filesystem;

namespace {
class CliOutputTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        patient = add_patient("Sample", "Alex", "1980-01-01", {"--mrn", "MRN-1"});
        ASSERT_EQ(cli({"plan", "add", patient, "--title", "Pelvic floor", "--start", "2026-11-01"}).exit_code, 0);
        // Leave the clinic closed and checkpointed: its bytes are what a refusal must keep.
        ASSERT_EQ(cli({"patient", "list"}).exit_code, 0);
        clinic_bytes = bytes(db);
        ASSERT_TRUE(clinic_bytes.starts_with("SQLite format 3"));
    }
    std::string patient;
    std::string clinic_bytes;

    static std::string bytes(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    // The batch's name for a patient's report (these patients' MRNs are "MRN-<id>").
    static std::string fmt_name(const std::string& id) { return "progress-" + id + "-MRN-" + id + ".pdf"; }
    static bool is_pdf(const fs::path& file) { return bytes(file).starts_with("%PDF-"); }
    static unsigned mode(const fs::path& file)
    {
        struct stat st {};
        return ::stat(file.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0u;
    }
    int reports_audited(const std::string& id)
    {
        int n = 0;
        for (const auto& e : json({"patient", "history", id}))
            n += e["action"] == "report";
        return n;
    }
    // Every way of writing a file at `target`, as the CLI is called.
    std::vector<std::vector<std::string>> writers(const std::string& target)
    {
        return {{"report", "progress", patient, "-o", target},
                {"report", "handout", patient, "-o", target},
                {"appt", "export-ics", "--with", "1", "--week", "2026-11-02", "-o", target},
                {"backup", "-o", target}};
    }
    static std::vector<std::string> forced(std::vector<std::string> args)
    {
        args.push_back("--force");
        return args;
    }
    void expect_refused(const std::vector<std::string>& args, const std::string& why)
    {
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 1) << testing::PrintToString(args) << r.err;
        EXPECT_NE(r.err.find(why), std::string::npos) << testing::PrintToString(args) << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_TRUE(bytes(db) == clinic_bytes) << "the clinic file changed: " << testing::PrintToString(args);
    }
};
} // namespace

TEST_F(CliOutputTest, NoOutputIsEverWrittenOverTheClinicFileEvenWithForce)
{
    const auto link = dir.file("link-to-clinic.pdf").string();
    fs::create_symlink(db, link);
    for (const auto& target : {db, link, db + "-wal", db + "-shm"}) {
        for (const auto& args : writers(target)) {
            expect_refused(args, target);
            expect_refused(forced(args), target);
        }
    }
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_FALSE(fs::exists(db + "-wal"));
    EXPECT_EQ(json({"patient", "list"}).size(), 1u);
    EXPECT_EQ(reports_audited(patient), 0) << "nothing was delivered, so nothing is audited";
}

TEST_F(CliOutputTest, APlantedPartialSymlinkIsNeverFollowed)
{
    const auto report = dir.file("report.pdf");
    fs::create_symlink(db, dir.file("report.pdf.partial"));
    fs::create_symlink(db, dir.file("week.ics.partial"));
    auto r = cli({"report", "progress", patient, "-o", report.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(is_pdf(report));
    r = cli({"appt", "export-ics", "--with", "1", "--week", "2026-11-02", "-o", dir.file("week.ics").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(bytes(db).starts_with("SQLite format 3")) << "the clinic was written through the planted link";
    EXPECT_TRUE(fs::is_symlink(dir.file("report.pdf.partial")));
    EXPECT_EQ(json({"patient", "list"}).size(), 1u);
}

TEST_F(CliOutputTest, AnExistingFileIsReplacedOnlyWithForce)
{
    const auto existing = dir.file("existing.out").string();
    for (const auto& args : writers(existing)) {
        std::ofstream(existing, std::ios::trunc) << "someone's letter";
        expect_refused(args, existing + " already exists; choose another name or give --force");
        EXPECT_EQ(bytes(existing), "someone's letter");
        const auto r = cli(forced(args));
        EXPECT_EQ(r.exit_code, 0) << testing::PrintToString(args) << r.err;
        EXPECT_NE(bytes(existing), "someone's letter") << testing::PrintToString(args);
        EXPECT_EQ(mode(existing), 0600u) << testing::PrintToString(args);
        fs::remove(existing);
        clinic_bytes = bytes(db); // a delivered report is audited
    }
}

TEST_F(CliOutputTest, ADanglingSymlinkIsRefusedAndWithForceTheLinkItselfIsReplaced)
{
    const auto link = dir.file("dangling.out");
    const auto target = dir.file("nowhere.out");
    for (const auto& args : writers(link.string())) {
        fs::remove(link);
        fs::create_symlink(target, link);
        expect_refused(args, "already exists");
        EXPECT_FALSE(fs::exists(target)) << testing::PrintToString(args);
        EXPECT_TRUE(fs::is_symlink(link));
        const auto r = cli(forced(args));
        EXPECT_EQ(r.exit_code, 0) << testing::PrintToString(args) << r.err;
        EXPECT_FALSE(fs::is_symlink(link)) << testing::PrintToString(args);
        EXPECT_TRUE(fs::is_regular_file(link)) << testing::PrintToString(args);
        EXPECT_FALSE(fs::exists(target)) << "the link's target was written: " << testing::PrintToString(args);
        clinic_bytes = bytes(db);
    }
}

TEST_F(CliOutputTest, ABackupIsNeverReplacedEvenWithForce)
{
    const auto backup = dir.file("copy.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", backup}).exit_code, 0);
    EXPECT_EQ(mode(backup), 0600u);
    const auto dated = trimmed(cli({"backup"}).out);
    ASSERT_TRUE(fs::exists(dated));
    clinic_bytes = bytes(db);
    const auto before = bytes(backup);
    for (const auto& target : {backup, dated}) {
        for (const auto& args : writers(target))
            expect_refused(forced(args), "FloorChart clinic or backup");
    }
    EXPECT_EQ(bytes(backup), before);
    EXPECT_EQ(json({"backup", "verify", backup})["ok"], true);
}

TEST_F(CliOutputTest, AFolderIsNoOutputFile)
{
    fs::create_directory(dir.file("folder"));
    for (const auto& args : writers(dir.file("folder").string()))
        expect_refused(forced(args), "is a folder");
}

TEST_F(CliOutputTest, WrittenFilesAreOwnerOnly)
{
    ::umask(022);
    const auto pdf = dir.file("r.pdf"), ics = dir.file("w.ics"), backup = dir.file("b.floorchart");
    ASSERT_EQ(cli({"report", "progress", patient, "-o", pdf.string()}).exit_code, 0);
    ASSERT_EQ(cli({"appt", "export-ics", "--with", "1", "--week", "2026-11-02", "-o", ics.string()}).exit_code, 0);
    ASSERT_EQ(cli({"backup", "-o", backup.string()}).exit_code, 0);
    for (const auto& f : {pdf, ics, backup})
        EXPECT_EQ(mode(f), 0600u) << f;
    const auto batch = dir.file("batch");
    const auto r = json({"report", "batch", "--out-dir", batch.string()});
    ASSERT_EQ(r["files"].size(), 1u);
    EXPECT_EQ(mode(r["files"][0].get<std::string>()), 0600u);
}

TEST_F(CliOutputTest, ABatchWithOneUnwritableFileListsWhatItWroteNamesTheErrorAndAuditsOnlyDeliveredReports)
{
    const auto second = add_patient("Example", "Bea", "1981-02-02", {"--mrn", "MRN-2"});
    const auto third = add_patient("Specimen", "Cai", "1982-03-03", {"--mrn", "MRN-3"});
    const auto out = dir.file("batch");
    fs::create_directories(out / fmt_name(second));
    const auto r = cli({"report", "batch", "--out-dir", out.string(), "--json"});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto files = nlohmann::json::parse(r.out)["files"];
    ASSERT_EQ(files.size(), 2u) << r.out;
    EXPECT_EQ(files[0], (out / fmt_name(patient)).string());
    EXPECT_EQ(files[1], (out / fmt_name(third)).string());
    for (const auto& f : files)
        EXPECT_TRUE(is_pdf(f.get<std::string>()));
    EXPECT_NE(r.err.find((out / fmt_name(second)).string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("is a folder"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("Success"), std::string::npos) << r.err;
    EXPECT_EQ(reports_audited(patient), 1);
    EXPECT_EQ(reports_audited(second), 0) << "a report never delivered is not audited";
    EXPECT_EQ(reports_audited(third), 1);

    // The same without --json: the files written on stdout, one a line.
    fs::remove(out / fmt_name(patient));
    fs::remove(out / fmt_name(third));
    const auto text = cli({"report", "batch", "--out-dir", out.string()});
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_EQ(text.out, (out / fmt_name(patient)).string() + "\n" + (out / fmt_name(third)).string() + "\n");
}

TEST_F(CliOutputTest, ABatchNeverReplacesAnExistingReportWithoutForce)
{
    const auto out = dir.file("batch");
    fs::create_directories(out);
    const auto name = out / fmt_name(patient);
    std::ofstream(name) << "kept";
    auto r = cli({"report", "batch", "--out-dir", out.string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(name.string() + " already exists"), std::string::npos) << r.err;
    EXPECT_EQ(bytes(name), "kept");
    r = cli({"report", "batch", "--out-dir", out.string(), "--force"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(is_pdf(name));
    EXPECT_EQ(reports_audited(patient), 1);
}

TEST_F(CliOutputTest, ABatchIntoAReadOnlyFolderGivesTheRealError)
{
    fc::test::ReadOnlyFolder folder(dir.file("sealed"));
    if (!folder.usable())
        FC_SKIP_ON_THIS_MACHINE() << "no way to make a read-only folder here";
    ASSERT_TRUE(folder.seal());
    const auto r = cli({"report", "batch", "--out-dir", folder.path().string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find((folder.path() / fmt_name(patient)).string()), std::string::npos) << r.err;
    EXPECT_TRUE(r.err.find("Read-only file system") != std::string::npos ||
                r.err.find("Permission denied") != std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("Success"), std::string::npos) << r.err;
    EXPECT_EQ(reports_audited(patient), 0);
}
