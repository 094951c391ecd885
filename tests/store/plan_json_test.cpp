// The stored form of a therapy plan: lossless round trips, the documented field names, and a
// clear error for anything that cannot be read back.
#include "store/plan_json.h"

#include "sample_plans.h"

#include "core/errors.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <set>
#include <stdexcept>

using fc::ClinicFileError;
using fc::TherapyPlan;
using fc::store::plan_from_json;
using fc::store::plan_to_json;
using nlohmann::json;

namespace {

ClinicFileError::Kind read_error(const std::string& text, std::string* message = nullptr)
{
    try {
        plan_from_json(text, "plan version 12");
    } catch (const ClinicFileError& e) {
        if (message)
            *message = e.what();
        return e.kind();
    }
    ADD_FAILURE() << "read without error: " << text;
    return ClinicFileError::Kind::Io;
}

// Random but valid plans: every kind of component, optional parts present or not, text with
// quotes, escapes and non-ASCII letters.
class RandomPlans {
public:
    explicit RandomPlans(unsigned seed) : rng_(seed) {}

    TherapyPlan next()
    {
        TherapyPlan p;
        p.title = text();
        for (int i = number(0, 3); i > 0; --i)
            p.conditions.push_back(text());
        for (int i = number(0, 3); i > 0; --i)
            p.goals.push_back(fc::Goal{.text = text(),
                                       .target_on = coin() ? std::optional(date()) : std::nullopt,
                                       .achieved = coin()});
        p.start_on = date();
        p.review_on = p.start_on + boost::gregorian::days(number(0, 700));
        p.status = static_cast<fc::PlanStatus>(number(0, 2));
        if (p.status == fc::PlanStatus::Stopped)
            p.stop_reason = text();
        for (int i = number(0, 8); i > 0; --i)
            p.components.push_back(component());
        return p;
    }

private:
    std::mt19937 rng_;

    int number(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool coin() { return number(0, 1) == 1; }
    fc::Date date() { return fc::Date(2000, 1, 1) + boost::gregorian::days(number(0, 15000)); }
    std::string text()
    {
        static const char* pieces[] = {"Øde", "gaard", " ", "\"quoted\"", "back\\slash", "tab\t", "line\n",
                                       "Ελένη", "Żółw", "{\"json\": 1}", "😀", "", "a", "'; DROP TABLE x; --"};
        std::string out;
        for (int i = number(0, 4); i > 0; --i)
            out += pieces[number(0, static_cast<int>(std::size(pieces)) - 1)];
        return out;
    }
    fc::ComponentParams params()
    {
        switch (number(0, 6)) {
        case 0:
            return fc::DilatorProgramme{.set_id = number(1, 99), .start_mm = number(5, 60), .target_mm = number(5, 60),
                                        .minutes_start = number(1, 60), .minutes_target = number(1, 60),
                                        .per_week = number(1, 7), .lubricant = static_cast<fc::Lubricant>(number(0, 2))};
        case 1:
            return fc::PfmtProgramme{.hold_s = number(1, 30), .reps = number(1, 30), .sets = number(1, 10),
                                     .fast = number(0, 30), .relaxation = coin()};
        case 2:
            return fc::BreathingPractice{.minutes = number(1, 60), .per_day = number(1, 10)};
        case 3:
            return fc::PerinealMassage{.minutes = number(1, 60), .per_week = number(1, 7)};
        case 4:
            return fc::HeatTherapy{.minutes = number(1, 60), .per_week = number(1, 7)};
        case 5: {
            fc::Education e;
            for (const auto t : fc::all_education_topics)
                if (coin())
                    e.topics.push_back(t);
            e.other_topic = text();
            return e;
        }
        default:
            return fc::Referral{.to = text(), .reason = text()};
        }
    }
    fc::PlanComponent component()
    {
        fc::PlanComponent c{.params = params(), .instructions = text()};
        if (coin()) {
            fc::PrecautionOverride o{.reason = text(), .clinician_id = number(1, 9), .on = date()};
            for (int i = number(0, 3); i > 0; --i)
                o.precaution_ids.push_back(number(1, 1000));
            c.precaution_override = o;
        }
        return c;
    }
};

} // namespace

TEST(PlanJson, PlanWithEveryComponentKindRoundTrips)
{
    const auto plan = fc::test::plan_with_every_component();
    std::set<fc::ComponentKind> kinds;
    for (const auto& c : plan.components)
        kinds.insert(c.kind());
    ASSERT_EQ(kinds.size(), std::size(fc::all_component_kinds));
    ASSERT_TRUE(plan.components[0].precaution_override.has_value());

    const auto text = plan_to_json(plan);
    EXPECT_EQ(plan_from_json(text), plan);
    EXPECT_EQ(plan_to_json(plan_from_json(text)), text); // writing is deterministic
}

TEST(PlanJson, RandomPlansRoundTrip)
{
    RandomPlans plans(20261125);
    for (int i = 0; i < 500; ++i) {
        const auto plan = plans.next();
        const auto text = plan_to_json(plan);
        ASSERT_EQ(plan_from_json(text), plan) << "plan " << i << ": " << text;
    }
}

TEST(PlanJson, EmptyPlanRoundTrips)
{
    TherapyPlan plan;
    plan.start_on = fc::Date(2026, 11, 25);
    plan.review_on = fc::Date(2026, 11, 25);
    EXPECT_EQ(plan_from_json(plan_to_json(plan)), plan);
}

TEST(PlanJson, WritesTheDocumentedFieldNames)
{
    const auto j = json::parse(plan_to_json(fc::test::plan_with_every_component()));
    EXPECT_EQ(j.at("format"), 1);
    EXPECT_EQ(j.at("start_on"), "2026-11-25");
    EXPECT_EQ(j.at("review_on"), "2027-01-06");
    EXPECT_EQ(j.at("status"), "stopped");
    EXPECT_EQ(j.at("stop_reason"), "Moved away;\nreferred on.");
    EXPECT_EQ(j.at("conditions").size(), 3u);
    EXPECT_EQ(j.at("goals")[0].at("target_on"), "2027-01-20");
    EXPECT_TRUE(j.at("goals")[1].at("target_on").is_null());
    EXPECT_EQ(j.at("goals")[1].at("achieved"), true);

    const auto& c = j.at("components");
    ASSERT_EQ(c.size(), 7u);
    const std::vector<std::string> kinds = {"dilator", "pfmt", "breathing", "massage", "heat", "education", "referral"};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        EXPECT_EQ(c[i].at("kind"), kinds[i]);
    EXPECT_EQ(c[0].at("params"), json::parse(R"({"set_id": 1, "start_mm": 13, "target_mm": 22, "minutes_start": 4,
                                                "minutes_target": 12, "per_week": 5, "lubricant": "silicone"})"));
    EXPECT_EQ(c[0].at("precaution_override"),
              json::parse(R"({"reason": "Cleared verbally by Dr Ahmed", "clinician_id": 2, "on": "2026-11-24",
                              "precaution_ids": [4, 9]})"));
    EXPECT_EQ(c[1].at("params"),
              json::parse(R"({"hold_s": 8, "reps": 12, "sets": 2, "fast": 6, "relaxation": true})"));
    EXPECT_TRUE(c[1].at("precaution_override").is_null());
    EXPECT_EQ(c[2].at("params"), json::parse(R"({"minutes": 7, "per_day": 2})"));
    EXPECT_EQ(c[3].at("params"), json::parse(R"({"minutes": 6, "per_week": 4})"));
    EXPECT_EQ(c[4].at("params"), json::parse(R"({"minutes": 15, "per_week": 6})"));
    EXPECT_EQ(c[5].at("params"),
              json::parse(R"({"topics": ["hygiene", "toilet-posture"], "other_topic": "Sleep"})"));
    EXPECT_EQ(c[6].at("params"), json::parse(R"({"to": "Dr Ahmed, colorectal", "reason": "Fissure review"})"));
    EXPECT_EQ(c[6].at("instructions"), "We will write to you.");
}

// A document as a format-1 writer left it: it must stay readable whatever the code becomes.
TEST(PlanJson, ReadsAFormatOneDocument)
{
    const auto plan = plan_from_json(R"({
      "format": 1, "title": "Pelvic floor", "conditions": ["Constipation"],
      "goals": [{"text": "Daily BM", "target_on": null, "achieved": false}],
      "start_on": "2026-03-01", "review_on": "2026-04-12", "status": "active", "stop_reason": "",
      "components": [
        {"kind": "heat", "params": {"minutes": 10, "per_week": 3}, "instructions": "Heat pack.",
         "precaution_override": null},
        {"kind": "education", "params": {"topics": ["fibre-hydration"], "other_topic": ""}, "instructions": "",
         "precaution_override": null}]})");
    TherapyPlan expected;
    expected.title = "Pelvic floor";
    expected.conditions = {"Constipation"};
    expected.goals = {fc::Goal{.text = "Daily BM"}};
    expected.start_on = fc::Date(2026, 3, 1);
    expected.review_on = fc::Date(2026, 4, 12);
    expected.components = {
        fc::PlanComponent{.params = fc::HeatTherapy{.minutes = 10, .per_week = 3}, .instructions = "Heat pack."},
        fc::PlanComponent{.params = fc::Education{.topics = {fc::EducationTopic::FibreHydration}}}};
    EXPECT_EQ(plan, expected);
}

TEST(PlanJson, UnreadableDocumentsAreReportedAsDamaged)
{
    const auto good = json::parse(plan_to_json(fc::test::plan_with_every_component()));
    const auto broken = [&](auto change) {
        auto j = good;
        change(j);
        return j.dump();
    };
    struct Case {
        std::string text;
        std::string names; // in the message
    };
    const std::vector<Case> cases = {
        {"", "not valid JSON"},
        {"{\"format\": 1, \"title\": ", "not valid JSON"},
        {"[1, 2]", "the document is not an object"},
        {"null", "the document is not an object"},
        {broken([](json& j) { j.erase("format"); }), "format is missing"},
        {broken([](json& j) { j["format"] = 0; }), "format"},
        {broken([](json& j) { j["format"] = "1"; }), "format is not a whole number"},
        {broken([](json& j) { j.erase("title"); }), "title is missing"},
        {broken([](json& j) { j["title"] = 7; }), "title is not text"},
        {broken([](json& j) { j["start_on"] = "2026-02-30"; }), "start_on is not a date"},
        {broken([](json& j) { j["review_on"] = nullptr; }), "review_on is not text"},
        {broken([](json& j) { j["status"] = "paused"; }), "status holds an unknown id 'paused'"},
        {broken([](json& j) { j["conditions"] = "Vaginismus"; }), "conditions is not a list"},
        {broken([](json& j) { j["goals"][1]["achieved"] = 1; }), "goals[1].achieved is not true or false"},
        {broken([](json& j) { j["components"][2]["kind"] = "yoga"; }), "components[2].kind holds an unknown id"},
        {broken([](json& j) { j["components"][0]["params"]["per_week"] = 2.5; }),
         "components[0].params.per_week is not a whole number"},
        {broken([](json& j) { j["components"][0]["params"]["start_mm"] = 1e12; }), "components[0].params.start_mm"},
        {broken([](json& j) { j["components"][0]["params"]["start_mm"] = 4294967296LL; }), "out of range"},
        {broken([](json& j) { j["components"][0]["params"]["lubricant"] = "butter"; }), "lubricant"},
        {broken([](json& j) { j["components"][1]["params"] = json::array(); }),
         "components[1].params is not an object"},
        {broken([](json& j) { j["components"][5]["params"]["topics"][0] = "diet"; }),
         "components[5].params.topics[0] holds an unknown id 'diet'"},
        {broken([](json& j) { j["components"][0]["precaution_override"]["on"] = "soon"; }),
         "components[0].precaution_override.on is not a date"},
        {broken([](json& j) { j["components"][0]["precaution_override"]["precaution_ids"][1] = "9"; }),
         "precaution_ids[1] is not a whole number"},
        {broken([](json& j) { j["components"][3].erase("instructions"); }), "components[3].instructions is missing"},
    };
    for (const auto& c : cases) {
        std::string message;
        EXPECT_EQ(read_error(c.text, &message), ClinicFileError::Kind::Corrupt) << c.text;
        EXPECT_NE(message.find(c.names), std::string::npos) << message;
        EXPECT_NE(message.find("plan version 12"), std::string::npos) << message;
    }
}

TEST(PlanJson, NewerFormatIsReportedAsNewerSchema)
{
    auto j = json::parse(plan_to_json(fc::test::plan_with_every_component()));
    j["format"] = fc::store::plan_json_format + 1;
    EXPECT_EQ(read_error(j.dump()), ClinicFileError::Kind::NewerSchema);
}

TEST(PlanJson, PlanWithoutRealDatesIsNotWritten)
{
    TherapyPlan plan; // start_on and review_on are not-a-date
    EXPECT_THROW(plan_to_json(plan), std::invalid_argument);
    plan.start_on = plan.review_on = fc::Date(2026, 11, 25);
    plan.goals.push_back(fc::Goal{.text = "x", .target_on = fc::Date(boost::gregorian::not_a_date_time)});
    EXPECT_THROW(plan_to_json(plan), std::invalid_argument);
}
