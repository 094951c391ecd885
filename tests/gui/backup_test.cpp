// Backups from the app: File > Back up now, and the automatic backup when the window closes (at
// most once a day, rotated), in the backups folder beside the clinic file.
#include "dialog_driver.h"
#include "patient_window.h"
#include "services/clinic_backups.h"
#include "services/demo_clinic.h"
#include "ui/main_frame.h"
#include "ui/progress_window.h"

#include <wx/frame.h>
#include <wx/progdlg.h>

#include <chrono>
#include <vector>

namespace fc::ui::test {
namespace {

class BackupTest : public PatientWindowTest {
protected:
    void SetUp() override
    {
        PatientWindowTest::SetUp();
        Open({Form("Nakamura", "Yui", "1990-05-05")});
    }
    void TearDown() override
    {
        ProgressWindow::SetDelayForTests(std::chrono::milliseconds(200));
        ProgressWindow::WatchForTests({});
        PatientWindowTest::TearDown();
    }
    // What the progress windows showed: their titles and messages, and whether the main window
    // could be used meanwhile.
    struct Seen {
        std::vector<wxString> titles;
        std::vector<wxString> messages;
        bool shown = true;
        bool main_window_usable = false;
    };
    void WatchProgress()
    {
        ProgressWindow::SetDelayForTests(std::chrono::milliseconds(0)); // as if the clinic were large
        seen_ = {};
        ProgressWindow::WatchForTests([this](wxDialog& dialog) {
            seen_.titles.push_back(dialog.GetTitle());
            if (auto* progress = dynamic_cast<wxGenericProgressDialog*>(&dialog))
                seen_.messages.push_back(progress->GetMessage());
            seen_.shown = seen_.shown && dialog.IsShown();
            seen_.main_window_usable = seen_.main_window_usable || (frame_ && frame_->IsEnabled());
        });
    }
    bool Showed(const wxString& start) const
    {
        for (const auto& m : seen_.messages)
            if (m.StartsWith(start))
                return true;
        return false;
    }
    Seen seen_;

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

TEST_F(BackupTest, ALongBackupShowsItsProgressAndIsStillWhole)
{
    // Enough for a copy of several steps (256 pages each).
    fill_demo_clinic(SavedClinic(), {.patients = 80, .seed = 3});
    WatchProgress();
    RunMenu(*frame_, "File", "Back up now");
    ASSERT_FALSE(seen_.titles.empty()) << "no progress window";
    EXPECT_EQ(seen_.titles.front(), "Backing up");
    EXPECT_TRUE(seen_.shown);
    EXPECT_FALSE(seen_.main_window_usable) << "application-modal while it runs";
    EXPECT_TRUE(Showed("Copying the clinic file into the backup: page ")) << "the pages are counted";
    for (auto* window : wxTopLevelWindows)
        EXPECT_EQ(dynamic_cast<wxGenericProgressDialog*>(window), nullptr) << "closed when done";
    EXPECT_TRUE(frame_->IsEnabled());

    const auto told = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(told.size(), 1u);
    EXPECT_TRUE(told[0].StartsWith("The clinic is backed up.")) << told[0];
    const auto backups = list_backups(path_);
    ASSERT_EQ(backups.size(), 1u);
    const auto check = verify_backup(backups[0].path);
    EXPECT_TRUE(check.ok);
    EXPECT_EQ(check.patients, 81);
}

TEST_F(BackupTest, TheAutomaticBackupAtCloseShowsItsProgressToo)
{
    WatchProgress();
    CloseAndWait(frame_);
    frame_ = nullptr;
    ASSERT_FALSE(seen_.titles.empty()) << "no progress window";
    EXPECT_EQ(seen_.titles.front(), "Automatic backup");
    EXPECT_EQ(Automatic(), 1);
    EXPECT_TRUE(verify_backup(list_backups(path_).front().path).ok);
}

} // namespace
} // namespace fc::ui::test
