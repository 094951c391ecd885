// The progress window of long operations: nothing for an operation quicker than the delay, then
// an application-modal dialog that follows the count (a moving bar while nothing is counted) and
// is gone, with the other windows usable again, when the operation ends.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinic_backups.h"
#include "ui/main_frame.h"
#include "ui/progress_window.h"

#include <wx/frame.h>
#include <wx/progdlg.h>
#include <wx/statusbr.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fc::ui::test {
namespace {

wxString Counted(int done, int total)
{
    return total > 0 ? wxString::Format("step %d of %d", done, total) : wxString("getting ready");
}

wxGenericProgressDialog* OpenProgressDialog()
{
    for (auto* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxGenericProgressDialog*>(window); dialog && !window->IsBeingDeleted())
            return dialog;
    return nullptr;
}

class ProgressWindowTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        frame_ = new wxFrame(nullptr, wxID_ANY, "Clinic");
        frame_->Show();
    }
    void TearDown() override
    {
        ProgressWindow::SetDelayForTests(std::chrono::milliseconds(200));
        GuiTest::TearDown(); // closes the frame
    }
    // The test's own clock: time moves only when the test moves it.
    ProgressWindow::Now Clock()
    {
        return [this] { return now_; };
    }
    wxFrame* frame_ = nullptr;
    ProgressPacing::Clock::time_point now_{std::chrono::seconds(1000)};
};

TEST_F(ProgressWindowTest, AnOperationQuickerThanTheDelayShowsNothing)
{
    ProgressWindow progress(frame_, "Working", Counted, Clock());
    for (int i = 0; i <= 10; ++i) {
        now_ += std::chrono::milliseconds(18); // the last count at 198 ms
        progress(i, 10);
    }
    EXPECT_FALSE(progress.shown());
    EXPECT_EQ(OpenProgressDialog(), nullptr);
    EXPECT_TRUE(frame_->IsEnabled());
}

TEST_F(ProgressWindowTest, ALongerOneShowsItsCountUntilItEnds)
{
    {
        ProgressWindow progress(frame_, "Working", Counted, Clock());
        now_ += std::chrono::milliseconds(199);
        progress(0, 0);
        EXPECT_FALSE(progress.shown()) << "called before the delay was up";
        now_ += std::chrono::milliseconds(1);
        progress(0, 0);
        ASSERT_TRUE(progress.shown());
        auto* dialog = OpenProgressDialog();
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->IsShown());
        EXPECT_EQ(dialog->GetTitle(), "Working");
        EXPECT_EQ(dialog->GetMessage(), "getting ready");
        EXPECT_FALSE(frame_->IsEnabled()) << "application-modal: nothing else can start meanwhile";

        now_ += std::chrono::milliseconds(40); // the repaint interval
        progress(3, 10);
        EXPECT_EQ(dialog->GetMessage(), "step 3 of 10");
        EXPECT_EQ(dialog->GetValue(), 3);
        EXPECT_GT(dialog->GetRange(), 10) << "never at its end by itself: it would hide before the work is done";

        now_ += std::chrono::milliseconds(40);
        progress(10, 10);
        EXPECT_EQ(dialog->GetMessage(), "step 10 of 10");
        EXPECT_TRUE(dialog->IsShown()) << "the work after the last step (a check) still shows";
    }
    EXPECT_EQ(OpenProgressDialog(), nullptr) << "closed with the operation";
    EXPECT_TRUE(frame_->IsEnabled());
}

// A quick copy between two slow checks: each phase (getting ready, counting, the work after the
// count) shows as soon as it starts, even within the repaint interval (ProgressPacing decides; this
// is the window doing as told).
TEST_F(ProgressWindowTest, EachPhaseShowsAtOnceEvenWithinTheRepaintInterval)
{
    ProgressWindow::SetDelayForTests(std::chrono::milliseconds(0));
    std::vector<wxString> seen;
    ProgressWindow::WatchForTests([&](wxDialog& dialog) {
        if (auto* progress = dynamic_cast<wxGenericProgressDialog*>(&dialog))
            seen.push_back(progress->GetMessage());
    });
    {
        ProgressWindow progress(frame_, "Working", Counted, Clock());
        progress(0, 0);
        progress(1, 10); // all at the same instant
        progress(2, 10); // the same phase: waits for the next repaint
        progress(10, 10);
    }
    ProgressWindow::WatchForTests({});
    EXPECT_EQ(seen, (std::vector<wxString>{"getting ready", "step 1 of 10", "step 10 of 10"}));
}

// The restore offered when the clinic file is damaged: looking through the backups (a damaged one
// first), then restoring the good one, each with its window.
TEST_F(ProgressWindowTest, ARestoreAtStartShowsItsProgressAndRestoresTheRecords)
{
    namespace fs = std::filesystem;
    std::vector<Clinician> added;
    const fs::path good = MakeBackedUpClinic("clinic.floorchart", &added);
    const auto path = folder() / "clinic.floorchart";
    // A newer backup that fails its check, looked at first.
    const auto bad = good.parent_path() / "clinic-newer.floorchart";
    fs::copy_file(good, bad);
    {
        std::fstream f(bad, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 2);
        const std::string noise(4096 * 4, '\x5a');
        f.write(noise.data(), static_cast<std::streamsize>(noise.size()));
    }
    fs::last_write_time(bad, fs::last_write_time(good) + std::chrono::hours(1));
    ASSERT_EQ(list_backups(path).front().path, bad);
    CutShort(path, 5000);

    ProgressWindow::SetDelayForTests(std::chrono::milliseconds(0));
    std::vector<wxString> titles;
    ProgressWindow::WatchForTests([&](wxDialog& dialog) {
        if (titles.empty() || titles.back() != dialog.GetTitle())
            titles.push_back(dialog.GetTitle());
    });
    DialogDriver::Get().Answer(wxID_YES); // restore
    auto* frame = OpenMainFrameOn(path, added.front().id);
    ASSERT_TRUE(PumpUntil([&] { return frame->GetStatusBar()->GetStatusText(0) == wxString(path.string()); }))
        << "the restored clinic never opened";
    ProgressWindow::WatchForTests({});
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_TRUE(messages[1].StartsWith("The backup is restored.")) << messages[1];
    EXPECT_EQ(titles, (std::vector<wxString>{"Looking for a good backup", "Restoring the backup"}));
    EXPECT_EQ(OpenProgressDialog(), nullptr);
    EXPECT_EQ(verify_backup(path).patients, 1) << "the records of the good backup";
}

} // namespace
} // namespace fc::ui::test
