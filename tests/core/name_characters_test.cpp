// Names must not hold invisible characters that reorder or hide text (bidi controls, stray
// zero-width characters): they make look-alike duplicates of a patient or a clinician. The
// joiners ZWNJ and ZWJ are part of the correct spelling of names in Persian and Indic scripts
// and stay allowed there, between two letters of such a script.
#include "core/clinician.h"
#include "core/patient.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::test::message_on;
using fc::test::no_rules;
using fc::test::only;
using fc::test::rules_on;

namespace {
const fc::Date today(2026, 11, 25);

fc::PatientForm patient_named(const std::string& family)
{
    fc::PatientForm f;
    f.family = family;
    f.given = "Ingrid";
    f.dob = "1984-02-29";
    return f;
}

std::vector<std::string> family_rules(const std::string& family)
{
    return rules_on(fc::check_patient_form(patient_named(family), today), "family");
}
} // namespace

TEST(NameCharacters, BidiOverridesEmbeddingsAndIsolatesAreRefused)
{
    for (const char* control : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                                "\u2069"})
        EXPECT_EQ(family_rules(std::string("A") + control + "B"), only("bidi-control")) << control;
    const auto errors = fc::check_patient_form(patient_named("A\u202EB"), today);
    EXPECT_NE(message_on(errors, "family").find("U+202E"), std::string::npos) << message_on(errors, "family");
}

// LRM, RLM and ALM are invisible too: a name is shown isolated on its own, so it never needs
// a mark to read right, and "Ali" with a trailing RLM would be a second, identical-looking "Ali".
TEST(NameCharacters, DirectionMarksAreRefused)
{
    EXPECT_EQ(family_rules("Ali\u200F"), only("bidi-control"));
    EXPECT_EQ(family_rules("Ali\u200E"), only("bidi-control"));
    EXPECT_EQ(family_rules("\u0639\u0644\u064A\u061C"), only("bidi-control"));
}

TEST(NameCharacters, ZeroWidthSpaceWordJoinerAndByteOrderMarkAreRefused)
{
    for (const char* invisible : {"\u200B", "\u2060", "\uFEFF"}) {
        EXPECT_EQ(family_rules(std::string("Ode") + invisible + "gaard"), only("zero-width")) << invisible;
        EXPECT_EQ(family_rules(std::string("Odegaard") + invisible), only("zero-width")) << invisible;
    }
}

TEST(NameCharacters, JoinersAreRefusedInLatinNamesAndAtTheEnds)
{
    EXPECT_EQ(family_rules("Ali\u200Cce"), only("zero-width"));
    EXPECT_EQ(family_rules("Ali\u200Dce"), only("zero-width"));
    EXPECT_EQ(family_rules("\u0639\u0644\u06CC\u200C"), only("zero-width"));  // trailing, after Arabic script
    EXPECT_EQ(family_rules("\u200C\u0639\u0644\u06CC"), only("zero-width"));  // leading
    EXPECT_EQ(family_rules("\u0639\u0644\u06CC\u200C\u200C\u0632\u0627\u062F\u0647"), only("zero-width"));
}

// A correct Persian surname (Alizadeh, with the ZWNJ that keeps "Ali" from joining "zadeh")
// and a Hindi name whose half-form needs ZWJ after the virama must be accepted as typed.
TEST(NameCharacters, JoinersInsidePersianAndDevanagariNamesAreAccepted)
{
    EXPECT_EQ(family_rules("\u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647"), no_rules);
    EXPECT_EQ(family_rules("\u0915\u094D\u200D\u0937"), no_rules);
    EXPECT_EQ(fc::patient_from_form(patient_named("\u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647"), today).family_name,
              "\u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647");
}

TEST(NameCharacters, AppliesToEveryNameOfAPatient)
{
    auto f = patient_named("Odegaard");
    f.given = "In\u202Egrid";
    f.preferred = "In\u200Bgi";
    f.referrer = "Dr \u202EA";
    f.referrer_practice = "Example\u2066 Practice";
    f.gp = "Dr\u200B B";
    const auto errors = fc::check_patient_form(f, today);
    EXPECT_EQ(rules_on(errors, "given"), only("bidi-control"));
    EXPECT_EQ(rules_on(errors, "preferred"), only("zero-width"));
    EXPECT_EQ(rules_on(errors, "referrer"), only("bidi-control"));
    EXPECT_EQ(rules_on(errors, "referrer-practice"), only("bidi-control"));
    EXPECT_EQ(rules_on(errors, "gp"), only("zero-width"));
}

TEST(NameCharacters, FreeTextMayQuoteRightToLeftTextWithMarks)
{
    auto f = patient_named("Odegaard");
    f.notes = "Prefers letters in Persian: \u200F\u0639\u0644\u06CC\u200F";
    EXPECT_EQ(rules_on(fc::check_patient_form(f, today), "notes"), no_rules);
}

TEST(NameCharacters, ClinicianNameAndRegistrationAreNames)
{
    const auto errors = fc::check_clinician_form({"Harriet\u202E Ashdown", "Physiotherapist", "PH\u200B-104233"});
    EXPECT_EQ(rules_on(errors, "name"), only("bidi-control"));
    EXPECT_EQ(rules_on(errors, "registration"), only("zero-width"));
    EXPECT_EQ(fc::clinician_from_form({"\u0645\u0631\u06CC\u0645 \u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647", "",
                                       ""})
                  .name,
              "\u0645\u0631\u06CC\u0645 \u0639\u0644\u06CC\u200C\u0632\u0627\u062F\u0647");
}
