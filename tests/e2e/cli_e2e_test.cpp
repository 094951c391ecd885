#include "cli_fixture.h"

#include <filesystem>
#include <fstream>

using fc::test::CliTest;

TEST_F(CliTest, InitCreatesAndCheckReportsHealthy)
{
    auto r = cli({"init"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(db));
    const auto health = json({"check"});
    EXPECT_EQ(health["ok"], true);
    EXPECT_EQ(health["schema_version"], health["latest_schema_version"]);
}

TEST_F(CliTest, DefaultLocationIsTheXdgDataFolder)
{
    const auto r = cli_raw({"init"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "xdg" / "floorchart" / "clinic.floorchart"));
}

TEST_F(CliTest, ClinicianAddPrintsIdAndListShowsIt)
{
    EXPECT_EQ(add_clinician("Harriet Ashdown"), "1");
    const auto r = cli({"clinician", "add", "--name", "Tomasz Wróbel", "--profession", "Physiotherapist",
                        "--registration", "PH-118406", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto added = nlohmann::json::parse(r.out);
    EXPECT_EQ(added["id"], 2);
    EXPECT_EQ(added["registration"], "PH-118406");
    const auto list = json({"clinician", "list"});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1]["name"], "Tomasz Wróbel");
    EXPECT_TRUE(list[0].contains("id"));
}

TEST_F(CliTest, PatientLifecycleEndToEnd)
{
    add_clinician("Harriet Ashdown");
    const auto id = add_patient("Ødegaard", "Ingrid", "1984-02-29", {"--sex", "female", "--email", "io@example.org"});
    EXPECT_EQ(id, "1");

    auto shown = json({"patient", "show", id});
    EXPECT_EQ(shown["id"], 1);
    EXPECT_EQ(shown["family_name"], "Ødegaard");
    EXPECT_EQ(shown["dob"], "1984-02-29");
    EXPECT_EQ(shown["mrn"], "FC000001");
    EXPECT_EQ(shown["version"], 1);

    auto r = cli({"patient", "edit", id, "--phone", "+44 7700 900123"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    shown = json({"patient", "show", id});
    EXPECT_EQ(shown["phone"], "+44 7700 900123");
    EXPECT_EQ(shown["email"], "io@example.org"); // untouched by the edit
    EXPECT_EQ(shown["version"], 2);

    // An edit based on a stale version is a conflict (5) and changes nothing.
    r = cli({"patient", "edit", id, "--expect-version", "1", "--phone", "000"});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("changed by someone else"), std::string::npos);
    EXPECT_EQ(json({"patient", "show", id})["phone"], "+44 7700 900123");

    r = cli({"patient", "archive", id});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(json({"patient", "list"}).empty());
    const auto with_archived = json({"patient", "list", "--archived"});
    ASSERT_EQ(with_archived.size(), 1u);
    EXPECT_EQ(with_archived[0]["archived"], true);
    ASSERT_EQ(cli({"patient", "unarchive", id}).exit_code, 0);

    const auto history = json({"patient", "history", id});
    std::vector<std::string> actions;
    for (const auto& e : history)
        actions.push_back(e["action"]);
    EXPECT_EQ(actions, (std::vector<std::string>{"create", "open", "update", "open", "open", "archive", "unarchive"}));
}

TEST_F(CliTest, SearchIsPartialAndDiacriticInsensitive)
{
    add_clinician("Harriet Ashdown");
    add_patient("Ødegaard", "Ingrid", "1984-02-29");
    add_patient("Παπαδοπούλου", "Ελένη", "1975-03-03");
    add_patient("O'Brien", "Siobhán", "1990-07-02", {"--mrn", "XK-77"});
    auto found = json({"patient", "list", "--search", "odegaard"});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]["family_name"], "Ødegaard");
    EXPECT_EQ(json({"patient", "list", "--search", "deg"}).size(), 1u);
    EXPECT_EQ(json({"patient", "list", "--search", "elene"})[0]["given_name"], "Ελένη");
    EXPECT_EQ(json({"patient", "list", "--search", "xk-77"})[0]["id"], 3);
    EXPECT_EQ(json({"patient", "list", "--search", "1975-03"})[0]["id"], 2);
    EXPECT_EQ(json({"patient", "list"}).size(), 3u);

    const auto text = cli({"patient", "list", "--search", "siob"});
    EXPECT_NE(text.out.find("O'Brien, Siobhán"), std::string::npos);
    EXPECT_NE(text.out.find("1990-07-02"), std::string::npos);
}

TEST_F(CliTest, PrecautionAddAndClear)
{
    add_clinician("Harriet Ashdown");
    const auto id = add_patient("Ødegaard", "Ingrid", "1984-02-29");
    auto r = cli({"patient", "precaution", "add", id, "--kind", "fissure", "--detail", "Chronic fissure 2025",
                  "--date", "2026-01-10"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto prec = trimmed(r.out);
    EXPECT_EQ(prec, "1");
    EXPECT_EQ(json({"patient", "list"})[0]["open_precautions"], 1);

    r = cli({"patient", "precaution", "clear", id, prec, "--by", "Dr Ada Quill", "--date", "2026-02-01"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = json({"patient", "show", id});
    ASSERT_EQ(shown["precautions"].size(), 1u);
    EXPECT_EQ(shown["precautions"][0]["cleared_by"], "Dr Ada Quill");
    EXPECT_EQ(shown["precautions"][0]["cleared_on"], "2026-02-01");
    EXPECT_EQ(shown["precautions"][0]["open"], false);
    EXPECT_EQ(cli({"patient", "precaution", "clear", id, prec}).exit_code, 5);
    EXPECT_EQ(cli({"patient", "precaution", "clear", id, "77"}).exit_code, 4);
    EXPECT_EQ(cli({"patient", "precaution", "add", id, "--kind", "sore"}).exit_code, 3);
}

TEST_F(CliTest, GlobalOptionsWorkBeforeOrAfterTheCommand)
{
    add_clinician("Harriet Ashdown");
    add_clinician("Tomasz Wróbel");
    // Two active clinicians: a change must say who makes it.
    auto r = cli({"patient", "add", "--family", "Núñez", "--given", "Inés", "--dob", "1988-08-08"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--clinician"), std::string::npos);
    r = cli_raw({"patient", "add", "--family", "Núñez", "--given", "Inés", "--dob", "1988-08-08", "--db", db,
                 "--clinician", "2", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["family_name"], "Núñez");
    r = cli_raw({"--json", "--db", db, "patient", "history", "1"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)[0]["clinician_id"], 2);
    // Reading needs no clinician.
    EXPECT_EQ(cli({"patient", "list"}).exit_code, 0);
    EXPECT_EQ(cli({"--clinician", "9", "patient", "archive", "1"}).exit_code, 4);
}

TEST_F(CliTest, NoClinicianYetSaysHowToAddOne)
{
    const auto r = cli({"patient", "add", "--family", "Núñez", "--given", "Inés", "--dob", "1988-08-08"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("clinician add"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exit_code, 2);
    EXPECT_EQ(cli({"patient", "add", "--nonsense", "x"}).exit_code, 2);
    EXPECT_EQ(cli({"patient", "show"}).exit_code, 2);
    EXPECT_EQ(cli({"patient", "list", "--search"}).exit_code, 2);
    EXPECT_EQ(cli({"frobnicate"}).exit_code, 2);
    EXPECT_EQ(cli({"--help"}).exit_code, 0);
}

TEST_F(CliTest, NotFoundExitsFour)
{
    cli({"init"});
    EXPECT_EQ(cli({"patient", "show", "42"}).exit_code, 4);
}

TEST_F(CliTest, DemoFillsAClinicDeterministically)
{
    auto r = cli({"demo", "--patients", "120", "--seed", "5"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto list = json({"patient", "list"});
    EXPECT_EQ(list.size(), 120u);
    EXPECT_EQ(json({"clinician", "list"}).size(), 4u);
    EXPECT_EQ(json({"check"})["ok"], true);
    EXPECT_EQ(cli({"demo", "--patients", "lots"}).exit_code, 3);
}

TEST_F(CliTest, CheckOnAForeignFileExitsOneAndLeavesItAlone)
{
    {
        std::ofstream(db) << "just some text, not a clinic";
    }
    const auto r = cli({"check"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("not a FloorChart clinic file"), std::string::npos);
    std::ifstream in(db);
    std::string content((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(content, "just some text, not a clinic");
}

TEST_F(CliTest, CheckOnAMissingFileExitsOneWithoutCreatingIt)
{
    std::filesystem::remove(db);
    const auto r = cli({"check"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("init"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(db));
}
