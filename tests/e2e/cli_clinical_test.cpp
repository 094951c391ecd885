// Plans, notes and the home log through the real CLI.
#include "cli_fixture.h"

#include <fstream>

using fc::test::CliTest;

namespace {
class CliClinicalTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        patient = add_patient("Ødegaard", "Ingrid", "1984-02-29");
    }
    std::string patient;

    std::string add_plan()
    {
        const auto r = cli({"plan", "add", patient, "--title", "Chronic fissure: dilators", "--start", "2026-11-01",
                            "--review", "2026-12-13"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return trimmed(r.out);
    }
};
} // namespace

TEST_F(CliClinicalTest, PlanWithComponentsAndDatedVersions)
{
    const auto plan = add_plan();
    auto r = cli({"plan", "component", "add", plan, "--kind", "dilator", "--start-mm", "10", "--target-mm", "22",
                  "--minutes-start", "5", "--minutes-target", "15", "--per-week", "3", "--lubricant", "water"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = cli({"plan", "component", "add", plan, "--kind", "pfmt", "--hold-s", "5", "--reps", "10", "--sets", "3",
             "--fast", "10", "--relaxation"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = json({"plan", "show", plan});
    EXPECT_EQ(shown["id"].get<int>(), std::stoi(plan));
    EXPECT_EQ(shown["version"], 3);
    ASSERT_EQ(shown["components"].size(), 2u);
    EXPECT_EQ(shown["components"][0]["kind"], "dilator");
    EXPECT_EQ(shown["components"][0]["parameters"]["target_mm"], 22);
    EXPECT_EQ(shown["components"][1]["parameters"]["relaxation"], true);
    // The plan as it was on its start date had no components.
    EXPECT_TRUE(json({"plan", "show", plan, "--on", "2026-11-01"})["components"].empty());
    EXPECT_EQ(cli({"plan", "show", plan, "--on", "2026-10-01"}).exit_code, 4);
    EXPECT_EQ(cli({"plan", "component", "add", plan, "--kind", "dilator", "--start-mm", "11"}).exit_code, 3);
    EXPECT_EQ(cli({"plan", "component", "add", plan, "--kind", "juggling"}).exit_code, 3);
}

TEST_F(CliClinicalTest, EducationTopicsMayBeRepeatedOrListed)
{
    const auto plan = add_plan();
    auto r = cli({"plan", "component", "add", plan, "--kind", "education", "--topic", "hygiene", "--topic",
                  "fibre-hydration"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = cli({"plan", "component", "add", plan, "--kind", "education", "--topic", "toilet-posture,hygiene"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = json({"plan", "show", plan});
    ASSERT_EQ(shown["components"].size(), 2u);
    EXPECT_EQ(shown["components"][0]["parameters"]["topics"].size(), 2u) << shown.dump();
    EXPECT_EQ(shown["components"][1]["parameters"]["topics"].size(), 2u) << shown.dump();
}

TEST_F(CliClinicalTest, GoalsAndConditionsRepeat)
{
    const auto r = cli({"plan", "add", patient, "--title", "Fissure", "--condition", "Chronic anal fissure",
                        "--condition", "Constipation", "--goal", "Pain-free defecation", "--goal",
                        "Dilator 22 mm for 10 minutes"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto shown = json({"plan", "show", trimmed(r.out)});
    EXPECT_EQ(shown["conditions"].size(), 2u) << shown.dump();
    EXPECT_EQ(shown["goals"].size(), 2u) << shown.dump();
}

TEST_F(CliClinicalTest, OpenPrecautionNeedsAnOverride)
{
    ASSERT_EQ(cli({"patient", "precaution", "add", patient, "--kind", "surgery", "--date", "2026-11-01"}).exit_code, 0);
    const auto plan = add_plan();
    auto r = cli({"plan", "component", "add", plan, "--kind", "dilator"});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("Recent anorectal surgery"), std::string::npos) << r.err;
    r = cli({"plan", "component", "add", plan, "--kind", "dilator", "--override-precaution", "Surgeon agreed by phone"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json({"plan", "show", plan})["components"][0]["precaution_override"]["reason"], "Surgeon agreed by phone");
}

TEST_F(CliClinicalTest, NoteDraftSignAddendum)
{
    const auto plan = add_plan();
    ASSERT_EQ(cli({"plan", "component", "add", plan, "--kind", "dilator"}).exit_code, 0);
    auto r = cli({"note", "add", patient, "--date", "2026-11-20", "--time", "09:30", "--duration", "45", "--type",
                  "follow-up", "--pain-during", "3", "--pain-after", "1", "--comfort", "7", "--dilator-mm", "13",
                  "--minutes", "8", "--oxford", "3", "--bristol", "4", "--subjective", "Managing 13 mm at home",
                  "--plan", "Continue"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto note = trimmed(r.out);
    auto shown = json({"note", "show", note});
    EXPECT_EQ(shown["status"], "draft");
    EXPECT_EQ(shown["dilator_mm"], 13);
    EXPECT_EQ(shown["time"], "09:30");

    ASSERT_EQ(cli({"note", "edit", note, "--comfort", "8", "--bleeding"}).exit_code, 0);
    shown = json({"note", "show", note});
    EXPECT_EQ(shown["comfort"], 8);
    EXPECT_EQ(shown["bleeding"], true);
    EXPECT_EQ(shown["pain_during"], 3); // untouched

    r = cli({"note", "sign", note});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(cli({"note", "sign", note}).exit_code, 5);
    EXPECT_EQ(cli({"note", "edit", note, "--comfort", "2"}).exit_code, 5);
    EXPECT_EQ(cli({"note", "addendum", note, "--text", ""}).exit_code, 3);
    ASSERT_EQ(cli({"note", "addendum", note, "--text", "Bleeding was spotting only"}).exit_code, 0);
    shown = json({"note", "show", note});
    EXPECT_EQ(shown["status"], "signed");
    EXPECT_EQ(shown["comfort"], 8);
    ASSERT_EQ(shown["addenda"].size(), 1u);
    EXPECT_EQ(json({"note", "list", patient}).size(), 1u);
    const auto text = cli({"note", "show", note});
    EXPECT_NE(text.out.find("Signed by Harriet Ashdown"), std::string::npos) << text.out;
}

TEST_F(CliClinicalTest, NoteBadInput)
{
    const auto plan = add_plan();
    ASSERT_EQ(cli({"plan", "component", "add", plan, "--kind", "dilator"}).exit_code, 0);
    const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
        {{"--pain-during", "11"}, "pain-during"},
        {{"--oxford", "6"}, "oxford"},
        {{"--bristol", "0"}, "bristol"},
        {{"--dilator-mm", "14"}, "dilator-mm"},
        {{"--date", "1984-02-28"}, "date"},
        {{"--date", "2999-01-01"}, "date"},
        {{"--type", "massage"}, "type"},
        {{"--time", "25:00"}, "time"},
    };
    for (const auto& [options, field] : bad) {
        std::vector<std::string> args = {"note", "add", patient};
        args.insert(args.end(), options.begin(), options.end());
        if (field != "time")
            args.insert(args.end(), {"--time", "09:00"});
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 3) << options[0] << " " << r.err;
        EXPECT_NE(r.err.find(field), std::string::npos) << r.err;
    }
    EXPECT_TRUE(json({"note", "list", patient}).empty());
}

TEST_F(CliClinicalTest, SoapTextFromAFileAndAOneMegabyteFileIsRefused)
{
    const auto small = dir.file("subjective.txt");
    std::ofstream(small) << "Line one\nLine two: Ελένη's diary, 5 × 10 min\n";
    auto r = cli({"note", "add", patient, "--time", "10:00", "--subjective-file", small.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Surrounding whitespace is trimmed; line breaks inside are kept.
    EXPECT_EQ(json({"note", "show", trimmed(r.out)})["subjective"], "Line one\nLine two: Ελένη's diary, 5 × 10 min");

    const auto big = dir.file("big.txt");
    std::ofstream(big) << std::string(1 << 20, 'x');
    r = cli({"note", "add", patient, "--time", "10:00", "--subjective-file", big.string()});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("subjective"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"note", "add", patient, "--subjective-file", dir.file("missing.txt").string()}).exit_code, 3);
    EXPECT_EQ(json({"note", "list", patient}).size(), 1u);
}

TEST_F(CliClinicalTest, HomeLog)
{
    const auto plan = add_plan();
    ASSERT_EQ(cli({"plan", "component", "add", plan, "--kind", "dilator"}).exit_code, 0);
    auto r = cli({"homelog", "add", patient, "--date", "2026-11-22", "--dilator-mm", "13", "--minutes", "10",
                  "--comfort", "6", "--pain", "2", "--bleeding", "--text", "Spotting after"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto list = json({"homelog", "list", patient});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["bleeding"], true);
    EXPECT_EQ(list[0]["dilator_mm"], 13);
    EXPECT_EQ(cli({"homelog", "add", patient, "--pain", "11"}).exit_code, 3);
    EXPECT_EQ(cli({"homelog", "add", patient, "--dilator-mm", "12"}).exit_code, 3);
    EXPECT_EQ(cli({"homelog", "add", "999"}).exit_code, 4);
}
