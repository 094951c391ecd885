#include "clinic_fixture.h"

#include "services/demo_clinic.h"

#include <algorithm>

using namespace fc;

namespace {
class DemoClinicTest : public test::ClinicTest {};

std::vector<std::string> names(Clinic& c)
{
    std::vector<std::string> out;
    for (const auto& e : PatientRecords(c, Actor::nobody()).search({}))
        out.push_back(e.family_name + "," + e.given_name + "," + to_iso(e.dob));
    return out;
}
} // namespace

TEST_F(DemoClinicTest, FillsCliniciansAndPatientsInSeveralScripts)
{
    const auto s = fill_demo_clinic(clinic, {.patients = 300, .seed = 7});
    EXPECT_EQ(s.clinicians_added, 4);
    EXPECT_EQ(s.patients_added, 300);
    EXPECT_GT(s.precautions_added, 30);
    EXPECT_GE(s.conditions_added, 300);
    const auto all = names(clinic);
    ASSERT_EQ(all.size(), 300u);
    auto has = [&](const char* utf8_prefix) {
        return std::any_of(all.begin(), all.end(), [&](const std::string& n) { return n.rfind(utf8_prefix, 0) == 0; });
    };
    // Greek (Π...), Cyrillic (И/С/К...) and Latin names with diacritics all appear.
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const std::string& n) { return n.find("ου") != std::string::npos; }));
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const std::string& n) { return n.find("ова") != std::string::npos; }));
    EXPECT_TRUE(has("Ø") || has("Å") || has("Ł") || has("Ó") || has("Ní") || has("Nú"));
    EXPECT_TRUE(clinic.check().ok);
}

TEST_F(DemoClinicTest, SameSeedGivesTheSameClinic)
{
    fill_demo_clinic(clinic, {.patients = 50, .seed = 3});
    test::TempDir other_dir;
    Clinic other(other_dir.file("other.floorchart"));
    other.set_today([] { return test::pinned_today; });
    fill_demo_clinic(other, {.patients = 50, .seed = 3});
    EXPECT_EQ(names(clinic), names(other));
}

TEST_F(DemoClinicTest, NegativeCountIsInvalid)
{
    EXPECT_THROW(fill_demo_clinic(clinic, {.patients = -1}), InvalidInput);
}
