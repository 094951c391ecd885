// The progress line of long commands (backup, restore, flags rescan, report batch): on stderr,
// kept current with '\r' and ended with a newline, only for a person at a terminal. With stdout
// on a pipe (a script) or with --json, stderr stays exactly empty.
#include "cli_fixture.h"
#include "run_in_terminal.h"

#include <algorithm>
#include <regex>

using fc::test::CliTest;
using fc::test::ProgramResult;

namespace {
class CliProgressTest : public CliTest {
protected:
    void SetUp() override { ASSERT_EQ(cli({"demo", "--patients", "30", "--seed", "4"}).exit_code, 0); }

    ProgramResult in_terminal(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db});
        return fc::test::run_in_terminal(FLOORCHART_CLI, args, {"XDG_DATA_HOME=" + dir.path().string() + "/xdg"});
    }

    // The counts the line showed, in order; fails unless `err` is exactly such a line ended by "\n".
    static std::vector<std::pair<int, int>> counts(const std::string& err, const std::string& label)
    {
        std::vector<std::pair<int, int>> out;
        EXPECT_TRUE(!err.empty() && err.back() == '\n') << "the line is ended: " << err;
        EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
        const std::regex one("\r" + label + " ([0-9]+) of ([0-9]+)");
        std::string rest = err.substr(0, err.empty() ? 0 : err.size() - 1);
        std::smatch m;
        while (std::regex_search(rest, m, one) && m.position(0) == 0) {
            out.emplace_back(std::stoi(m[1]), std::stoi(m[2]));
            rest = m.suffix();
        }
        EXPECT_TRUE(rest.empty()) << "more than the progress line on stderr: " << err;
        EXPECT_FALSE(out.empty()) << err;
        if (!out.empty()) {
            EXPECT_EQ(out.back().first, out.back().second) << "it ends at its total: " << err;
        }
        return out;
    }
};
} // namespace

TEST_F(CliProgressTest, ScriptsSeeNoProgressText)
{
    const auto backup = dir.file("piped.floorchart").string();
    auto r = cli({"backup", "-o", backup});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, backup + "\n");
    EXPECT_EQ(r.err, "");
    r = cli({"flags", "rescan"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    r = cli({"report", "batch", "--out-dir", dir.file("pdf").string(), "--patients", "1,2,3"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    r = cli({"restore", backup});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

TEST_F(CliProgressTest, ABackupInATerminalCountsItsPages)
{
    const auto backup = dir.file("seen.floorchart").string();
    const auto r = in_terminal({"backup", "-o", backup});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = counts(r.err, "backing up: page");
    ASSERT_FALSE(shown.empty());
    for (std::size_t i = 1; i < shown.size(); ++i) {
        EXPECT_GT(shown[i].first, shown[i - 1].first) << "each count once, going up";
        EXPECT_EQ(shown[i].second, shown[0].second);
    }
    EXPECT_NE(r.out.find(backup), std::string::npos) << "the file written, on stdout as always";
    EXPECT_EQ(json({"backup", "verify", backup})["ok"], true);
}

TEST_F(CliProgressTest, ARestoreInATerminalCountsBothCopies)
{
    const auto backup = dir.file("b.floorchart").string();
    ASSERT_EQ(cli({"backup", "-o", backup}).exit_code, 0);
    const auto r = in_terminal({"restore", backup});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = counts(r.err, "restoring: page");
    EXPECT_GE(shown.size(), 2u) << "the file kept aside, then the backup copied over it";
    EXPECT_NE(r.out.find("Restored"), std::string::npos);
    EXPECT_EQ(json({"patient", "list"}).size(), 30u);
}

TEST_F(CliProgressTest, ARescanInATerminalCountsEveryPatient)
{
    const auto r = in_terminal({"flags", "rescan"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = counts(r.err, "rescanning: patient");
    ASSERT_EQ(shown.size(), 30u);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(shown[static_cast<std::size_t>(i)], std::make_pair(i + 1, 30));
}

TEST_F(CliProgressTest, ABatchOfReportsInATerminalCountsItsFiles)
{
    const auto r = in_terminal({"report", "batch", "--out-dir", dir.file("pdf").string(), "--patients", "1,2,3,4"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = counts(r.err, "reports:");
    ASSERT_EQ(shown.size(), 4u) << "written on several threads, told one at a time and in order";
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(shown[static_cast<std::size_t>(i)], std::make_pair(i + 1, 4));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.file("pdf")), {}), 4);
}

TEST_F(CliProgressTest, JsonInATerminalHasNoProgressLine)
{
    auto r = in_terminal({"--json", "flags", "rescan"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    r = in_terminal({"backup", "-o", dir.file("j.floorchart").string(), "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

TEST_F(CliProgressTest, AFailureInATerminalStartsOnALineOfItsOwn)
{
    const auto r = in_terminal({"report", "batch", "--out-dir", dir.file("pdf").string(), "--patients", "1,999"});
    ASSERT_NE(r.exit_code, 0);
    const auto message = r.err.find("999");
    ASSERT_NE(message, std::string::npos) << "the error names the patient: " << r.err;
    const auto line = r.err.rfind('\r', message);
    if (line != std::string::npos) { // the first report may have been counted before the failure
        EXPECT_LT(r.err.find('\n', line), message) << "the progress line is ended first: " << r.err;
    }
}
