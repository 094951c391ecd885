#include "core/red_flag_rules.h"

#include "core/red_flag_fixtures.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using fc::Date;
using fc::RedFlagRule;
using fc::RedFlagSeverity;
using fc::RedFlagSource;
using fc::test::default_flag_settings;
using fc::test::flag_context;
using fc::test::home;
using fc::test::key_texts;
using fc::test::messages;
using fc::test::precaution;
using fc::test::session;

namespace {
using Strings = std::vector<std::string>;
const Date day(2026, 11, 20);

// The flags of `note` alone, in a context that holds only it and the default plan.
std::vector<fc::RedFlag> note_flags(const fc::SessionNote& note, const fc::RedFlagSettings& settings = {})
{
    auto ctx = flag_context();
    ctx.notes.push_back(note);
    return fc::all_red_flags(ctx, settings);
}

std::vector<fc::RedFlag> home_flags(const fc::HomeLogEntry& entry, const fc::RedFlagSettings& settings = {})
{
    auto ctx = flag_context();
    ctx.home_log.push_back(entry);
    return fc::all_red_flags(ctx, settings);
}

fc::SessionNote with_pain(std::optional<int> during, std::optional<int> after)
{
    auto n = session(11, day);
    n.measures.pain_during = during;
    n.measures.pain_after = after;
    return n;
}
} // namespace

TEST(RedFlagRules, BleedingIsFlaggedFromANoteAndFromTheHomeLog)
{
    auto n = session(11, day);
    n.symptoms.bleeding = true;
    const auto from_note = note_flags(n);
    ASSERT_EQ(from_note.size(), 1u);
    const auto& f = from_note[0];
    EXPECT_EQ(f.rule, RedFlagRule::Bleeding);
    EXPECT_EQ(f.severity, RedFlagSeverity::Urgent);
    EXPECT_EQ(f.message, "Bleeding recorded at the session of 2026-11-20");
    EXPECT_EQ(f.source, RedFlagSource::Note);
    EXPECT_EQ(f.source_id, 11);
    EXPECT_EQ(f.on, day);
    EXPECT_EQ(f.patient_id, fc::test::flag_patient);
    EXPECT_EQ(f.id, 0);
    EXPECT_TRUE(f.raised_at.empty());
    EXPECT_EQ(f.status(), fc::RedFlagStatus::Open);

    auto e = home(4, day);
    e.bleeding = true;
    EXPECT_EQ(key_texts(home_flags(e)), Strings{"bleeding:home-log:4"});
    EXPECT_EQ(messages(home_flags(e)), Strings{"Bleeding reported in the home log of 2026-11-20"});
}

TEST(RedFlagRules, AQuietSessionRaisesNothing)
{
    auto n = session(11, day, 13, 2);
    n.measures.pain_after = 3;
    n.measures.minutes_held = 10;
    n.symptoms.distress = true; // noted, but not a red flag of DOMAIN.md
    n.screened = true;          // asked, all answered no
    EXPECT_TRUE(note_flags(n).empty());
    EXPECT_TRUE(home_flags(home(4, day, 13, 3)).empty());
}

TEST(RedFlagRules, OnlySignedAttendedNotesRaiseFlags)
{
    auto n = session(11, day, 13, 9);
    n.symptoms = {.bleeding = true, .sharp_pain = true, .burning = true, .soreness_over_24h = true, .worsening = true};
    n.screening = {fc::ScreeningQuestion::Fever};
    ASSERT_EQ(note_flags(n).size(), 7u);

    auto draft = n;
    draft.status = fc::NoteStatus::Draft;
    EXPECT_TRUE(note_flags(draft).empty());
    auto cancelled = n;
    cancelled.attendance = fc::Attendance::Cancelled;
    EXPECT_TRUE(note_flags(cancelled).empty());
    auto missed = n;
    missed.attendance = fc::Attendance::DidNotAttend;
    EXPECT_TRUE(note_flags(missed).empty());
}

TEST(RedFlagRules, EachSymptomOfTheNoteHasItsRuleAndSentence)
{
    auto n = session(11, day);
    n.symptoms = {.sharp_pain = true, .burning = true, .soreness_over_24h = true, .worsening = true};
    const auto flags = note_flags(n);
    EXPECT_EQ(key_texts(flags), (Strings{"sharp-pain:note:11", "burning:note:11", "persisting-soreness:note:11",
                                         "worsening:note:11"}));
    EXPECT_EQ(messages(flags),
              (Strings{"Sharp or intense pain recorded at the session of 2026-11-20",
                       "Burning recorded at the session of 2026-11-20",
                       "Pain or soreness lasting more than 24 hours recorded at the session of 2026-11-20",
                       "Worsening of a known condition recorded at the session of 2026-11-20"}));
    ASSERT_EQ(flags.size(), 4u);
    EXPECT_EQ(flags[0].severity, RedFlagSeverity::Urgent);
    for (std::size_t i = 1; i < flags.size(); ++i)
        EXPECT_EQ(flags[i].severity, RedFlagSeverity::Review) << flags[i].message;
}

TEST(RedFlagRules, PainAtOrAboveTheThresholdDuringTheSession)
{
    EXPECT_TRUE(note_flags(with_pain(6, std::nullopt)).empty());
    const auto seven = note_flags(with_pain(7, std::nullopt));
    EXPECT_EQ(key_texts(seven), Strings{"pain-threshold:note:11"});
    EXPECT_EQ(messages(seven), Strings{"Pain 7/10 during the session of 2026-11-20 (threshold 7)"});
    ASSERT_EQ(seven.size(), 1u);
    EXPECT_EQ(seven[0].severity, RedFlagSeverity::Urgent);
    EXPECT_EQ(messages(note_flags(with_pain(8, std::nullopt))),
              Strings{"Pain 8/10 during the session of 2026-11-20 (threshold 7)"});
}

TEST(RedFlagRules, ThePainThresholdIsConfigurable)
{
    const fc::RedFlagSettings five{.pain_threshold = 5};
    EXPECT_TRUE(note_flags(with_pain(4, std::nullopt), five).empty());
    EXPECT_EQ(messages(note_flags(with_pain(5, std::nullopt), five)),
              Strings{"Pain 5/10 during the session of 2026-11-20 (threshold 5)"});
    EXPECT_EQ(note_flags(with_pain(6, std::nullopt), five).size(), 1u);
    EXPECT_TRUE(home_flags(home(4, day, std::nullopt, 4), five).empty());
    EXPECT_EQ(messages(home_flags(home(4, day, std::nullopt, 5), five)),
              Strings{"Pain 5/10 in the home log of 2026-11-20 (threshold 5)"});
}

TEST(RedFlagRules, PainAfterTheSessionCountsAndBothMakeOneFlag)
{
    EXPECT_EQ(messages(note_flags(with_pain(3, 7))),
              Strings{"Pain 7/10 after the session of 2026-11-20 (threshold 7)"});
    EXPECT_TRUE(note_flags(with_pain(std::nullopt, 6)).empty());
    const auto both = note_flags(with_pain(8, 9));
    EXPECT_EQ(key_texts(both), Strings{"pain-threshold:note:11"});
    EXPECT_EQ(messages(both), Strings{"Pain 8/10 during and 9/10 after the session of 2026-11-20 (threshold 7)"});
}

TEST(RedFlagRules, PainInTheHomeLogAtTheThreshold)
{
    EXPECT_TRUE(home_flags(home(4, day, std::nullopt, 6)).empty());
    const auto flags = home_flags(home(4, day, std::nullopt, 7));
    EXPECT_EQ(key_texts(flags), Strings{"pain-threshold:home-log:4"});
    EXPECT_EQ(messages(flags), Strings{"Pain 7/10 in the home log of 2026-11-20 (threshold 7)"});
}

TEST(RedFlagRules, OneScreeningFlagListsEveryYesAnswer)
{
    auto n = session(11, day);
    n.type = fc::AppointmentType::Initial;
    n.screened = true;
    n.screening = {fc::ScreeningQuestion::NightPain, fc::ScreeningQuestion::WeightLoss};
    const auto flags = note_flags(n);
    EXPECT_EQ(key_texts(flags), Strings{"screening:note:11"});
    EXPECT_EQ(messages(flags), Strings{"Screening on 2026-11-20: unexplained weight loss, night pain"});
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].severity, RedFlagSeverity::Urgent);

    n.screening = {fc::ScreeningQuestion::Fever, fc::ScreeningQuestion::BowelChange, fc::ScreeningQuestion::NightPain,
                   fc::ScreeningQuestion::WeightLoss};
    EXPECT_EQ(messages(note_flags(n)),
              Strings{"Screening on 2026-11-20: change in bowel habit, unexplained weight loss, night pain, fever"});
    n.screening.clear();
    EXPECT_TRUE(note_flags(n).empty());
}

TEST(RedFlagRules, HomeLogEntriesRaiseOnlyBleedingPainAndProgression)
{
    auto ctx = flag_context();
    ctx.precautions.push_back(precaution(2, fc::PrecautionKind::Fissure, Date(2026, 11, 1)));
    ctx.plan_versions.clear(); // so the precaution raises nothing on its own
    auto e = home(4, day, 13, 9);
    e.minutes = 10;
    e.bleeding = true;
    ctx.home_log.push_back(e);
    EXPECT_EQ(key_texts(fc::all_red_flags(ctx, default_flag_settings)),
              (Strings{"bleeding:home-log:4", "pain-threshold:home-log:4"}));
}

TEST(RedFlagRules, EverythingIsOrderedByDateThenSourceThenIdThenRule)
{
    auto ctx = flag_context();
    auto late = session(20, Date(2026, 11, 21));
    late.symptoms.bleeding = true;
    auto same_day = session(30, day);
    same_day.symptoms = {.bleeding = true, .burning = true};
    auto early = session(40, Date(2026, 11, 19));
    early.symptoms.worsening = true;
    auto e = home(1, day);
    e.bleeding = true;
    ctx.notes = {late, same_day, early};
    ctx.home_log = {e};
    EXPECT_EQ(key_texts(fc::all_red_flags(ctx, default_flag_settings)),
              (Strings{"worsening:note:40", "bleeding:note:30", "burning:note:30", "bleeding:home-log:1",
                       "bleeding:note:20"}));
}

TEST(RedFlagRules, FlagsForANoteAreItsOwnWhetherOrNotTheContextHoldsIt)
{
    auto ctx = flag_context();
    auto other = session(3, Date(2026, 11, 13));
    other.symptoms.bleeding = true;
    ctx.notes.push_back(other);
    auto n = session(11, day);
    n.symptoms.burning = true;

    EXPECT_EQ(key_texts(fc::flags_for_note(n, ctx, default_flag_settings)), Strings{"burning:note:11"});
    auto draft = n;
    draft.status = fc::NoteStatus::Draft;
    ctx.notes.push_back(draft); // the draft as stored before signing
    EXPECT_EQ(key_texts(fc::flags_for_note(n, ctx, default_flag_settings)), Strings{"burning:note:11"});
    EXPECT_TRUE(fc::flags_for_note(draft, ctx, default_flag_settings).empty());

    auto e = home(4, day, std::nullopt, 8);
    EXPECT_EQ(key_texts(fc::flags_for_home_log(e, ctx, default_flag_settings)), Strings{"pain-threshold:home-log:4"});
}

TEST(RedFlagRules, ARaisedThresholdReachesOldRecordsOnlyByARescan)
{
    auto ctx = flag_context();
    ctx.notes = {with_pain(5, std::nullopt)};
    const auto stored = fc::all_red_flags(ctx, default_flag_settings);
    EXPECT_TRUE(stored.empty());

    const fc::RedFlagSettings five{.pain_threshold = 5};
    auto e = home(4, Date(2026, 11, 21), std::nullopt, 6);
    // Saving a new entry under the new setting flags the entry, not the old note.
    EXPECT_EQ(key_texts(fc::flags_for_home_log(e, ctx, five)), Strings{"pain-threshold:home-log:4"});
    ctx.home_log.push_back(e);
    auto now_stored = fc::flags_for_home_log(e, ctx, five);
    // `flags rescan`: everything, less what is stored.
    const auto rescan = fc::flags_not_yet_raised(fc::all_red_flags(ctx, five), fc::keys_of(now_stored));
    EXPECT_EQ(key_texts(rescan), Strings{"pain-threshold:note:11"});
}
