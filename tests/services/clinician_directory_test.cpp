#include "clinic_fixture.h"

using namespace fc;

namespace {
class ClinicianDirectoryTest : public test::ClinicTest {
protected:
    ClinicianDirectory directory{clinic};
};
} // namespace

TEST_F(ClinicianDirectoryTest, NoClinicianMeansAChangeCannotBeStamped)
{
    EXPECT_THROW(directory.act_as(std::nullopt), ClinicianRequired);
    EXPECT_FALSE(directory.act_as_if_known(std::nullopt).clinician_id.has_value());
}

TEST_F(ClinicianDirectoryTest, TheOnlyActiveClinicianIsChosen)
{
    const auto a = add_clinician("Harriet Ashdown");
    EXPECT_EQ(directory.act_as(std::nullopt).clinician_id, a.clinician_id);
}

TEST_F(ClinicianDirectoryTest, SeveralActiveClinicansNeedAChoice)
{
    const auto a = add_clinician("Harriet Ashdown");
    const auto b = add_clinician("Tomasz Wróbel");
    EXPECT_THROW(directory.act_as(std::nullopt), ClinicianRequired);
    EXPECT_EQ(directory.act_as(b.clinician_id).name, "Tomasz Wróbel");
    directory.set_active(*b.clinician_id, false, a);
    EXPECT_EQ(directory.act_as(std::nullopt).clinician_id, a.clinician_id);
    EXPECT_THROW(directory.act_as(b.clinician_id), InvalidInput);
    EXPECT_THROW(directory.act_as(std::int64_t{42}), NotFound);
}

TEST_F(ClinicianDirectoryTest, AddValidatesAndLists)
{
    EXPECT_THROW(directory.add({"  ", "", ""}, Actor::nobody()), InvalidInput);
    add_clinician("Tomasz Wróbel");
    add_clinician("Aoife Ní Riain");
    const auto all = directory.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].name, "Aoife Ní Riain");
    EXPECT_EQ(all[0].profession, "Physiotherapist");
}
