// Runs the GUI tests inside a real wx application: the tests start once its main loop runs, so
// that windows, modal dialogs and pending events behave as in the app.
#include "dialog_driver.h"
#include "ui/forms.h"

#include <gtest/gtest.h>
#include <wx/app.h>

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
    const int wx_status = wxEntry(argc, argv); // non-zero when wx cannot start (no display)
    return wx_status != 0 ? wx_status : test_status;
}
