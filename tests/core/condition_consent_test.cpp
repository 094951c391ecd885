#include "core/condition.h"
#include "core/consent.h"

#include <gtest/gtest.h>

namespace {
const fc::Date today(2026, 11, 25);
}

TEST(Condition, CodeIsOptionalButMustLookLikeIcd10)
{
    EXPECT_EQ(fc::condition_from_form({"k60.1", "Chronic anal fissure", ""}, today).code, "K60.1");
    EXPECT_EQ(fc::condition_from_form({"R15", "Faecal incontinence", "2025-06-01"}, today).onset,
              fc::Date(2025, 6, 1));
    EXPECT_TRUE(fc::condition_from_form({"", "Sexual wellness", ""}, today).code.empty());
    const auto errors = fc::check_condition_form({"60.1", "", ""}, today);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].rule, "icd10-format");
    EXPECT_EQ(errors[1].field, "label");
}

TEST(Condition, KnownConditionsHaveValidCodes)
{
    for (const auto& k : fc::known_conditions())
        EXPECT_NO_THROW(fc::condition_from_form({k.code, k.label, ""}, today)) << k.label;
}

TEST(Consent, YesNoAnswersAndChaperoneConsistency)
{
    const auto c = fc::consent_from_form({"yes", "yes", "no", "", ""}, today);
    EXPECT_TRUE(c.consent_given);
    EXPECT_EQ(c.on, today);
    EXPECT_THROW(fc::consent_from_form({"maybe", "yes", "no", "", ""}, today), fc::InvalidInput);
    EXPECT_THROW(fc::consent_from_form({"yes", "no", "yes", "", ""}, today), fc::InvalidInput);
}
