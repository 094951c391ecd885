// report progress|note|handout|batch through the real CLI: real PDFs, clear refusals.
#include "cli_fixture.h"

#include <filesystem>
#include <fstream>
#include <iterator>

using fc::test::CliTest;

namespace {
class CliReportTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        patient = add_patient("Ødegaard", "Ingrid", "1984-02-29");
    }
    std::string patient;

    static bool is_pdf(const std::filesystem::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::string head(5, '\0');
        in.read(head.data(), 5);
        return head == "%PDF-";
    }
};
} // namespace

TEST_F(CliReportTest, ProgressNoteAndHandout)
{
    auto r = cli({"plan", "add", patient, "--title", "Fissure", "--start", "2026-11-01"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(cli({"plan", "component", "add", trimmed(r.out), "--kind", "dilator"}).exit_code, 0);
    r = cli({"note", "add", patient, "--date", "2026-11-20", "--time", "09:30", "--dilator-mm", "13", "--minutes",
             "8", "--pain-during", "3"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto note = trimmed(r.out);

    const auto progress = dir.file("progress.pdf");
    r = cli({"report", "progress", patient, "--summary", "Steady progress.", "-o", progress.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(trimmed(r.out), progress.string());
    EXPECT_TRUE(is_pdf(progress));

    const auto note_pdf = dir.file("note.pdf");
    ASSERT_EQ(cli({"report", "note", note, "-o", note_pdf.string()}).exit_code, 0);
    EXPECT_TRUE(is_pdf(note_pdf));
    const auto handout = dir.file("handout.pdf");
    ASSERT_EQ(cli({"report", "handout", patient, "--paper", "letter", "-o", handout.string()}).exit_code, 0);
    EXPECT_TRUE(is_pdf(handout));

    const auto history = json({"patient", "history", patient});
    int reports = 0;
    for (const auto& e : history)
        reports += e["action"] == "report";
    EXPECT_EQ(reports, 2); // making a report about the patient is audited
}

TEST_F(CliReportTest, EmptyPeriodStillGivesAReport)
{
    const auto file = dir.file("empty.pdf");
    const auto r = cli({"report", "progress", patient, "-o", file.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(is_pdf(file));
}

TEST_F(CliReportTest, BadInput)
{
    EXPECT_EQ(cli({"report", "progress", patient, "--from", "2026-11-10", "--to", "2026-11-01", "-o",
                   dir.file("x.pdf").string()})
                  .exit_code,
              3);
    EXPECT_EQ(cli({"report", "progress", patient, "--paper", "a3", "-o", dir.file("x.pdf").string()}).exit_code, 3);
    EXPECT_EQ(cli({"report", "progress", patient, "-o", (dir.path() / "missing" / "x.pdf").string()}).exit_code, 1);
    EXPECT_EQ(cli({"report", "progress", "999", "-o", dir.file("x.pdf").string()}).exit_code, 4);
    EXPECT_EQ(cli({"report", "progress", patient}).exit_code, 2); // -o is required
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.pdf")));
}

TEST_F(CliReportTest, BatchWritesOneReportPerPatient)
{
    add_patient("Παπαδοπούλου", "Ελένη", "1975-03-03");
    const auto out = dir.path() / "batch";
    const auto r = cli({"report", "batch", "--out-dir", out.string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto files = nlohmann::json::parse(r.out)["files"];
    ASSERT_EQ(files.size(), 2u);
    for (const auto& f : files)
        EXPECT_TRUE(is_pdf(f.get<std::string>()));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out), {}), 2);
}
