// Text set behind the app's back (straight into the clinic file) is shown, not obeyed: escape
// sequences and carriage returns appear as \x1b and \x0d, so they cannot retitle the terminal,
// clear it, hide what follows or write over what came before; right-to-left names are isolated
// (U+2068 ... U+2069) on a terminal so they cannot reorder the columns beside them. --json
// stays exact JSON of the stored text.
#include "cli_fixture.h"
#include "run_in_terminal.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <sstream>

using fc::test::CliTest;
using fc::test::ProgramResult;

namespace {
const std::string esc = "\x1b";
const std::string hostile_family = "Ode" + esc + "]0;pwned\a" + "gaard";
const std::string hostile_given = "Ing" + esc + "[2J" + "rid";
const std::string hostile_preferred = esc + "[8m" + "Inge";
const std::string hostile_clinician = "Harriet" + esc + "[2J Ashdown\xC2\x9B" "31m";

class CliTerminalTextTest : public CliTest {
protected:
    void SetUp() override
    {
        clinician = add_clinician("Harriet Ashdown");
        patient = add_patient("Odegaard", "Ingrid", "1984-02-29", {"--mrn", "MRN-1"});
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        SQLite::Statement set_patient(raw, "UPDATE patients SET family_name = ?, given_name = ?, preferred_name = ?");
        set_patient.bind(1, hostile_family);
        set_patient.bind(2, hostile_given);
        set_patient.bind(3, hostile_preferred);
        set_patient.exec();
        SQLite::Statement set_clinician(raw, "UPDATE clinicians SET name = ?");
        set_clinician.bind(1, hostile_clinician);
        set_clinician.exec();
    }
    ProgramResult in_terminal(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db});
        return fc::test::run_in_terminal(FLOORCHART_CLI, args, {"XDG_DATA_HOME=" + dir.path().string() + "/xdg"});
    }
    static bool has_raw_controls(const std::string& shown)
    {
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const auto c = static_cast<unsigned char>(shown[i]);
            const bool line_end = c == '\n' || (c == '\r' && i + 1 < shown.size() && shown[i + 1] == '\n');
            if ((c < 0x20 && !line_end) || c == 0x7F || (c == 0xC2 && i + 1 < shown.size() &&
                                                          static_cast<unsigned char>(shown[i + 1]) <= 0x9F))
                return true;
        }
        return false;
    }
    static void expect_shown_not_obeyed(const ProgramResult& r)
    {
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
        EXPECT_NE(r.out.find("\\x1b"), std::string::npos) << r.out;
    }
    std::string clinician;
    std::string patient;
};
} // namespace

TEST_F(CliTerminalTextTest, PatientListShowsEscapeSequencesInATerminal)
{
    const auto r = in_terminal({"patient", "list"});
    expect_shown_not_obeyed(r);
    EXPECT_NE(r.out.find("Ode\\x1b]0;pwned\\x07gaard, Ing\\x1b[2Jrid (\\x1b[8mInge)"), std::string::npos) << r.out;
}

TEST_F(CliTerminalTextTest, PatientShowShowsEscapeSequencesInATerminal)
{
    const auto r = in_terminal({"patient", "show", patient});
    expect_shown_not_obeyed(r);
    EXPECT_NE(r.out.find("Ode\\x1b]0;pwned\\x07gaard, Ing\\x1b[2Jrid"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\\x1b[8mInge"), std::string::npos) << r.out;
}

TEST_F(CliTerminalTextTest, ClinicianListShowsEscapeSequencesAndC1ControlsInATerminal)
{
    const auto r = in_terminal({"clinician", "list"});
    expect_shown_not_obeyed(r);
    EXPECT_NE(r.out.find("Harriet\\x1b[2J Ashdown\\x9b31m"), std::string::npos) << r.out;
}

// Escape sequences are never passed on in text output, even to a pipe or a file (where they
// would act the moment someone runs `cat` or `less -R` on it); only --json carries them, as JSON.
TEST_F(CliTerminalTextTest, TextOutputToAPipeIsEscapedTooAndJsonIsExact)
{
    for (const auto& args : {std::vector<std::string>{"patient", "list"},
                                                std::vector<std::string>{"patient", "show", patient},
                                                std::vector<std::string>{"clinician", "list"}}) {
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
        EXPECT_NE(r.out.find("\\x1b"), std::string::npos) << r.out;
    }
    const auto raw = cli({"patient", "show", patient, "--json"});
    EXPECT_EQ(raw.out.find(esc), std::string::npos) << "JSON escapes control characters itself";
    const auto shown = nlohmann::json::parse(raw.out);
    EXPECT_EQ(shown["family_name"], hostile_family);
    EXPECT_EQ(shown["given_name"], hostile_given);
    EXPECT_EQ(json({"clinician", "list"})[0]["name"], hostile_clinician);
}

TEST_F(CliTerminalTextTest, TableColumnsLineUpAfterEscaping)
{
    const auto r = cli({"patient", "list"});
    std::istringstream lines(r.out);
    std::string header, row;
    std::getline(lines, header);
    std::getline(lines, row);
    EXPECT_EQ(row.find("1984-02-29"), header.find("Born")) << header << "\n" << row;
}

TEST_F(CliTerminalTextTest, CarriageReturnInSoapTextCannotHideTheWordsBeforeIt)
{
    const auto note = trimmed(cli({"note", "add", patient, "--date", "2026-11-20", "--time", "09:00", "--duration",
                                   "30", "--subjective", "placeholder"})
                                  .out);
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        raw.exec("UPDATE session_notes SET subjective = 'Reports bleeding after use.' || char(13) || "
                 "'No concerns.' || char(10) || 'Second line.'");
    }
    const auto r = in_terminal({"note", "show", note});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Reports bleeding after use.\\x0dNo concerns."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Second line."), std::string::npos) << r.out;
    EXPECT_FALSE(has_raw_controls(r.out)) << r.out;
}

TEST_F(CliTerminalTextTest, RightToLeftNamesAreIsolatedInATerminalOnly)
{
    const std::string persian = "\u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647";
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        SQLite::Statement set(raw, "UPDATE patients SET family_name = ?, given_name = 'Maryam', preferred_name = ''");
        set.bind(1, persian);
        set.exec();
    }
    const auto shown = in_terminal({"patient", "show", patient});
    EXPECT_NE(shown.out.find("\u2068" + persian + "\u2069, Maryam"), std::string::npos) << shown.out;
    const auto listed = in_terminal({"patient", "list"});
    EXPECT_NE(listed.out.find("\u2068" + persian + "\u2069, Maryam"), std::string::npos) << listed.out;
    const auto piped = cli({"patient", "show", patient});
    EXPECT_NE(piped.out.find(persian + ", Maryam"), std::string::npos) << piped.out;
    EXPECT_EQ(piped.out.find("\u2068"), std::string::npos) << "no isolates in output meant for programs";
}

TEST_F(CliTerminalTextTest, StrayBidiControlsAreShownVisibly)
{
    const auto note = trimmed(cli({"note", "add", patient, "--date", "2026-11-20", "--time", "09:00", "--duration",
                                   "30", "--subjective", "abc\u202Eexe.txt"})
                                  .out);
    const auto r = in_terminal({"note", "show", note});
    EXPECT_NE(r.out.find("abc\\u202eexe.txt"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\u202E"), std::string::npos) << r.out;
    EXPECT_EQ(json({"note", "show", note})["subjective"], "abc\u202Eexe.txt");
}
