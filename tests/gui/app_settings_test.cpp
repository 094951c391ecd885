// The settings facade: what is remembered per clinic file, and the defaults.
#include "gui_fixture.h"
#include "ui/app_settings.h"

namespace fc::ui::test {
namespace {

using AppSettingsTest = GuiTest;

TEST_F(AppSettingsTest, RemembersTheLastClinicianPerClinicFile)
{
    const auto a = folder() / "a.floorchart";
    const auto b = folder() / "b.floorchart";
    EXPECT_EQ(AppSettings::LastClinician(a), std::nullopt);
    AppSettings::SetLastClinician(a, 3);
    AppSettings::SetLastClinician(b, 7);
    EXPECT_EQ(AppSettings::LastClinician(a), 3);
    EXPECT_EQ(AppSettings::LastClinician(folder() / "sub" / ".." / "a.floorchart"), 3) << "the same file";

    AppSettings::Close(); // written to the file, read back
    AppSettings::Open(folder() / "settings.ini");
    EXPECT_EQ(AppSettings::LastClinician(a), 3);
    EXPECT_EQ(AppSettings::LastClinician(b), 7);
}

TEST_F(AppSettingsTest, MainWindowHasADefaultSizeAndNoPlaceAtFirst)
{
    const auto g = AppSettings::MainWindowGeometry();
    EXPECT_FALSE(g.has_position);
    EXPECT_FALSE(g.maximized);
    EXPECT_GT(g.width, 0);
    EXPECT_GT(g.height, 0);

    AppSettings::SetMainWindowGeometry({.has_position = true, .x = 10, .y = 20, .width = 800, .height = 500});
    const auto again = AppSettings::MainWindowGeometry();
    EXPECT_TRUE(again.has_position);
    EXPECT_EQ(again.x, 10);
    EXPECT_EQ(again.y, 20);
    EXPECT_EQ(again.width, 800);
    EXPECT_EQ(again.height, 500);
}

TEST_F(AppSettingsTest, PatientListWidthHasADefaultAndIgnoresNonsense)
{
    const auto first = AppSettings::PatientListWidth();
    EXPECT_GT(first, 0);
    AppSettings::SetPatientListWidth(372);
    EXPECT_EQ(AppSettings::PatientListWidth(), 372);
    AppSettings::SetPatientListWidth(-5); // a damaged settings file
    EXPECT_EQ(AppSettings::PatientListWidth(), first);
}

} // namespace
} // namespace fc::ui::test
