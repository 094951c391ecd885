// Text coming in: names refuse the invisible characters that make look-alike duplicates, free
// text refuses a carriage return that is not part of a line end, and --NAME-file reads at most
// what the field can hold, from a file (not a folder or a device) or standard input, without a
// leading byte-order mark. Every refusal is exit 3 naming the field (or option) and the rule.
#include "cli_fixture.h"
#include "support/sanitizers.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using fc::test::CliTest;
using fc::test::ProgramResult;

namespace {

// AddressSanitizer reserves terabytes of address space for its shadow memory, so under it the
// memory cap is its own resident-memory limit instead of `ulimit -v`.
using fc::test::address_sanitizer;

class CliTextInputTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        patient = add_patient("Odegaard", "Ingrid", "1984-02-29");
    }
    std::vector<std::string> note_add(std::vector<std::string> more)
    {
        std::vector<std::string> args = {"note", "add", patient, "--date", "2026-11-20", "--time", "09:00", "--duration",
                                         "30"};
        args.insert(args.end(), more.begin(), more.end());
        return args;
    }
    void expect_refused(const ProgramResult& r, const std::string& field, const std::string& rule)
    {
        EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
        EXPECT_NE(r.err.find(field + ":"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("[" + rule + "]"), std::string::npos) << r.err;
    }
    std::string file_with(const std::string& name, const std::string& content)
    {
        const auto path = dir.file(name);
        std::ofstream out(path, std::ios::binary);
        out << content;
        return path.string();
    }
    // `floorchart-cli --db DB args... < stdin_file`, with at most `memory_mb` of address space.
    ProgramResult cli_reading(const std::string& stdin_file, const std::vector<std::string>& args, int memory_mb)
    {
        std::vector<std::string> env = {"XDG_DATA_HOME=" + dir.path().string() + "/xdg"};
        std::string command = "exec \"$0\" --db \"$1\"";
        if (!address_sanitizer) {
            command = "ulimit -v " + std::to_string(memory_mb * 1024) + "; " + command;
        } else {
            const char* options = std::getenv("ASAN_OPTIONS");
            env.push_back(std::string("ASAN_OPTIONS=") + (options ? options : "") +
                          ":hard_rss_limit_mb=" + std::to_string(memory_mb));
        }
        for (std::size_t i = 0; i < args.size(); ++i)
            command += " \"${" + std::to_string(i + 2) + "}\"";
        command += " < \"" + stdin_file + "\"";
        std::vector<std::string> sh_args = {"-c", command, FLOORCHART_CLI, db};
        sh_args.insert(sh_args.end(), args.begin(), args.end());
        return fc::test::run_program("/bin/sh", sh_args, env);
    }
    // Refused within seconds in 1 GB of address space, nothing saved (before, it read until memory ran out).
    void expect_refused_quickly(const std::string& stdin_file, const std::vector<std::string>& args,
                                const std::string& rule)
    {
        const auto started = std::chrono::steady_clock::now();
        expect_refused(cli_reading(stdin_file, args, 1024), "subjective-file", rule);
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
        EXPECT_EQ(json({"note", "list", patient}).size(), 0u);
    }
    std::string patient;
};
} // namespace

TEST_F(CliTextInputTest, NamesWithBidiOverridesOrZeroWidthCharactersAreRefused)
{
    expect_refused(cli({"patient", "add", "--family", "A\u202EB", "--given", "Ines", "--dob", "1988-08-08"}), "family",
                   "bidi-control");
    expect_refused(cli({"patient", "edit", patient, "--given", "Ing\u200Brid"}), "given", "zero-width");
    expect_refused(cli({"clinician", "add", "--name", "Harriet\u2066 Ashdown"}), "name", "bidi-control");
    EXPECT_EQ(json({"patient", "list"}).size(), 1u);
    EXPECT_EQ(json({"clinician", "list"}).size(), 1u);
}

TEST_F(CliTextInputTest, PersianNameWithZeroWidthNonJoinerIsAccepted)
{
    const std::string alizadeh = "\u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647";
    const auto id = add_patient(alizadeh, "\u0645\u0631\u06CC\u0645", "1990-03-21");
    EXPECT_EQ(json({"patient", "show", id})["family_name"], alizadeh);
}

TEST_F(CliTextInputTest, LoneCarriageReturnIsRefusedAndCrlfIsStoredAsLf)
{
    expect_refused(cli(note_add({"--subjective", "Reports bleeding.\rNo concerns."})), "subjective", "carriage-return");
    expect_refused(cli({"patient", "edit", patient, "--notes", "Prefers mornings.\rX"}), "notes", "carriage-return");
    EXPECT_EQ(json({"note", "list", patient}).size(), 0u);

    const auto r = cli(note_add({"--subjective", "Less pain.\r\nUsing the 16 mm dilator.\r\n"}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"note", "show", trimmed(r.out)})["subjective"], "Less pain.\nUsing the 16 mm dilator.");
    const auto from_file = cli(note_add({"--objective-file", file_with("crlf.txt", "Tone normal.\r\nNo tenderness.\r\n")}));
    ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
    EXPECT_EQ(json({"note", "show", trimmed(from_file.out)})["objective"], "Tone normal.\nNo tenderness.");
}

TEST_F(CliTextInputTest, DeviceAsSubjectiveFileIsRefusedQuicklyWithBoundedMemory)
{
    expect_refused_quickly("/dev/null", note_add({"--subjective-file", "/dev/zero"}), "regular-file");
}

TEST_F(CliTextInputTest, EndlessStandardInputStopsOnePastTheLimit)
{
    expect_refused_quickly("/dev/zero", note_add({"--subjective-file", "-"}), "max-length");
}

TEST_F(CliTextInputTest, FolderAsFileIsRefusedNamingTheOption)
{
    expect_refused(cli(note_add({"--subjective-file", dir.path().string()})), "subjective-file", "regular-file");
    expect_refused(cli(note_add({"--plan-file", dir.path().string()})), "plan-file", "regular-file");
    EXPECT_EQ(json({"note", "list", patient}).size(), 0u);
}

// The limit is the field's own (20000 characters), as bytes: at most 4 bytes a character.
TEST_F(CliTextInputTest, FileAtTheLimitIsReadAndOneByteMoreIsRefused)
{
    std::string longest;
    for (int i = 0; i < 20000; ++i)
        longest += "\U0001D11E"; // 4 bytes of UTF-8 each
    auto r = cli(note_add({"--subjective-file", file_with("longest.txt", longest)}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"note", "show", trimmed(r.out)})["subjective"], longest);
    expect_refused(cli(note_add({"--subjective-file", file_with("too-long.txt", longest + " ")})), "subjective-file",
                   "max-length");
}

TEST_F(CliTextInputTest, ByteOrderMarkAtTheStartIsDropped)
{
    auto r = cli(note_add({"--subjective-file", file_with("bom.txt", "\xEF\xBB\xBFLess pain on opening.\n")}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"note", "show", trimmed(r.out)})["subjective"], "Less pain on opening.");
    r = cli_reading(file_with("bom-stdin.txt", "\xEF\xBB\xBFTone normal."), note_add({"--objective-file", "-"}), 1024);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"note", "show", trimmed(r.out)})["objective"], "Tone normal.");
}

TEST_F(CliTextInputTest, FileThatIsNotUtf8IsRefused)
{
    expect_refused(cli(note_add({"--subjective-file", file_with("latin1.txt", "Ca\xE9sar")})), "subjective", "utf8");
    expect_refused(cli(note_add({"--subjective-file", file_with("utf16.txt", std::string("\xFF\xFEO\0K\0", 6))})),
                   "subjective", "utf8");
}
