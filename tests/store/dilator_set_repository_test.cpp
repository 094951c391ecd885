// The clinic's catalogue of dilator sets.
#include "store/dilator_set_repository.h"

#include "store_test_clinic.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

using DilatorSetRepositoryTest = fc::test::StoreTestClinic;

TEST_F(DilatorSetRepositoryTest, NewClinicHasTheStandardSetAsDefault)
{
    const auto catalogue = fc::store::DilatorSetRepository(db).catalogue();
    ASSERT_EQ(catalogue.sets.size(), 1u);
    ASSERT_NE(catalogue.default_set(), nullptr);
    EXPECT_EQ(catalogue.default_set_id, catalogue.sets[0].id);
    EXPECT_EQ(catalogue.default_set()->name, "Standard 8");
    EXPECT_EQ(catalogue.default_set()->sizes_mm, fc::standard_dilator_set().sizes_mm);
}

TEST_F(DilatorSetRepositoryTest, SetsRoundTripAndNeverBecomeTheDefault)
{
    fc::store::DilatorSetRepository repo(db);
    const auto standard = repo.catalogue().default_set_id;
    fc::DilatorSet glass{.name = "Glass trio", .material = fc::DilatorMaterial::Glass, .sizes_mm = {12, 20, 28}};
    fc::DilatorSet retired{.name = "Old latex", .material = fc::DilatorMaterial::Latex, .sizes_mm = {5, 60},
                           .active = false};
    const auto glass_id = repo.insert(glass);
    const auto retired_id = repo.insert(retired);

    const auto back = repo.find(glass_id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, glass_id);
    EXPECT_EQ(back->version, 1);
    EXPECT_EQ(back->name, glass.name);
    EXPECT_EQ(back->material, glass.material);
    EXPECT_EQ(back->sizes_mm, glass.sizes_mm);
    EXPECT_TRUE(back->active);
    EXPECT_FALSE(repo.find(retired_id)->active);
    EXPECT_EQ(repo.find(retired_id)->material, fc::DilatorMaterial::Latex);
    EXPECT_FALSE(repo.find(12345));

    const auto catalogue = repo.catalogue();
    std::vector<std::int64_t> ids;
    for (const auto& s : catalogue.sets)
        ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::int64_t>{standard, glass_id, retired_id})); // retired sets stay listed
    EXPECT_EQ(catalogue.default_set_id, standard);
}

TEST_F(DilatorSetRepositoryTest, MalformedStoredSizesAreReportedAsDamaged)
{
    db.exec("PRAGMA ignore_check_constraints = ON");
    db.exec("UPDATE dilator_sets SET sizes_mm = '10,x3'");
    db.exec("PRAGMA ignore_check_constraints = OFF");
    try {
        fc::store::DilatorSetRepository(db).catalogue();
        FAIL() << "malformed sizes were read";
    } catch (const fc::ClinicFileError& e) {
        EXPECT_EQ(e.kind(), fc::ClinicFileError::Kind::Corrupt);
    }
}
