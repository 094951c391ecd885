#include "core/patient.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {
const fc::Date today(2026, 11, 25);

fc::PatientForm valid_form()
{
    fc::PatientForm f;
    f.family = "Ødegaard";
    f.given = "Ingrid";
    f.dob = "1984-02-29";
    return f;
}

// The rule ids broken on `field`.
std::vector<std::string> rules_for(const fc::PatientForm& f, const std::string& field)
{
    std::vector<std::string> rules;
    for (const auto& e : fc::check_patient_form(f, today))
        if (e.field == field)
            rules.push_back(e.rule);
    return rules;
}
} // namespace

TEST(PatientForm, ValidFormBuildsTrimmedPatient)
{
    auto f = valid_form();
    f.family = "  Ødegaard ";
    f.sex = "Female";
    const auto p = fc::patient_from_form(f, today);
    EXPECT_EQ(p.family_name, "Ødegaard");
    EXPECT_EQ(p.dob, fc::Date(1984, 2, 29));
    EXPECT_EQ(p.sex, fc::Sex::Female);
    EXPECT_TRUE(fc::check_patient_form(f, today).empty());
}

TEST(PatientForm, NamesAreRequiredAndNotOnlySpaces)
{
    auto f = valid_form();
    f.family = "   ";
    f.given = "";
    EXPECT_EQ(rules_for(f, "family"), std::vector<std::string>{"required"});
    EXPECT_EQ(rules_for(f, "given"), std::vector<std::string>{"required"});
}

TEST(PatientForm, DateOfBirthMustBeRealNotFutureNotBefore1900)
{
    auto f = valid_form();
    f.dob = "2026-02-30";
    EXPECT_EQ(rules_for(f, "dob"), std::vector<std::string>{"date-format"});
    f.dob = "2026-11-26";
    EXPECT_EQ(rules_for(f, "dob"), std::vector<std::string>{"too-late"});
    f.dob = "1899-12-31";
    EXPECT_EQ(rules_for(f, "dob"), std::vector<std::string>{"too-early"});
    f.dob = "";
    EXPECT_EQ(rules_for(f, "dob"), std::vector<std::string>{"required"});
    f.dob = "2026-11-25";
    EXPECT_TRUE(rules_for(f, "dob").empty());
}

TEST(PatientForm, VeryLongFieldsAreRefusedWithTheirLength)
{
    auto f = valid_form();
    f.family = std::string(10000, 'a');
    f.notes = std::string(10000, 'n');
    const auto errors = fc::check_patient_form(f, today);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].field, "family");
    EXPECT_EQ(errors[0].rule, "max-length");
    EXPECT_NE(errors[0].message.find("10000"), std::string::npos);
    EXPECT_EQ(errors[1].field, "notes");
}

TEST(PatientForm, ControlCharactersAreRefusedButNotInMultilineAddress)
{
    auto f = valid_form();
    f.given = "Ing\x07rid";
    f.address = "1 Example Street\nSampletown";
    EXPECT_EQ(rules_for(f, "given"), std::vector<std::string>{"control-characters"});
    EXPECT_TRUE(rules_for(f, "address").empty());
    f.family = "Ode\ngaard";
    EXPECT_EQ(rules_for(f, "family"), std::vector<std::string>{"control-characters"});
}

TEST(PatientForm, InvalidUtf8IsRefused)
{
    auto f = valid_form();
    f.family = "\xC3\x28";
    EXPECT_EQ(rules_for(f, "family"), std::vector<std::string>{"utf8"});
}

TEST(PatientForm, EmailPhoneSexAndMrnFormats)
{
    auto f = valid_form();
    for (const char* bad : {"bad", "a@b", "@example.org", "a@@example.org", "a b@example.org", "a@example..org"}) {
        f.email = bad;
        EXPECT_EQ(rules_for(f, "email"), std::vector<std::string>{"email-format"}) << bad;
    }
    f.email = "ingrid.o@example.org";
    EXPECT_TRUE(rules_for(f, "email").empty());
    f.phone = "call me";
    EXPECT_EQ(rules_for(f, "phone"), std::vector<std::string>{"phone-format"});
    f.phone = "+44 (0)7700 900123";
    EXPECT_TRUE(rules_for(f, "phone").empty());
    f.sex = "f";
    EXPECT_EQ(rules_for(f, "sex"), std::vector<std::string>{"one-of"});
    f.mrn = "AB 12";
    EXPECT_EQ(rules_for(f, "mrn"), std::vector<std::string>{"mrn-format"});
}

TEST(PatientForm, MetacharactersAreOrdinaryText)
{
    auto f = valid_form();
    f.family = "O'Brien";
    f.given = "'); DROP TABLE x;--";
    f.preferred = "%s%n";
    const auto p = fc::patient_from_form(f, today);
    EXPECT_EQ(p.given_name, "'); DROP TABLE x;--");
    EXPECT_EQ(p.preferred_name, "%s%n");
}

TEST(PatientForm, FromPatientRoundTrips)
{
    const auto p = fc::patient_from_form(valid_form(), today);
    EXPECT_EQ(fc::patient_from_form(fc::PatientForm::from(p), today).display_name(), p.display_name());
}

TEST(PatientForm, InvalidInputCarriesEveryError)
{
    auto f = valid_form();
    f.family = "";
    f.dob = "2026-02-30";
    try {
        fc::patient_from_form(f, today);
        FAIL() << "expected InvalidInput";
    } catch (const fc::InvalidInput& e) {
        EXPECT_EQ(e.errors().size(), 2u);
        EXPECT_NE(std::string(e.what()).find("dob:"), std::string::npos);
    }
}

TEST(PatientForm, GeneratedMrnIsZeroPadded)
{
    EXPECT_EQ(fc::generated_mrn(12), "FC000012");
}
