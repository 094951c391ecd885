// Runs the GUI tests inside a real wx application: the tests start once its main loop runs, so
// that windows, modal dialogs and pending events behave as in the app. Given FLOORCHART_TEST_XVFB
// (the Xvfb program; CTest sets it), they run on a virtual display of their own; else on DISPLAY.
// Listing the tests (--gtest_list_tests, as CTest's discovery does) needs no display at all.
#include "dialog_driver.h"
#include "ui/forms.h"
#include "virtual_display.h"

#include <gtest/gtest.h>
#include <wx/app.h>

#include <cstdlib>
#include <optional>

namespace {

int test_status = 1;

class GuiTestApp : public wxApp {
public:
    bool OnInit() override
    {
        SetAppName("floorchart-gui-tests");
        SetVendorName("FloorChart");
        SetExitOnFrameDelete(false); // tests open and close many main windows
        fc::ui::LoadForms();
        fc::ui::test::DialogDriver::Get().Install();
        CallAfter([this] {
            test_status = RUN_ALL_TESTS();
            ExitMainLoop();
        });
        return true;
    }

    int OnExit() override
    {
        fc::ui::test::DialogDriver::Get().Uninstall();
        return wxApp::OnExit();
    }
};

} // namespace

wxIMPLEMENT_APP_NO_MAIN(GuiTestApp);

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests))
        return RUN_ALL_TESTS(); // lists them, runs none
    std::optional<fc::ui::test::VirtualDisplay> display;
    if (const char* xvfb = std::getenv("FLOORCHART_TEST_XVFB")) {
        display.emplace(xvfb);
        unsetenv("FLOORCHART_TEST_XVFB"); // the app or the CLI started by a test shares this display
    }
    const int wx_status = wxEntry(argc, argv); // non-zero when wx cannot start (no display)
    return wx_status != 0 ? wx_status : test_status;
}
