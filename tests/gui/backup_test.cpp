// Backups from the app: File > Back up now, and the automatic backup when the window closes (at
// most once a day, rotated), in the backups folder beside the clinic file.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/clinic_backups.h"
#include "ui/main_frame.h"

#include <wx/frame.h>

namespace fc::ui::test {
namespace {

class BackupTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
    }
    int Automatic() const
    {
        int n = 0;
        for (const auto& b : list_backups(path_))
            n += automatic_backup_date(b.name, path_.stem().string()) ? 1 : 0;
        return n;
    }
};

TEST_F(BackupTest, BackUpNowWritesACheckedBackupAndSaysWhere)
{
    RunMenu(*frame_, "File", "Back up now");
    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 1u);
    EXPECT_TRUE(told[0].StartsWith("The clinic is backed up.")) << told[0];
    const auto backups = list_backups(path_);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_TRUE(told[0].Contains(wxString(backups[0].path.string()))) << told[0];
    EXPECT_TRUE(verify_backup(backups[0].path).ok);
    EXPECT_EQ(verify_backup(backups[0].path).patients, 1);
    EXPECT_EQ(Automatic(), 0) << "made by hand: never rotated away";
}

TEST_F(BackupTest, ClosingTheWindowBacksUpOnceADay)
{
    EXPECT_EQ(Automatic(), 0);
    CloseAndWait(frame_);
    EXPECT_EQ(Automatic(), 1);
    auto clinic = std::make_unique<Clinic>(path_);
    clinic->set_today([] { return pinned_today; });
    frame_ = OpenMainFrame(std::move(clinic), clinician_);
    CloseAndWait(frame_);
    frame_ = nullptr;
    EXPECT_EQ(Automatic(), 1) << "the second close of the day adds none";
    EXPECT_TRUE(verify_backup(list_backups(path_).front().path).ok);
}

} // namespace
} // namespace fc::ui::test
