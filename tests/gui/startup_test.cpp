// Start-up as the app does it (OpenMainFrameOn): the clinic file from --db and the clinician from
// --clinician, or the questions and messages when they cannot be used.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "ui/app_settings.h"
#include "ui/language.h"
#include "ui/main_frame.h"

#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <clocale>
#include <cstdio>
#include <fstream>

namespace fc::ui::test {
namespace {

class StartUp : public GuiTest {
protected:
    // Starts like `floorchart --db path [--clinician id]` and waits until the start-up is done.
    wxFrame* Start(const std::filesystem::path& path, std::optional<std::int64_t> clinician = std::nullopt)
    {
        auto* frame = OpenMainFrameOn(path, clinician);
        EXPECT_TRUE(frame->IsShown());
        const bool settled = PumpUntil([frame] {
            const auto status = frame->GetStatusBar()->GetStatusText(0);
            return status != "No clinic file open" || frame->FindWindow("details")->GetLabel().Contains("\n");
        });
        EXPECT_TRUE(settled) << "start-up did not finish";
        return frame;
    }

    static wxString Status(wxFrame* frame, int field) { return frame->GetStatusBar()->GetStatusText(field); }
};

TEST_F(StartUp, WithAValidClinicianAsksNothing)
{
    std::vector<Clinician> added;
    const auto path = MakeClinic("clinic.floorchart", {"Robin Sample", "Alex Example"}, &added);
    auto* frame = Start(path, added.at(1).id);
    EXPECT_EQ(frame->GetTitle(), "FloorChart - clinic.floorchart");
    EXPECT_EQ(Status(frame, 1), "Clinician: Alex Example");
}

TEST_F(StartUp, AsksWhoIsWorkingWithTheLastChoicePreselected)
{
    std::vector<Clinician> added;
    const auto path = MakeClinic("clinic.floorchart", {"Robin Sample", "Alex Example"}, &added);
    AppSettings::SetLastClinician(path, added.at(1).id);
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(XRCCTRL(d, "clinicians", wxListBox)->GetStringSelection(), "Alex Example (Physiotherapist)");
        Click(d, wxID_OK);
    });
    auto* frame = Start(path);
    EXPECT_EQ(Status(frame, 1), "Clinician: Alex Example");
}

TEST_F(StartUp, WithAnUnknownClinicianSaysSoAndAsks)
{
    std::vector<Clinician> added;
    const auto path = MakeClinic("clinic.floorchart", {"Robin Sample", "Alex Example"}, &added);
    DialogDriver::Get().Expect([](wxDialog& d) {
        auto* list = XRCCTRL(d, "clinicians", wxListBox);
        list->SetSelection(list->FindString("Robin Sample (Physiotherapist)"));
        Click(d, wxID_OK);
    });
    auto* frame = Start(path, 99);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("Clinician 99 cannot work in clinic.floorchart")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("clinician 99 not found")) << messages[0];
    EXPECT_EQ(Status(frame, 1), "Clinician: Robin Sample");
    EXPECT_EQ(AppSettings::LastClinician(path), added.at(0).id);
}

TEST_F(StartUp, DecliningToChooseOpensTheClinicWithNoClinician)
{
    const auto path = MakeClinic("clinic.floorchart", {"Robin Sample", "Alex Example"});
    DialogDriver::Get().Expect([](wxDialog& d) { Click(d, wxID_CANCEL); });
    auto* frame = Start(path);
    EXPECT_EQ(frame->GetTitle(), "FloorChart - clinic.floorchart");
    EXPECT_EQ(Status(frame, 1), "No clinician");
}

TEST_F(StartUp, ANewClinicAsksForItsFirstClinician)
{
    const auto path = folder() / "new.floorchart";
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "add_clinician");
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("Robin Sample");
        Click(d, wxID_OK);
    });
    auto* frame = Start(path);
    EXPECT_TRUE(std::filesystem::exists(path)) << "the clinic file is created on first use";
    EXPECT_EQ(Status(frame, 1), "Clinician: Robin Sample");
    Clinic clinic(path);
    ASSERT_EQ(ClinicianDirectory(clinic).list().size(), 1u);
}

TEST_F(StartUp, AFileThatIsNotAClinicIsExplainedAndAnotherOffered)
{
    const auto path = folder() / "letter.floorchart";
    std::ofstream(path) << "Dear colleague, this is not a clinic file.\n";
    auto* frame = Start(path);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("is not a FloorChart clinic file")) << messages[0];
    EXPECT_EQ(frame->GetTitle(), "FloorChart");
    EXPECT_EQ(Status(frame, 0), "No clinic file open");
    EXPECT_EQ(Status(frame, 1), "No clinician");
    EXPECT_TRUE(frame->FindWindow("details")->GetLabel().Contains("is not a FloorChart clinic file"));
    EXPECT_TRUE(frame->FindWindow("open_clinic")->IsShown());
    EXPECT_TRUE(frame->FindWindow("new_clinic")->IsShown());
    std::ifstream in(path);
    std::string first_line;
    std::getline(in, first_line);
    EXPECT_EQ(first_line, "Dear colleague, this is not a clinic file.") << "the file was not touched";
}

TEST(Language, NumbersStayUnlocalised)
{
    UseUserLanguage();
    EXPECT_STREQ(std::setlocale(LC_NUMERIC, nullptr), "C");
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", 1.5);
    EXPECT_STREQ(text, "1.5");
}

} // namespace
} // namespace fc::ui::test
