// A carriage return on its own moves a terminal's cursor back over the words before it, so free
// text refuses it; a CRLF line end (a file written on Windows, a pasted e-mail) is taken as a
// line break and stored as LF.
#include "core/patient.h"
#include "core/session_note.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::test::message_on;
using fc::test::only;
using fc::test::rules_on;

namespace {
const fc::Date today(2026, 11, 25);

fc::RecordingContext context()
{
    return fc::RecordingContext{.dob = fc::Date(1990, 5, 17), .today = today, .set = fc::standard_dilator_set()};
}

fc::NoteForm note_with_subjective(const std::string& subjective)
{
    fc::NoteForm f;
    f.date = "2026-11-25";
    f.start = "09:30";
    f.duration = "45";
    f.subjective = subjective;
    return f;
}
} // namespace

TEST(LineEnds, CrlfIsStoredAsLf)
{
    const auto n = fc::note_from_form(note_with_subjective("Less pain.\r\nUsing the 16 mm dilator.\r\n"), context());
    EXPECT_EQ(n.subjective, "Less pain.\nUsing the 16 mm dilator.");
}

TEST(LineEnds, LoneCarriageReturnIsRefusedInFreeText)
{
    for (const char* text : {"Bleeding reported.\rNo concerns.", "No concerns.\r", "\r\r\nNo concerns."}) {
        const auto errors = fc::check_note_form(note_with_subjective(text), context());
        EXPECT_EQ(rules_on(errors, "subjective"), only("carriage-return")) << text;
        EXPECT_NE(message_on(errors, "subjective").find("carriage return"), std::string::npos);
    }
}

TEST(LineEnds, CarriageReturnIsRefusedInOneLineFields)
{
    const fc::PatientForm f{.family = "Ode\rgaard", .given = "Ingrid\r\n", .dob = "1984-02-29",
                            .address = "1 Example Street\r\nSampletown\rX"};
    const auto errors = fc::check_patient_form(f, today);
    for (const char* field : {"family", "given"})
        EXPECT_EQ(rules_on(errors, field), only("control-characters")) << field;
    EXPECT_EQ(rules_on(errors, "address"), only("carriage-return"));
}

TEST(LineEnds, CrlfInAnAddressIsStoredAsLf)
{
    const fc::PatientForm f{.family = "Odegaard", .given = "Ingrid", .dob = "1984-02-29",
                            .address = "1 Example Street\r\nSampletown"};
    EXPECT_EQ(fc::patient_from_form(f, today).address, "1 Example Street\nSampletown");
}
