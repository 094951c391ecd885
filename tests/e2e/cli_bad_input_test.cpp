// Bad input through the real CLI: each gets exit 3 naming the field (a duplicate MRN is a
// conflict, exit 5), and nothing already saved changes.
#include "cli_fixture.h"

#include <SQLiteCpp/Database.h>

#include <fstream>

using fc::test::CliTest;

namespace {
class CliBadInputTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        id = add_patient("Ødegaard", "Ingrid", "1984-02-29", {"--mrn", "MRN-1"});
        before = cli({"patient", "list", "--archived", "--json"}).out;
    }
    void expect_unchanged()
    {
        EXPECT_EQ(cli({"patient", "list", "--archived", "--json"}).out, before);
    }
    void expect_invalid(const std::vector<std::string>& args, const std::string& field)
    {
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
        EXPECT_NE(r.err.find(field + ":"), std::string::npos) << r.err;
        expect_unchanged();
    }
    std::vector<std::string> add_with(const std::string& option, const std::string& value)
    {
        std::vector<std::string> args = {"patient", "add", "--family", "Núñez", "--given", "Inés", "--dob",
                                         "1988-08-08"};
        bool replaced = false;
        for (std::size_t i = 2; i + 1 < args.size(); i += 2)
            if (args[i] == option) {
                args[i + 1] = value;
                replaced = true;
            }
        if (!replaced) {
            args.push_back(option);
            args.push_back(value);
        }
        return args;
    }
    std::string id;
    std::string before;
};
} // namespace

TEST_F(CliBadInputTest, ImpossibleFutureAndAncientDates)
{
    expect_invalid(add_with("--dob", "2026-02-30"), "dob");
    expect_invalid(add_with("--dob", "2999-01-01"), "dob");
    expect_invalid(add_with("--dob", "1899-12-31"), "dob");
    expect_invalid(add_with("--dob", "30/02/2026"), "dob");
    expect_invalid({"patient", "edit", id, "--dob", "2026-02-30"}, "dob");
}

TEST_F(CliBadInputTest, EmptyOrWhitespaceNames)
{
    expect_invalid(add_with("--family", ""), "family");
    expect_invalid(add_with("--given", "   "), "given");
    expect_invalid({"patient", "edit", id, "--family", " \t "}, "family");
    expect_invalid({"clinician", "add", "--name", " "}, "name");
}

TEST_F(CliBadInputTest, TenThousandCharacterFields)
{
    const std::string huge(10000, 'x');
    expect_invalid(add_with("--family", huge), "family");
    expect_invalid(add_with("--phone", huge), "phone");
    expect_invalid({"patient", "edit", id, "--email", huge}, "email");
}

TEST_F(CliBadInputTest, ControlCharactersAndInvalidEmail)
{
    expect_invalid(add_with("--given", std::string("In\x1b[31m" "es")), "given");
    expect_invalid(add_with("--family", "Nu\nnez"), "family");
    expect_invalid(add_with("--email", "ines-at-example.org"), "email");
    expect_invalid(add_with("--sex", "yes"), "sex");
}

TEST_F(CliBadInputTest, DuplicateMrnIsAConflict)
{
    const auto r = cli(add_with("--mrn", "mrn-1"));
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_NE(r.err.find("mrn"), std::string::npos);
    expect_unchanged();
}

TEST_F(CliBadInputTest, MetacharactersAreStoredAndShownVerbatim)
{
    for (const std::string name : {"O'Brien", "'); DROP TABLE x;--", "%s%n", "Robert'); DROP TABLE patients;--"}) {
        const auto new_id = add_patient(name, "%s%n%x", "1970-01-01");
        const auto shown = json({"patient", "show", new_id});
        EXPECT_EQ(shown["family_name"], name);
        EXPECT_EQ(shown["given_name"], "%s%n%x");
        const auto text = cli({"patient", "show", new_id});
        EXPECT_NE(text.out.find(name + ", %s%n%x"), std::string::npos) << text.out;
    }
    SQLite::Database raw(db, SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM patients").getInt(), 5);
    EXPECT_EQ(json({"check"})["ok"], true);
}

TEST_F(CliBadInputTest, NonNumericIdsAreInvalidInput)
{
    expect_invalid({"patient", "show", "abc"}, "ID");
    expect_invalid({"patient", "edit", "1; DROP TABLE patients", "--phone", "123456"}, "ID");
    expect_invalid({"--clinician", "x1", "patient", "archive", id}, "clinician");
}

TEST_F(CliBadInputTest, HostileTextInClinicalFieldsIsStoredVerbatimOrRefusedByName)
{
    // Stored and shown exactly: SQL, format directives, a right-to-left override, tabs, quotes.
    const std::vector<std::string> kept = {"'); DROP TABLE session_notes;--", "%s%n%x%p", "abc\u202Eevil.exe",
                                           "tab\there \"quoted\" \\ back"};
    for (const auto& text : kept) {
        auto r = cli({"note", "add", id, "--date", "2026-11-20", "--time", "09:00", "--duration", "30", "--subjective",
                      text, "--objective", text, "--assessment", text, "--plan", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const auto note = json({"note", "show", trimmed(r.out)});
        for (const char* field : {"subjective", "objective", "assessment", "plan"})
            EXPECT_EQ(note[field], text) << field;
        r = cli({"homelog", "add", id, "--date", "2026-11-21", "--text", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    const auto notes = json({"note", "list", id});
    EXPECT_EQ(notes.size(), kept.size()) << "every table still there, every note saved";
    const auto log = json({"homelog", "list", id});
    ASSERT_EQ(log.size(), kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        EXPECT_EQ(log[i]["text"], kept[i]);

    // Refused, naming the field and the rule: bytes that are not UTF-8, and a NUL from a file.
    auto r = cli({"note", "add", id, "--date", "2026-11-20", "--time", "09:00", "--subjective", "bad \xff byte"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("subjective: is not valid UTF-8 text"), std::string::npos) << r.err;
    const auto nul = dir.file("nul.txt");
    {
        std::ofstream out(nul, std::ios::binary);
        out.write("nul\0inside", 10);
    }
    r = cli({"note", "add", id, "--date", "2026-11-20", "--time", "09:00", "--objective-file", nul.string()});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("objective: must not contain control characters"), std::string::npos) << r.err;
    r = cli({"homelog", "add", id, "--date", "2026-11-21", "--text", "bell \a here"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("text:"), std::string::npos) << r.err;
    EXPECT_EQ(json({"note", "list", id}).size(), kept.size()) << "nothing refused was saved";
    EXPECT_EQ(json({"homelog", "list", id}).size(), kept.size());
}

TEST_F(CliBadInputTest, HostileTextInPlansConditionsPrecautionsConsentsAndCliniciansIsStoredVerbatimOrRefused)
{
    // The clinicians the test adds make several active: changes say who makes them.
    const auto cli = [this](std::vector<std::string> args) {
        args.insert(args.begin(), {"--clinician", "1"});
        return CliTest::cli(args);
    };
    const std::vector<std::string> kept = {"'); DROP TABLE plan_versions;--", "%s%n%x%p", "abc\u202Eevil",
                                           "\"quoted\" \\ back"};
    for (const auto& text : kept) {
        auto r = cli({"plan", "add", id, "--title", text, "--condition", text, "--goal", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const auto plan = trimmed(r.out);
        r = cli({"plan", "component", "add", plan, "--kind", "referral", "--to", text, "--reason", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const auto shown = json({"plan", "show", plan});
        EXPECT_EQ(shown["title"], text);
        EXPECT_EQ(shown["conditions"][0], text);
        EXPECT_EQ(shown["goals"][0]["text"], text);
        EXPECT_EQ(shown["components"][0]["parameters"]["to"], text);
        EXPECT_EQ(shown["components"][0]["parameters"]["reason"], text);
        ASSERT_EQ(cli({"patient", "condition", "add", id, "--label", text}).exit_code, 0);
        ASSERT_EQ(cli({"patient", "precaution", "add", id, "--kind", "other", "--detail", text}).exit_code, 0);
        ASSERT_EQ(cli({"patient", "consent", "add", id, "--given", "yes", "--chaperone-offered", "yes",
                       "--chaperone-present", "no", "--note", text})
                      .exit_code,
                  0);
        // A clinician's name and registration refuse the right-to-left override (a look-alike name).
        const bool has_override = text.find("\u202E") != std::string::npos;
        r = cli({"clinician", "add", "--name", "Dr " + text, "--profession", text, "--registration", text});
        ASSERT_EQ(r.exit_code, has_override ? 3 : 0) << r.err;
        if (has_override) {
            EXPECT_NE(r.err.find("name: must not contain the invisible direction control U+202E"), std::string::npos)
                << r.err;
        }
    }
    const auto patient = json({"patient", "show", id});
    ASSERT_EQ(patient["conditions"].size(), kept.size());
    ASSERT_EQ(patient["precautions"].size(), kept.size());
    ASSERT_EQ(patient["consents"].size(), kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(patient["conditions"][i]["label"], kept[i]);
        EXPECT_EQ(patient["precautions"][i]["detail"], kept[i]);
        EXPECT_EQ(patient["consents"][i]["note"], kept[i]);
    }
    const auto clinicians = json({"clinician", "list"});
    std::size_t found = 0;
    for (const auto& c : clinicians)
        for (const auto& text : kept)
            found += c["name"] == "Dr " + text && c["profession"] == text && c["registration"] == text;
    EXPECT_EQ(found, kept.size() - 1);
    EXPECT_EQ(json({"plan", "list", id}).size(), kept.size()) << "every table still there";

    // Refused, naming the field: bytes that are not UTF-8 and control characters.
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"plan", "add", id, "--title", "bad \xff"}, "title:"},
        {{"plan", "add", id, "--title", "ok", "--goal", "bell \a"}, "goal"},
        {{"patient", "condition", "add", id, "--label", "bad \xfe"}, "label:"},
        {{"patient", "precaution", "add", id, "--kind", "other", "--detail", "bell \a"}, "detail:"},
        {{"clinician", "add", "--name", "bad \xff"}, "name:"},
    };
    for (const auto& [args, field] : refused) {
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 3) << args[0] << " " << field << ": " << r.err;
        EXPECT_NE(r.err.find(field), std::string::npos) << r.err;
    }
    EXPECT_EQ(json({"plan", "list", id}).size(), kept.size()) << "nothing refused was saved";
    EXPECT_EQ(json({"patient", "show", id})["conditions"].size(), kept.size());
    EXPECT_EQ(json({"clinician", "list"}).size(), clinicians.size());
}
