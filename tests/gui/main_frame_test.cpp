// The main window on a clinic file: what its title, status bar and menu say, and that its menu
// items do what they say.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "ui/app_settings.h"
#include "ui/main_frame.h"

#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui::test {
namespace {

class MainFrameTest : public GuiTest {
protected:
    // A main window on a new clinic with these clinicians, the first one working.
    wxFrame* Open(const std::vector<std::string>& clinicians, bool with_clinician = true)
    {
        path_ = MakeClinic("Riverside Pelvic Health.floorchart", clinicians, &clinicians_);
        auto clinic = std::make_unique<Clinic>(path_);
        const auto actor =
            with_clinician ? ClinicianDirectory(*clinic).act_as(clinicians_.front().id) : Actor::nobody();
        return OpenMainFrame(std::move(clinic), actor);
    }

    std::filesystem::path path_;
    std::vector<Clinician> clinicians_;
};

wxString Accelerator(wxMenuItem* item)
{
    std::unique_ptr<wxAcceleratorEntry> accel(item ? item->GetAccel() : nullptr);
    return accel ? accel->ToString() : wxString();
}

TEST_F(MainFrameTest, TitleNamesTheClinicFile)
{
    auto* frame = Open({"Robin Sample"});
    EXPECT_EQ(frame->GetTitle(), "FloorChart - Riverside Pelvic Health.floorchart");
    EXPECT_TRUE(frame->IsShown());
}

TEST_F(MainFrameTest, StatusBarShowsTheClinicPathAndTheClinician)
{
    auto* frame = Open({"Robin Sample", "Alex Example"});
    auto* status = frame->GetStatusBar();
    ASSERT_NE(status, nullptr);
    ASSERT_EQ(status->GetFieldsCount(), 3);
    EXPECT_EQ(status->GetStatusText(0), wxString(path_.string()));
    EXPECT_EQ(status->GetStatusText(1), "Clinician: Robin Sample");
    EXPECT_EQ(status->GetStatusText(2), "No red flags to review");
}

TEST_F(MainFrameTest, StatusBarSaysWhenNoClinicianIsWorking)
{
    auto* frame = Open({"Robin Sample"}, false);
    EXPECT_EQ(frame->GetStatusBar()->GetStatusText(1), "No clinician");
    EXPECT_TRUE(PumpUntil([frame] { return frame->FindWindow("no_clinician")->IsShown(); }))
        << "a bar offers to choose one";
    EXPECT_TRUE(frame->FindWindow("patient_list")->IsShownOnScreen()) << "records can be looked at";
}

TEST_F(MainFrameTest, MenuHasOpenClinicPatientCommandsQuitAndAbout)
{
    auto* frame = Open({"Robin Sample"});
    auto* bar = frame->GetMenuBar();
    ASSERT_NE(bar, nullptr);

    const int open = bar->FindMenuItem("File", "Open clinic...");
    ASSERT_NE(open, wxNOT_FOUND);
    EXPECT_EQ(Accelerator(bar->FindItem(open)), "Ctrl+O");

    auto* quit = bar->FindItem(wxID_EXIT);
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->GetItemLabelText(), "Quit");
    EXPECT_EQ(Accelerator(quit), "Ctrl+Q");

    for (const auto& [label, shortcut] : {std::pair{"New patient...", "Ctrl+N"}, std::pair{"Edit patient...", "Ctrl+E"},
                                           std::pair{"Find patient", "Ctrl+F"}}) {
        const int item = bar->FindMenuItem("Patient", label);
        ASSERT_NE(item, wxNOT_FOUND) << label;
        EXPECT_EQ(Accelerator(bar->FindItem(item)), shortcut) << label;
    }

    auto* about = bar->FindItem(wxID_ABOUT);
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(bar->GetMenuLabelText(bar->FindMenu("Help")), "Help");
    EXPECT_NE(bar->FindMenuItem("Help", about->GetItemLabelText()), wxNOT_FOUND) << "About is in the Help menu";
}

TEST_F(MainFrameTest, ChangeClinicianUpdatesTheStatusBarAndIsRemembered)
{
    auto* frame = Open({"Robin Sample", "Alex Example"});
    DialogDriver::Get().Expect([](wxDialog& d) {
        auto* list = XRCCTRL(d, "clinicians", wxListBox);
        list->SetSelection(list->FindString("Alex Example (Physiotherapist)"));
        Click(d, wxID_OK);
    });
    RunMenu(*frame, "File", "Change clinician...");
    EXPECT_EQ(frame->GetStatusBar()->GetStatusText(1), "Clinician: Alex Example");
    EXPECT_EQ(AppSettings::LastClinician(path_), clinicians_.at(1).id);
}

TEST_F(MainFrameTest, QuitClosesTheWindowAndRemembersItsPlace)
{
    auto* frame = Open({"Robin Sample"});
    EXPECT_FALSE(AppSettings::MainWindowGeometry().has_position);
    RunMenu(*frame, "File", "Quit");
    EXPECT_TRUE(PumpUntil([frame] { return !wxTopLevelWindows.Find(frame); })) << "Quit did not close the window";
    const auto remembered = AppSettings::MainWindowGeometry();
    EXPECT_TRUE(remembered.has_position);
    EXPECT_GT(remembered.width, 0);
}

} // namespace
} // namespace fc::ui::test
