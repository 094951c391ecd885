#include "core/red_flag.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using fc::Date;
using fc::RedFlagRule;
using fc::RedFlagSeverity;
using fc::RedFlagSource;
using fc::test::no_rules;
using fc::test::only;
using fc::test::rules_on;

namespace {
fc::RedFlag flag(std::int64_t id, RedFlagRule rule, RedFlagSource source, std::int64_t source_id)
{
    fc::RedFlag f;
    f.id = id;
    f.patient_id = 5;
    f.rule = rule;
    f.severity = fc::severity_of(rule);
    f.source = source;
    f.source_id = source_id;
    f.on = Date(2026, 11, 20);
    f.message = "Bleeding reported in the home log of 2026-11-20";
    return f;
}

const std::string at = "2026-11-25T10:05:00Z";
} // namespace

TEST(RedFlagValues, RuleIdsAreTheStableOnesOfTheIssue)
{
    std::vector<std::string> ids;
    for (const auto r : fc::all_red_flag_rules) {
        ids.emplace_back(fc::to_string(r));
        EXPECT_EQ(fc::parse_red_flag_rule(fc::to_string(r)), r);
        EXPECT_FALSE(fc::label(r).empty());
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"bleeding", "sharp-pain", "pain-threshold", "burning",
                                             "persisting-soreness", "worsening", "progression-too-fast",
                                             "precaution-not-cleared", "screening"}));
    EXPECT_EQ(fc::parse_red_flag_rule("Bleeding"), std::nullopt); // ids are exact
    EXPECT_EQ(fc::parse_red_flag_rule(""), std::nullopt);
}

TEST(RedFlagValues, SignsThatMayNeedADoctorAreUrgentDoseProblemsAreForReview)
{
    for (const auto r : {RedFlagRule::Bleeding, RedFlagRule::SharpPain, RedFlagRule::PainThreshold,
                         RedFlagRule::PrecautionNotCleared, RedFlagRule::Screening})
        EXPECT_EQ(fc::severity_of(r), RedFlagSeverity::Urgent) << fc::to_string(r);
    for (const auto r : {RedFlagRule::Burning, RedFlagRule::PersistingSoreness, RedFlagRule::Worsening,
                         RedFlagRule::ProgressionTooFast})
        EXPECT_EQ(fc::severity_of(r), RedFlagSeverity::Review) << fc::to_string(r);
}

TEST(RedFlagValues, EveryEnumHasAStableIdThatParsesBack)
{
    EXPECT_EQ(fc::to_string(RedFlagSeverity::Urgent), "urgent");
    EXPECT_EQ(fc::to_string(RedFlagSeverity::Review), "review");
    EXPECT_EQ(fc::parse_red_flag_severity("review"), RedFlagSeverity::Review);
    EXPECT_EQ(fc::parse_red_flag_severity("high"), std::nullopt);

    const std::vector<std::pair<RedFlagSource, std::string>> sources = {{RedFlagSource::Note, "note"},
                                                                        {RedFlagSource::HomeLog, "home-log"},
                                                                        {RedFlagSource::PlanVersion, "plan-version"},
                                                                        {RedFlagSource::Precaution, "precaution"}};
    for (const auto& [source, id] : sources) {
        EXPECT_EQ(fc::to_string(source), id);
        EXPECT_EQ(fc::parse_red_flag_source(id), source);
    }
    EXPECT_EQ(fc::label(RedFlagSource::HomeLog), "home log entry");
    EXPECT_EQ(fc::parse_red_flag_source("plan"), std::nullopt);

    EXPECT_EQ(fc::to_string(fc::RedFlagStatus::Open), "open");
    EXPECT_EQ(fc::parse_red_flag_status("acknowledged"), fc::RedFlagStatus::Acknowledged);
    EXPECT_EQ(fc::parse_red_flag_status("closed"), std::nullopt);

    std::vector<std::string> actions;
    for (const auto a : fc::all_red_flag_actions) {
        actions.emplace_back(fc::to_string(a));
        EXPECT_EQ(fc::parse_red_flag_action(fc::to_string(a)), a);
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"advised", "plan-changed", "referred", "none"}));
    EXPECT_EQ(fc::label(fc::RedFlagAction::PlanChanged), "Changed the plan");
}

TEST(RedFlagKeys, AKeyIsRuleSourceKindAndSourceId)
{
    const auto f = flag(0, RedFlagRule::Bleeding, RedFlagSource::Note, 42);
    EXPECT_EQ(fc::to_string(f.key()), "bleeding:note:42");
    EXPECT_EQ(fc::to_string(fc::RedFlagKey{RedFlagRule::ProgressionTooFast, RedFlagSource::HomeLog, 7}),
              "progression-too-fast:home-log:7");
    EXPECT_NE(f.key(), flag(0, RedFlagRule::Bleeding, RedFlagSource::HomeLog, 42).key());
    EXPECT_NE(f.key(), flag(0, RedFlagRule::SharpPain, RedFlagSource::Note, 42).key());
    EXPECT_EQ(f.key(), flag(9, RedFlagRule::Bleeding, RedFlagSource::Note, 42).key()); // the flag's own id is not in it
}

TEST(RedFlagKeys, OnlyCandidatesWhoseKeyIsNotYetRaisedAreKept)
{
    const std::vector<fc::RedFlag> stored = {flag(1, RedFlagRule::Bleeding, RedFlagSource::Note, 42),
                                             flag(2, RedFlagRule::PainThreshold, RedFlagSource::HomeLog, 3)};
    const std::vector<fc::RedFlag> candidates = {
        flag(0, RedFlagRule::Screening, RedFlagSource::Note, 42),    // new rule on a flagged note
        flag(0, RedFlagRule::Bleeding, RedFlagSource::Note, 42),     // already raised
        flag(0, RedFlagRule::Bleeding, RedFlagSource::HomeLog, 42),  // same id, other kind of record
        flag(0, RedFlagRule::PainThreshold, RedFlagSource::HomeLog, 3), // already raised
        flag(0, RedFlagRule::Screening, RedFlagSource::Note, 42),    // twice among the candidates
    };
    const auto fresh = fc::flags_not_yet_raised(candidates, fc::keys_of(stored));
    ASSERT_EQ(fresh.size(), 2u);
    EXPECT_EQ(fc::to_string(fresh[0].key()), "screening:note:42");
    EXPECT_EQ(fc::to_string(fresh[1].key()), "bleeding:home-log:42");
    EXPECT_TRUE(fc::flags_not_yet_raised(stored, fc::keys_of(stored)).empty());
    EXPECT_EQ(fc::flags_not_yet_raised(stored, {}), stored);
}

TEST(RedFlagAcknowledgement, NeedsAnActionAndANote)
{
    EXPECT_TRUE(fc::check_acknowledgement_form({"referred", "Referred to colorectal clinic"}).empty());
    EXPECT_TRUE(fc::check_acknowledgement_form({" Plan-Changed ", "Back to 13 mm\nfor two weeks"}).empty());

    const auto missing = fc::check_acknowledgement_form({"", "  "});
    EXPECT_EQ(rules_on(missing, "action"), only("required"));
    EXPECT_EQ(rules_on(missing, "note"), only("required"));

    const auto wrong = fc::check_acknowledgement_form({"ignored", std::string(fc::max_acknowledgement_note + 1, 'x')});
    EXPECT_EQ(rules_on(wrong, "action"), only("one-of"));
    EXPECT_EQ(fc::test::message_on(wrong, "action"), "must be one of: advised, plan-changed, referred, none");
    EXPECT_EQ(rules_on(wrong, "note"), only("max-length"));
    EXPECT_EQ(rules_on(fc::check_acknowledgement_form({"none", std::string(fc::max_acknowledgement_note, 'x')}),
                       "note"),
              no_rules);
}

TEST(RedFlagAcknowledgement, RecordsWhoWhenAndWhatWasDone)
{
    const auto a = fc::acknowledgement_from_form({"Referred", " Referred to GP for review of bleeding "}, 3, at);
    EXPECT_EQ(a.action, fc::RedFlagAction::Referred);
    EXPECT_EQ(a.note, "Referred to GP for review of bleeding");
    EXPECT_EQ(a.by, 3);
    EXPECT_EQ(a.at, at);
    EXPECT_EQ(fc::AcknowledgementForm::from(a).action, "referred");

    EXPECT_THROW(fc::acknowledgement_from_form({"none", "Seen"}, 0, at), fc::ClinicianRequired);
    try {
        fc::acknowledgement_from_form({"none", ""}, 3, "2026-11-25 10:05");
        FAIL() << "a blank note and a local time were accepted";
    } catch (const fc::InvalidInput& e) {
        EXPECT_EQ(rules_on(e.errors(), "note"), only("required"));
        EXPECT_EQ(rules_on(e.errors(), "at"), only("instant-format"));
    }
}

TEST(RedFlagAcknowledgement, AFlagIsAcknowledgedOnce)
{
    const auto open = flag(12, RedFlagRule::Bleeding, RedFlagSource::HomeLog, 4);
    EXPECT_EQ(open.status(), fc::RedFlagStatus::Open);
    const auto done = fc::acknowledged(open, {"advised", "Advised to pause dilator work and see GP"}, 3, at);
    EXPECT_EQ(done.status(), fc::RedFlagStatus::Acknowledged);
    ASSERT_TRUE(done.acknowledgement);
    EXPECT_EQ(done.acknowledgement->action, fc::RedFlagAction::Advised);
    EXPECT_EQ(done.key(), open.key());
    EXPECT_EQ(done.message, open.message);

    EXPECT_THROW(fc::acknowledged(done, {"none", "Again"}, 4, at), fc::Conflict);
    EXPECT_THROW(fc::acknowledged(done, {"", ""}, 4, at), fc::Conflict); // the conflict is reported first
    EXPECT_THROW(fc::acknowledged(open, {"", "Seen"}, 3, at), fc::InvalidInput);
}

TEST(RedFlagSettings, DefaultsAreSevenAndFour)
{
    const fc::RedFlagSettings s;
    EXPECT_EQ(s.pain_threshold, 7);
    EXPECT_EQ(s.progression_pain_threshold, 4);
    EXPECT_EQ(fc::red_flag_settings_from_form({}), s);
    EXPECT_TRUE(fc::check_red_flag_settings(s).empty());
    EXPECT_EQ(fc::red_flag_settings_from_form(fc::RedFlagSettingsForm::from({5, 3})), (fc::RedFlagSettings{5, 3}));
}

TEST(RedFlagSettings, ThresholdsAreWholePainScoresFromZeroToTen)
{
    EXPECT_EQ(fc::red_flag_settings_from_form({"0", "10"}), (fc::RedFlagSettings{0, 10}));
    const auto errors = fc::check_red_flag_settings_form({"11", "-1"});
    EXPECT_EQ(rules_on(errors, "pain-threshold"), only("range"));
    EXPECT_EQ(rules_on(errors, "progression-pain-threshold"), only("range"));
    EXPECT_EQ(rules_on(fc::check_red_flag_settings_form({"seven", ""}), "pain-threshold"), only("number-format"));
    EXPECT_THROW(fc::red_flag_settings_from_form({"6.5", ""}), fc::InvalidInput);
    EXPECT_EQ(rules_on(fc::check_red_flag_settings({7, 12}), "progression-pain-threshold"), only("range"));
}
