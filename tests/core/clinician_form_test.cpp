#include "core/clinician.h"

#include <gtest/gtest.h>

TEST(ClinicianForm, NameIsRequiredProfessionDefaults)
{
    const auto c = fc::clinician_from_form({"  Harriet Ashdown ", "", "PH-104233"});
    EXPECT_EQ(c.name, "Harriet Ashdown");
    EXPECT_EQ(c.profession, "Physiotherapist");
    const auto errors = fc::check_clinician_form({" ", "", std::string(51, '9')});
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].field, "name");
    EXPECT_EQ(errors[1].field, "registration");
}
