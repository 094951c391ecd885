#include "gui_fixture.h"

#include "dialog_driver.h"
#include "services/clinic.h"
#include "services/clinic_backups.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "ui/app_settings.h"

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/stopwatch.h>
#include <wx/utils.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <vector>
#include <system_error>
#include <unistd.h>

namespace fc::ui::test {

namespace fs = std::filesystem;

void GuiTest::SetUp()
{
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ = fs::temp_directory_path() /
              ("floorchart-gui-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + info->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    AppSettings::Open(folder_ / "settings.ini");
    DialogDriver::Get().Reset();
}

void GuiTest::TearDown()
{
    // Whatever a test left open is closed, so the next one starts clean.
    std::vector<wxFrame*> frames;
    for (auto* window : wxTopLevelWindows)
        if (auto* frame = dynamic_cast<wxFrame*>(window))
            frames.push_back(frame);
    for (auto* frame : frames)
        CloseAndWait(frame);
    EXPECT_EQ(DialogDriver::Get().Pending(), 0u) << "a dialog the test expected never opened";
    for (const auto& message : DialogDriver::Get().TakeMessages())
        ADD_FAILURE() << "unexpected message box: " << message;
    DialogDriver::Get().Reset();
    AppSettings::Close();
    std::error_code ec;
    fs::remove_all(folder_, ec);
}

fs::path GuiTest::MakeClinic(const std::string& file_name, const std::vector<std::string>& clinicians,
                             std::vector<Clinician>* added)
{
    const auto path = folder_ / file_name;
    Clinic clinic(path);
    ClinicianDirectory directory(clinic);
    for (const auto& name : clinicians) {
        auto c = directory.add(ClinicianForm{.name = name}, Actor::nobody());
        if (added)
            added->push_back(c);
    }
    return path;
}

fs::path GuiTest::MakeBackedUpClinic(const std::string& file_name, std::vector<Clinician>* added)
{
    std::vector<Clinician> made;
    const auto path = MakeClinic(file_name, {"Robin Sample"}, &made);
    if (added)
        *added = made;
    Clinic clinic(path);
    const auto robin = ClinicianDirectory(clinic).act_as(made.front().id);
    PatientForm form;
    form.family = "Nakamura";
    form.given = "Yui";
    form.dob = "1990-05-05";
    PatientRecords(clinic, robin).add(form);
    return ClinicBackups(clinic).back_up(std::nullopt, robin);
}

void GuiTest::CutShort(const fs::path& file, std::size_t bytes)
{
    std::string all;
    {
        std::ifstream in(file, std::ios::binary);
        all.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::ofstream(file, std::ios::binary | std::ios::trunc) << all.substr(0, bytes);
}

bool GuiTest::PumpUntil(const std::function<bool()>& done, int timeout_ms)
{
    wxStopWatch watch;
    while (!done()) {
        if (watch.Time() > timeout_ms)
            return false;
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(2);
    }
    return true;
}

void GuiTest::CloseAndWait(wxFrame* frame)
{
    frame->Close(true);
    const bool gone = PumpUntil([frame] { return !wxTopLevelWindows.Find(frame); });
    EXPECT_TRUE(gone) << "the window did not close";
}

void GuiTest::RunMenu(wxFrame& frame, const char* menu, const char* label)
{
    const int id = frame.GetMenuBar()->FindMenuItem(menu, label);
    ASSERT_NE(id, wxNOT_FOUND) << menu << " > " << label;
    wxCommandEvent click(wxEVT_MENU, id);
    click.SetEventObject(&frame);
    frame.ProcessWindowEvent(click);
}

} // namespace fc::ui::test
