#include "core/addendum.h"
#include "core/session_note.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::Date;
using fc::test::message_on;
using fc::test::only;
using fc::test::rules_on;

namespace {
const Date today(2026, 11, 25);
const Date dob(1990, 5, 17);

fc::RecordingContext context()
{
    return fc::RecordingContext{.dob = dob, .today = today, .set = fc::standard_dilator_set()};
}

fc::NoteForm valid_form()
{
    fc::NoteForm f;
    f.date = "2026-11-25";
    f.start = "09:30";
    f.duration = "45";
    f.subjective = "Less pain on opening the bowels.\nUsing the 16 mm dilator at home.";
    f.measures.pain_during = "3";
    f.measures.dilator_mm = "16";
    return f;
}

std::vector<std::string> rules(const fc::NoteForm& f, const std::string& field)
{
    return rules_on(fc::check_note_form(f, context()), field);
}

fc::SessionNote signed_note()
{
    auto n = fc::note_from_form(valid_form(), context());
    n.id = 41;
    return fc::signed_note(n, 3, "2026-11-25T10:20:00Z");
}
} // namespace

TEST(SessionNote, ValidFormBuildsADraftWithDefaults)
{
    const auto n = fc::note_from_form(valid_form(), context());
    EXPECT_EQ(n.date, today);
    EXPECT_EQ(n.start, fc::TimeOfDay::at(9, 30));
    EXPECT_EQ(n.duration_min, 45);
    EXPECT_EQ(n.type, fc::AppointmentType::FollowUp);
    EXPECT_EQ(n.attendance, fc::Attendance::Attended);
    EXPECT_EQ(n.measures.dilator_mm, 16);
    EXPECT_EQ(n.status, fc::NoteStatus::Draft);
    EXPECT_FALSE(n.signed_by.has_value());
    EXPECT_NE(n.subjective.find('\n'), std::string::npos);
}

TEST(SessionNote, DateLiesBetweenTheDayOfBirthAndToday)
{
    auto f = valid_form();
    f.date = "1990-05-17";
    EXPECT_TRUE(rules(f, "date").empty());
    f.date = "1990-05-16";
    EXPECT_EQ(rules(f, "date"), only("too-early"));
    f.date = "2026-11-25";
    EXPECT_TRUE(rules(f, "date").empty());
    f.date = "2026-11-26";
    EXPECT_EQ(rules(f, "date"), only("too-late"));
    f.date = "";
    EXPECT_EQ(fc::note_from_form(f, context()).date, today);
}

TEST(SessionNote, StartTimeIsRequiredAndWithinTheDay)
{
    auto f = valid_form();
    f.start = "23:59";
    EXPECT_TRUE(rules(f, "start").empty());
    f.start = "24:00";
    EXPECT_EQ(rules(f, "start"), only("time-format"));
    f.start = "9:5";
    EXPECT_EQ(rules(f, "start"), only("time-format"));
    f.start = "";
    EXPECT_EQ(rules(f, "start"), only("required"));
}

TEST(SessionNote, DurationIsRequiredOnlyWhenTheSessionTookPlace)
{
    auto f = valid_form();
    f.duration = "";
    EXPECT_EQ(rules(f, "duration"), only("required"));
    f.duration = "481";
    EXPECT_EQ(rules(f, "duration"), only("range"));
    f.duration = "0";
    EXPECT_EQ(rules(f, "duration"), only("range"));
    f = fc::NoteForm{.start = "14:00", .attendance = "did-not-attend"};
    EXPECT_TRUE(fc::check_note_form(f, context()).empty());
    EXPECT_FALSE(fc::note_from_form(f, context()).duration_min.has_value());
}

TEST(SessionNote, SoapTextIsGenerousButFinite)
{
    auto f = valid_form();
    f.objective = std::string(fc::max_soap_length, 'o');
    EXPECT_TRUE(rules(f, "objective").empty());
    f.objective += "o";
    EXPECT_EQ(rules(f, "objective"), only("max-length"));
    EXPECT_EQ(message_on(fc::check_note_form(f, context()), "objective"),
              "is 20001 characters long; at most 20000 are allowed");
    f.objective = "";
    f.assessment = std::string(1'000'000, 'a'); // 1 MB pasted by mistake
    EXPECT_EQ(rules(f, "assessment"), only("max-length"));
    EXPECT_EQ(message_on(fc::check_note_form(f, context()), "assessment"),
              "is 1000000 characters long; at most 20000 are allowed");
    EXPECT_THROW(fc::note_from_form(f, context()), fc::InvalidInput);
}

TEST(SessionNote, SoapLengthCountsCharactersNotBytes)
{
    auto f = valid_form();
    std::string greek;
    for (std::size_t i = 0; i < fc::max_soap_length; ++i)
        greek += "λ"; // two bytes each
    f.plan = greek;
    EXPECT_TRUE(rules(f, "plan").empty());
}

TEST(SessionNote, DilatorSizeOutsideTheSetNamesTheAllowedSizes)
{
    auto f = valid_form();
    f.measures.dilator_mm = "15";
    const auto errors = fc::check_note_form(f, context());
    EXPECT_EQ(rules_on(errors, "dilator-mm"), only("not-in-set"));
    EXPECT_NE(message_on(errors, "dilator-mm").find("10, 13, 16, 19, 22, 25, 28, 32 mm"), std::string::npos);
}

TEST(SessionNote, TypeAttendanceAndScreeningUseStableIds)
{
    auto f = valid_form();
    f.type = "Initial";
    f.screening = {"fever, night-pain"};
    const auto n = fc::note_from_form(f, context());
    EXPECT_EQ(n.type, fc::AppointmentType::Initial);
    EXPECT_TRUE(n.screened);
    EXPECT_EQ(n.screening,
              (std::set<fc::ScreeningQuestion>{fc::ScreeningQuestion::NightPain, fc::ScreeningQuestion::Fever}));
    f.type = "assessment";
    f.attendance = "no-show";
    f.screening = {"headache"};
    EXPECT_EQ(rules(f, "type"), only("one-of"));
    EXPECT_EQ(rules(f, "attendance"), only("one-of"));
    EXPECT_EQ(rules(f, "screening"), only("one-of"));
    for (const auto q : fc::all_screening_questions)
        EXPECT_EQ(fc::parse_screening_question(fc::to_string(q)), q);
    EXPECT_EQ(fc::to_string(fc::Attendance::DidNotAttend), "did-not-attend");
    EXPECT_EQ(fc::to_string(fc::AppointmentType::FollowUp), "follow-up");
}

TEST(SessionNote, NothingIsMeasuredAtASessionThatDidNotTakePlace)
{
    auto f = valid_form();
    f.attendance = "cancelled";
    EXPECT_EQ(rules(f, "attendance"), only("not-attended"));
    f.measures = {};
    f.symptoms.bleeding = true;
    EXPECT_EQ(rules(f, "attendance"), only("not-attended"));
    f.symptoms = {};
    EXPECT_TRUE(fc::check_note_form(f, context()).empty());
}

TEST(SessionNote, AChaperonePresentMustHaveBeenOffered)
{
    auto f = valid_form();
    f.consent_internal = true;
    f.chaperone_present = true;
    EXPECT_EQ(rules(f, "chaperone-offered"), only("chaperone-consistency"));
    f.chaperone_offered = true;
    EXPECT_TRUE(fc::check_note_form(f, context()).empty());
}

TEST(SessionNote, FormRoundTripsThroughTheNote)
{
    auto f = valid_form();
    f.appointment = "88";
    f.symptoms.burning = true;
    f.screened = true;
    f.next_steps = "Move to 19 mm when 16 mm is comfortable for a week.";
    const auto n = fc::note_from_form(f, context());
    EXPECT_EQ(n.appointment_id, 88);
    const auto again = fc::note_from_form(fc::NoteForm::from(n), context());
    EXPECT_EQ(fc::NoteForm::from(again).subjective, f.subjective);
    EXPECT_EQ(again.symptoms, n.symptoms);
    EXPECT_EQ(again.measures, n.measures);
    EXPECT_EQ(again.next_steps, n.next_steps);
    EXPECT_TRUE(again.screened);
}

TEST(SessionNote, SigningRecordsWhoAndWhenAndHappensOnce)
{
    const auto n = signed_note();
    EXPECT_TRUE(n.is_signed());
    EXPECT_EQ(n.signed_by, 3);
    EXPECT_EQ(n.signed_at, "2026-11-25T10:20:00Z");
    try {
        fc::signed_note(n, 3, "2026-11-25T10:21:00Z");
        FAIL() << "expected Conflict";
    } catch (const fc::Conflict& e) {
        EXPECT_NE(std::string(e.what()).find("session note 41"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("addendum"), std::string::npos);
    }
    const auto draft = fc::note_from_form(valid_form(), context());
    EXPECT_THROW(fc::signed_note(draft, 0, "2026-11-25T10:20:00Z"), fc::ClinicianRequired);
    EXPECT_THROW(fc::signed_note(draft, 3, "2026-11-25 10:20"), fc::InvalidInput);
}

TEST(SessionNote, ASignedNoteIsNeverEdited)
{
    auto f = valid_form();
    f.measures.pain_during = "2";
    EXPECT_THROW(fc::edited_note(signed_note(), f, context()), fc::Conflict);
    EXPECT_THROW(fc::require_draft(signed_note(), "be deleted"), fc::Conflict);

    auto draft = fc::note_from_form(valid_form(), context());
    draft.id = 9;
    draft.patient_id = 5;
    draft.version = 2;
    const auto edited = fc::edited_note(draft, f, context());
    EXPECT_EQ(edited.measures.pain_during, 2);
    EXPECT_EQ(edited.id, 9);
    EXPECT_EQ(edited.patient_id, 5);
    EXPECT_EQ(edited.version, 2);
    EXPECT_NO_THROW(fc::require_draft(draft, "be deleted"));
}

TEST(Addendum, AmendsOnlyASignedNoteWithText)
{
    const auto note = signed_note();
    const auto a = fc::addendum_from_form({"  Pain after was 4, not 2.  "}, note, 3, "2026-11-26T08:00:00Z");
    EXPECT_EQ(a.note_id, 41);
    EXPECT_EQ(a.text, "Pain after was 4, not 2.");
    EXPECT_EQ(a.by, 3);
    EXPECT_EQ(a.at, "2026-11-26T08:00:00Z");
    EXPECT_THROW(fc::addendum_from_form({"x"}, fc::note_from_form(valid_form(), context()), 3, "2026-11-26T08:00:00Z"),
                 fc::Conflict);
    EXPECT_THROW(fc::addendum_from_form({"x"}, note, 0, "2026-11-26T08:00:00Z"), fc::ClinicianRequired);
    try {
        fc::addendum_from_form({"  "}, note, 3, "2026-11-26T08:00:00Z");
        FAIL() << "expected InvalidInput";
    } catch (const fc::InvalidInput& e) {
        EXPECT_EQ(e.errors(), (std::vector<fc::FieldError>{
                                  {"text", "required", "is required and must not be empty or only spaces"}}));
    }
    EXPECT_NO_THROW(
        fc::addendum_from_form({std::string(fc::max_addendum_length, 'a')}, note, 3, "2026-11-26T08:00:00Z"));
    EXPECT_THROW(
        fc::addendum_from_form({std::string(fc::max_addendum_length + 1, 'a')}, note, 3, "2026-11-26T08:00:00Z"),
        fc::InvalidInput);
}

TEST(Addendum, TextIsCheckedAsItIsTypedWithTheSameRules)
{
    EXPECT_TRUE(fc::check_addendum_form({"Pain after was 4."}).empty());
    const auto blank = fc::check_addendum_form({" \n "});
    ASSERT_EQ(blank.size(), 1u);
    EXPECT_EQ(blank[0].rule, "required");
    const auto long_text = fc::check_addendum_form({std::string(fc::max_addendum_length + 1, 'a')});
    ASSERT_EQ(long_text.size(), 1u);
    EXPECT_EQ(long_text[0].field, "text");
    EXPECT_TRUE(fc::check_addendum_form({std::string(fc::max_addendum_length, 'a')}).empty());
}
