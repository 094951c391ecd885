#include "core/dilator_set.h"

#include "core/field_errors.h"

#include <gtest/gtest.h>

using fc::test::message_on;
using fc::test::only;
using fc::test::rules_on;

namespace {
std::vector<std::string> size_rules(const std::string& sizes)
{
    return rules_on(fc::check_dilator_set_form({"Clinic set", "", sizes}), "sizes");
}
} // namespace

TEST(DilatorSet, FormBuildsANamedSetOfAscendingSizes)
{
    const auto set = fc::dilator_set_from_form({"  Small 6 ", "Silicone", "8, 10mm, 12 mm,14,16, 18"});
    EXPECT_EQ(set.name, "Small 6");
    EXPECT_EQ(set.material, fc::DilatorMaterial::Silicone);
    EXPECT_EQ(set.sizes_mm, (std::vector<int>{8, 10, 12, 14, 16, 18}));
    EXPECT_TRUE(set.active);
    EXPECT_EQ(fc::dilator_set_from_form({"Two", "", "10, 13"}).material, fc::DilatorMaterial::Other);
}

TEST(DilatorSet, NameIsRequiredAndMaterialIsOneOfTheKnownIds)
{
    const auto errors = fc::check_dilator_set_form({" ", "rubber", "10, 13"});
    EXPECT_EQ(rules_on(errors, "name"), only("required"));
    EXPECT_EQ(rules_on(errors, "material"), only("one-of"));
    EXPECT_NE(message_on(errors, "material").find("latex"), std::string::npos);
}

TEST(DilatorSet, SizesNeedAtLeastTwoAndAtMostTwenty)
{
    EXPECT_EQ(size_rules(""), only("required"));
    EXPECT_EQ(size_rules("10"), only("too-few"));
    EXPECT_TRUE(size_rules("10, 11").empty());
    std::string twenty, twenty_one;
    for (int mm = 10; mm < 30; ++mm)
        twenty += std::to_string(mm) + ",";
    twenty_one = twenty + "30";
    EXPECT_TRUE(size_rules(twenty).empty());
    EXPECT_EQ(size_rules(twenty_one), only("too-many"));
}

TEST(DilatorSet, SizesAreWholeMillimetresWithinFiveToSixty)
{
    EXPECT_TRUE(size_rules("5, 60").empty());
    EXPECT_EQ(size_rules("4, 10"), only("range"));
    EXPECT_EQ(size_rules("10, 61"), only("range"));
    EXPECT_EQ(size_rules("10, 12.5"), only("number-format"));
    EXPECT_EQ(size_rules("10, thirteen"), only("number-format"));
    EXPECT_EQ(message_on(fc::check_dilator_set_form({"S", "", "10, 61"}), "sizes"),
              "is 61 mm; must be from 5 to 60 mm");
}

TEST(DilatorSet, SizesMustGoStrictlyUp)
{
    EXPECT_EQ(size_rules("10, 13, 13"), only("ascending"));
    EXPECT_EQ(size_rules("16, 13"), only("ascending"));
    EXPECT_EQ(message_on(fc::check_dilator_set_form({"S", "", "10, 16, 13"}), "sizes"),
              "must go strictly up, smallest first; 13 mm follows 16 mm");
}

TEST(DilatorSet, TheStandardSetHasEightSizesFromTenToThirtyTwo)
{
    const auto set = fc::standard_dilator_set();
    EXPECT_EQ(set.name, "Standard 8");
    EXPECT_EQ(set.sizes_mm, (std::vector<int>{10, 13, 16, 19, 22, 25, 28, 32}));
    EXPECT_EQ(set.smallest_mm(), 10);
    EXPECT_EQ(set.largest_mm(), 32);
    EXPECT_TRUE(fc::check_dilator_set_form(fc::DilatorSetForm::from(set)).empty());
    EXPECT_EQ(fc::dilator_set_from_form(fc::DilatorSetForm::from(set)).sizes_mm, set.sizes_mm);
}

TEST(DilatorSet, ProgressionIsCountedInStepsOfTheSetNotInMillimetres)
{
    const auto set = fc::standard_dilator_set();
    EXPECT_EQ(fc::dilator_step(set, 10), 0);
    EXPECT_EQ(fc::dilator_step(set, 32), 7);
    EXPECT_FALSE(fc::dilator_step(set, 11).has_value());
    EXPECT_EQ(fc::steps_between(set, 28, 32), 1); // 4 mm, one step
    EXPECT_EQ(fc::steps_between(set, 10, 13), 1);
    EXPECT_EQ(fc::steps_between(set, 13, 19), 2);
    EXPECT_EQ(fc::steps_between(set, 22, 16), -2);
    EXPECT_EQ(fc::steps_between(set, 16, 16), 0);
    EXPECT_FALSE(fc::steps_between(set, 16, 17).has_value());
    EXPECT_FALSE(fc::steps_between(set, 9, 10).has_value());
}

TEST(DilatorSet, ASizeOnAFormMustBelongToTheSetAndTheMessageListsItsSizes)
{
    const auto set = fc::standard_dilator_set();
    fc::FieldCheck check;
    EXPECT_EQ(fc::dilator_size(check, "dilator-mm", "19", &set), 19);
    EXPECT_EQ(fc::dilator_size(check, "dilator-mm", "19 mm", &set), 19);
    EXPECT_EQ(fc::dilator_size(check, "dilator-mm", "17", nullptr), 17); // no set known: the range only
    EXPECT_TRUE(check.ok());
    EXPECT_FALSE(fc::dilator_size(check, "dilator-mm", "17", &set).has_value());
    ASSERT_EQ(check.errors().size(), 1u);
    EXPECT_EQ(check.errors()[0].rule, "not-in-set");
    EXPECT_EQ(check.errors()[0].message,
              "17 mm is not a size of the set 'Standard 8'; its sizes are 10, 13, 16, 19, 22, 25, 28, 32 mm");
    EXPECT_FALSE(fc::dilator_size(check, "dilator-mm", "61", nullptr).has_value());
    EXPECT_EQ(check.errors().back().rule, "range");
}

TEST(DilatorSet, CatalogueFindsSetsAndItsDefault)
{
    fc::DilatorCatalogue catalogue;
    catalogue.sets.push_back(fc::standard_dilator_set());
    catalogue.sets[0].id = 4;
    EXPECT_EQ(catalogue.default_set(), nullptr);
    catalogue.default_set_id = 4;
    ASSERT_NE(catalogue.default_set(), nullptr);
    EXPECT_EQ(catalogue.default_set()->name, "Standard 8");
    EXPECT_EQ(catalogue.find(5), nullptr);
}

TEST(DilatorSet, MaterialsRoundTripThroughTheirIds)
{
    for (const auto m : fc::all_dilator_materials)
        EXPECT_EQ(fc::parse_dilator_material(fc::to_string(m)), m);
    EXPECT_EQ(fc::to_string(fc::DilatorMaterial::Latex), "latex");
    EXPECT_FALSE(fc::parse_dilator_material("Latex").has_value());
}
