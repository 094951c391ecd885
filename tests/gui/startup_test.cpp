// Start-up as the app does it (OpenMainFrameOn): the clinic file from --db and the clinician from
// --clinician, or the questions and messages when they cannot be used.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "support/file_bytes.h"
#include "support/machine_skip.h"
#include "support/read_only_folder.h"
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
#include <filesystem>
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

    // Starts on folder()/clinic.floorchart, made unusable by the test, agrees to restore the newest
    // backup when `question` is asked, and expects the restored clinic open.
    void StartsRestored(std::int64_t clinician, const char* question)
    {
        const auto path = folder() / "clinic.floorchart";
        DialogDriver::Get().Answer(wxID_YES); // restore
        auto* frame = Start(path, clinician);
        const auto messages = DialogDriver::Get().TakeMessages();
        ASSERT_EQ(messages.size(), 2u) << messages.back();
        EXPECT_TRUE(messages[0].StartsWith(question)) << messages[0];
        EXPECT_TRUE(messages[1].StartsWith("The backup is restored.")) << messages[1];
        EXPECT_EQ(Status(frame, 0), wxString(path.string())) << "the restored clinic is open";
        EXPECT_EQ(Status(frame, 1), "Clinician: Robin Sample");
    }
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
    DialogDriver::Get().Answer(wxID_YES); // start a new clinic there
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "add_clinician");
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("Robin Sample");
        Click(d, wxID_OK);
    });
    auto* frame = Start(path);
    EXPECT_TRUE(std::filesystem::exists(path)) << "the clinic file is created when the clinician agrees";
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("There is no clinic file here yet. Start a new clinic?")) << messages[0];
    EXPECT_EQ(Status(frame, 1), "Clinician: Robin Sample");
    Clinic clinic(path);
    ASSERT_EQ(ClinicianDirectory(clinic).list().size(), 1u);
}

TEST_F(StartUp, AMissingClinicIsNeverCreatedUnasked)
{
    const auto path = folder() / "mistyped.floorchart";
    DialogDriver::Get().Answer(wxID_NO);
    auto* frame = Start(path);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u) << "only the question";
    EXPECT_FALSE(std::filesystem::exists(path)) << "declined: no clinic file made";
    EXPECT_EQ(Status(frame, 0), "No clinic file open");
    EXPECT_TRUE(frame->FindWindow("details")->GetLabel().Contains("There is no clinic file at"));
}

TEST_F(StartUp, AnEmptyClinicFileOffersTheNewestGoodBackup)
{
    std::vector<Clinician> added;
    MakeBackedUpClinic("clinic.floorchart", &added);
    CutShort(folder() / "clinic.floorchart", 0); // a failed copy, a full disk
    StartsRestored(added.front().id, "The clinic file is empty. Restore the newest good backup?");
}

TEST_F(StartUp, AMissingClinicFileOffersTheNewestGoodBackup)
{
    std::vector<Clinician> added;
    MakeBackedUpClinic("clinic.floorchart", &added);
    std::filesystem::remove(folder() / "clinic.floorchart");
    StartsRestored(added.front().id, "The clinic file is missing. Restore the newest good backup?");
}

TEST_F(StartUp, ABackupIsExplainedAndNeverOpenedAsTheClinic)
{
    std::vector<Clinician> added;
    const auto backup = MakeBackedUpClinic("clinic.floorchart", &added);
    const auto before = fc::test::read_all(backup);
    auto* frame = Start(backup, added.front().id);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("is a FloorChart backup, not the clinic file")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("floorchart-cli restore")) << messages[0];
    EXPECT_EQ(Status(frame, 0), "No clinic file open");
    EXPECT_EQ(fc::test::read_all(backup), before) << "the backup was not touched";
    EXPECT_FALSE(std::filesystem::exists(backup.string() + "-wal"));
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

TEST_F(StartUp, ADamagedClinicOffersTheNewestGoodBackupAndKeepsTheDamagedFile)
{
    std::vector<Clinician> added;
    MakeBackedUpClinic("clinic.floorchart", &added);
    const auto path = folder() / "clinic.floorchart";
    CutShort(path, 5000); // inside its first pages

    DialogDriver::Get().Answer(wxID_YES); // restore
    auto* frame = Start(path, added.front().id);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 2u) << messages.back();
    EXPECT_TRUE(messages[0].StartsWith("The clinic file is damaged. Restore the newest good backup?")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("1 patients")) << messages[0];
    EXPECT_TRUE(messages[1].StartsWith("The backup is restored.")) << messages[1];
    EXPECT_EQ(Status(frame, 0), wxString(path.string())) << "the restored clinic is open";
    EXPECT_EQ(Status(frame, 1), "Clinician: Robin Sample");
    bool kept = false;
    for (const auto& entry : std::filesystem::directory_iterator(folder()))
        kept |= entry.path().filename().string().find(".replaced-by-restore-") != std::string::npos &&
                std::filesystem::file_size(entry.path()) == 5000;
    EXPECT_TRUE(kept) << "the damaged file is kept beside, as it was";
}

TEST_F(StartUp, ADamagedClinicWithNoBackupIsExplainedAndLeftAlone)
{
    const auto path = MakeClinic("clinic.floorchart", {"Robin Sample"});
    CutShort(path, 5000);
    auto* frame = Start(path);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u) << "no backup to offer: only why the file cannot be used";
    EXPECT_EQ(Status(frame, 0), "No clinic file open");
    EXPECT_EQ(std::filesystem::file_size(path), 5000u) << "the damaged file was not touched";
}

TEST_F(StartUp, AClinicOnAReadOnlyShareIsExplainedAndLeftUnchanged)
{
    fc::test::ReadOnlyFolder share(folder() / "share");
    if (!share.usable())
        FC_SKIP_ON_THIS_MACHINE() << "cannot make a read-only folder for root here (no tmpfs mount)";
    const auto made = MakeClinic("clinic.floorchart", {"Robin Sample"});
    const auto path = share.path() / "clinic.floorchart";
    std::filesystem::copy_file(made, path);
    const auto size = std::filesystem::file_size(path);
    ASSERT_TRUE(share.seal());
    auto* frame = Start(path);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("is read-only")) << messages[0];
    EXPECT_TRUE(messages[0].Contains("Copy it to a folder you can write to")) << messages[0];
    EXPECT_EQ(Status(frame, 0), "No clinic file open");
    EXPECT_TRUE(frame->FindWindow("details")->GetLabel().Contains("is read-only"));
    EXPECT_TRUE(frame->FindWindow("open_clinic")->IsShown());
    EXPECT_EQ(std::filesystem::file_size(path), size) << "the file was not touched";
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
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
