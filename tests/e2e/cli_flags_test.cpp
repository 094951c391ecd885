// The red-flag CLI contract: flags list [--open] [--patient ID], flags ack, flags rescan.
#include "cli_fixture.h"

using fc::test::CliTest;

namespace {
class CliFlagsTest : public CliTest {
protected:
    void SetUp() override
    {
        add_clinician("Harriet Ashdown");
        patient = add_patient("Ødegaard", "Ingrid", "1984-02-29");
    }
    std::string patient;
};
} // namespace

TEST_F(CliFlagsTest, SignRaisesAckClosesAndNothingIsLost)
{
    auto r = cli({"note", "add", patient, "--date", "2026-11-20", "--time", "09:30", "--bleeding"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto note = trimmed(r.out);
    EXPECT_TRUE(json({"flags", "list"}).empty()); // a draft raises nothing

    r = cli({"note", "sign", note});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("RED FLAG [urgent]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Bleeding"), std::string::npos) << r.out;

    auto open = json({"flags", "list", "--open"});
    ASSERT_EQ(open.size(), 1u);
    const auto& f = open[0];
    for (const char* field : {"id", "rule", "severity", "patient_id", "source", "date", "message", "status"})
        EXPECT_TRUE(f.contains(field)) << field;
    EXPECT_EQ(f["rule"], "bleeding");
    EXPECT_EQ(f["severity"], "urgent");
    EXPECT_EQ(f["source"], "note");
    EXPECT_EQ(f["status"], "open");
    EXPECT_EQ(f["date"], "2026-11-20");
    EXPECT_FALSE(f.contains("action"));
    const auto id = std::to_string(f["id"].get<int>());

    EXPECT_EQ(cli({"flags", "ack", id, "--action", "advised"}).exit_code, 3);           // missing note
    EXPECT_EQ(cli({"flags", "ack", id, "--action", "advised", "--note", "  "}).exit_code, 3); // blank note
    EXPECT_EQ(cli({"flags", "ack", id, "--action", "ignored", "--note", "x"}).exit_code, 3);
    EXPECT_EQ(json({"flags", "list", "--open"}).size(), 1u);
    r = cli({"flags", "ack", id, "--action", "referred", "--note", "Referred to GP for review"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(cli({"flags", "ack", id, "--action", "none", "--note", "again"}).exit_code, 5);
    EXPECT_EQ(cli({"flags", "ack", "999", "--action", "none", "--note", "x"}).exit_code, 4);

    EXPECT_TRUE(json({"flags", "list", "--open"}).empty());
    const auto all = json({"flags", "list", "--patient", patient});
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0]["status"], "acknowledged");
    EXPECT_EQ(all[0]["action"], "referred");
    EXPECT_EQ(all[0]["note"], "Referred to GP for review");
    EXPECT_EQ(all[0]["by"], 1);
    EXPECT_TRUE(all[0].contains("at"));
}

TEST_F(CliFlagsTest, HomeLogAddPrintsTheFlagsItRaises)
{
    const auto r = cli({"homelog", "add", patient, "--date", "2026-11-22", "--pain", "8", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["flags_raised"].size(), 1u);
    EXPECT_EQ(j["flags_raised"][0]["rule"], "pain-threshold");
}

TEST_F(CliFlagsTest, RescanIsExplicitAndIdempotent)
{
    ASSERT_EQ(cli({"demo", "--patients", "40", "--seed", "2"}).exit_code, 0);
    const auto before = json({"flags", "list"}).size();
    const auto first = json({"flags", "rescan"});
    const auto after = json({"flags", "list"}).size();
    EXPECT_EQ(after, before + first.size());
    EXPECT_TRUE(json({"flags", "rescan"}).empty());
    EXPECT_TRUE(json({"flags", "rescan", "--patient", patient}).empty());
    EXPECT_EQ(cli({"flags", "rescan", "--patient", "99999"}).exit_code, 4);
}
