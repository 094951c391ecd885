// The main window with a clinic's patients: the list and its search, the record on the right and
// the patient commands, driven from the keyboard as a clinician would.
#include "dialog_driver.h"
#include "keyboard.h"
#include "patient_window.h"
#include "services/demo_clinic.h"
#include "ui/app_settings.h"
#include "ui/main_frame.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/wx_text.h"

#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace fc::ui::test {
namespace {

using PatientWindow = PatientWindowTest;

std::vector<std::string> Actions(const std::vector<AuditEntry>& entries)
{
    std::vector<std::string> out;
    for (const auto& e : entries)
        out.push_back(e.action);
    return out;
}

wxString InlineError(wxWindow& form, const char* field)
{
    auto* label = dynamic_cast<wxStaticText*>(form.FindWindow(wxString(field) + "_error"));
    if (!label || !label->IsShown())
        return {};
    wxString text = label->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

TEST_F(PatientWindow, AddFindEditAndArchiveAPatientWithTheKeyboard)
{
    Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Okafor", "Adaeze", "1985-01-12")});
    EXPECT_EQ(Listed(), (std::vector<std::string>{"Nakamura, Yui", "Okafor, Adaeze"}));

    // Ctrl+N, the form typed field by field, Enter.
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetTitle(), "New patient");
        ASSERT_TRUE(WaitForFocus(d.FindWindow("family"))) << "the form starts at the family name";
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "required fields are empty";
        Type("Lind");
        Press(WXK_TAB);
        Type("Maja");
        Press(WXK_TAB);
        Type("Mo"); // preferred name
        Press(WXK_TAB);
        EXPECT_FALSE(d.FindWindow(wxID_OK)->IsEnabled()) << "no date of birth yet";
        Type("1984-02-29");
        EXPECT_TRUE(d.FindWindow(wxID_OK)->IsEnabled());
        Press(WXK_RETURN);
        EXPECT_TRUE(PumpUntil([&] { return !d.IsModal(); })) << "Enter adds the patient";
    });
    Press('n', wxMOD_CONTROL);
    EXPECT_EQ(DialogDriver::Get().Pending(), 0u) << "Ctrl+N opened no dialog";

    auto added = Saved().search({.text = "lind"});
    ASSERT_EQ(added.size(), 1u);
    const auto id = added.front().id;
    EXPECT_EQ(added.front().preferred_name, "Mo");
    EXPECT_EQ(to_iso(added.front().dob), "1984-02-29");
    ASSERT_TRUE(WaitForRecordOf(id)) << "the new patient's record is open";
    EXPECT_EQ(List().Selected(), id);

    // Ctrl+F and a few letters find them.
    Press('f', wxMOD_CONTROL);
    auto* search = List().FindWindow("search");
    ASSERT_TRUE(WaitForFocus(search)) << "Ctrl+F goes to the search box";
    Type("lin");
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Listed(), (std::vector<std::string>{"Lind, Maja (Mo)"}));

    // Ctrl+E: an impossible date of birth is refused next to the field, then a real edit is saved.
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_TRUE(d.GetTitle().StartsWith("Edit patient")) << d.GetTitle();
        auto* dob = d.FindWindow("dob");
        dob->SetFocus();
        ASSERT_TRUE(WaitForFocus(dob));
        Press(WXK_END);
        Press(WXK_BACK);
        Press(WXK_BACK);
        Type("30"); // 1984-02-30
        Press(WXK_RETURN); // refused: the message shows, the dialog stays
        EXPECT_TRUE(PumpUntil([&] { return !InlineError(d, "dob").empty(); }));
        EXPECT_EQ(InlineError(d, "dob"),
                  "Date of birth '1984-02-30' is not a real calendar date in the form YYYY-MM-DD");
        EXPECT_TRUE(d.IsModal());
        EXPECT_TRUE(WaitForFocus(dob)) << "the field with the error keeps the focus";
        ASSERT_TRUE(TypeInto(dob, "1984-02-28"));
        EXPECT_TRUE(PumpUntil([&] { return InlineError(d, "dob").empty(); }))
            << "the message goes once the date is right";
        ASSERT_TRUE(TypeInto(d.FindWindow("phone"), "555 0101"));
        Press(WXK_RETURN);
        EXPECT_TRUE(PumpUntil([&] { return !d.IsModal(); })) << "Enter saves";
    });
    Press('e', wxMOD_CONTROL);
    EXPECT_EQ(DialogDriver::Get().Pending(), 0u) << "Ctrl+E opened no dialog";
    auto saved = Saved().get(id);
    EXPECT_EQ(to_iso(saved.dob), "1984-02-28");
    EXPECT_EQ(saved.phone, "555 0101");
    EXPECT_EQ(Workspace().record()->patient.phone, "555 0101") << "the record shows the edit";

    // Archived after confirming: the patient leaves the list, the record says so.
    DialogDriver::Get().Answer(wxID_YES);
    Run(Command::ArchivePatient);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("Archive the record of Lind, Maja (Mo)?")) << messages[0];
    ASSERT_TRUE(WaitForList());
    EXPECT_TRUE(Listed().empty());
    EXPECT_TRUE(Saved().get(id).archived);
    EXPECT_TRUE(Workspace().record()->patient.archived);
    EXPECT_EQ(Actions(Saved().history(id)), (std::vector<std::string>{"create", "open", "update", "archive"}));
}

TEST_F(PatientWindow, ArchivingNeedsConfirmationAndCanBeUndone)
{
    Open({Form("Nakamura", "Yui", "1990-05-05")});
    const auto id = patients_.at(0).id;
    ASSERT_TRUE(Choose(id));

    DialogDriver::Get().Answer(wxID_NO);
    Run(Command::ArchivePatient);
    EXPECT_EQ(DialogDriver::Get().TakeMessages().size(), 1u);
    EXPECT_FALSE(Saved().get(id).archived) << "declined: nothing changes";

    DialogDriver::Get().Answer(wxID_YES);
    Run(Command::ArchivePatient);
    DialogDriver::Get().TakeMessages();
    ASSERT_TRUE(Saved().get(id).archived);

    // Shown again with the archived, and un-archived from the same command.
    RunMenu(*frame_, "View", "Show archived patients");
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Listed(), (std::vector<std::string>{"Nakamura, Yui \u2014 archived"}));
    EXPECT_TRUE(dynamic_cast<wxCheckBox*>(List().FindWindow("show_archived"))->GetValue());
    DialogDriver::Get().Answer(wxID_YES);
    Run(Command::ArchivePatient); // its menu item now says Un-archive
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("Un-archive the record of Nakamura, Yui?")) << messages[0];
    EXPECT_FALSE(Saved().get(id).archived);
}

TEST_F(PatientWindow, ChoosingAPatientOpensTheRecordOnceAndWritesTheAuditTrailOnce)
{
    Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Okafor", "Adaeze", "1985-01-12")});
    const auto id = patients_.at(1).id;
    ASSERT_TRUE(Choose(id));
    // Listing again, searching, repainting: the record stays open, and is not opened again.
    List().FindAgain();
    frame_->Refresh();
    frame_->Update();
    Press('f', wxMOD_CONTROL);
    Type("nak");
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Workspace().record()->patient.id, id) << "the record stays while searching";
    PumpUntil([] { return false; }, 200); // longer than a choice takes to settle
    EXPECT_EQ(Actions(Saved().history(id)), (std::vector<std::string>{"create", "open"}));
}

TEST_F(PatientWindow, ArrowingThroughTheListOpensOnlyWhereItStops)
{
    Open({Form("Adams", "Ann", "1990-01-01"), Form("Baker", "Bea", "1990-01-01"), Form("Clark", "Cai", "1990-01-01"),
          Form("Dunn", "Dee", "1990-01-01")});
    List().FocusList(); // selects the first patient
    ASSERT_TRUE(WaitForFocus(List().FindWindow("patients")));
    Press(WXK_DOWN);
    Press(WXK_DOWN);
    Press(WXK_DOWN);
    ASSERT_TRUE(WaitForRecordOf(patients_.at(3).id));
    EXPECT_EQ(Actions(Saved().history(patients_.at(3).id)), (std::vector<std::string>{"create", "open"}));
    EXPECT_EQ(Actions(Saved().history(patients_.at(1).id)), (std::vector<std::string>{"create"}))
        << "passed over, not opened";
}

TEST_F(PatientWindow, SearchFindsWhatTheCliFindsAndListsEveryMatch)
{
    // More patients than the first page: the rest arrive from the background search.
    std::vector<Clinician> added;
    path_ = MakeClinic("demo.floorchart", {});
    {
        Clinic clinic(path_);
        fill_demo_clinic(clinic, {.patients = 260, .seed = 7});
    }
    auto clinic = std::make_unique<Clinic>(path_);
    PatientRecords records(*clinic, Actor::nobody());
    const auto everyone = records.search({});
    const auto some = records.search({.text = "an"});
    frame_ = OpenMainFrame(std::move(clinic), Actor::nobody());
    ASSERT_TRUE(WaitForList());
    ASSERT_EQ(List().RowCount(), everyone.size());
    EXPECT_EQ(List().Row(259).id, everyone.at(259).id) << "in the service's order";

    dynamic_cast<wxSearchCtrl*>(List().FindWindow("search"))->SetValue("an");
    ASSERT_TRUE(WaitForList());
    ASSERT_EQ(List().RowCount(), some.size());
    for (unsigned i = 0; i < some.size(); ++i)
        ASSERT_EQ(List().Row(i).id, some[i].id) << "row " << i;
    EXPECT_EQ(dynamic_cast<wxStaticText*>(List().FindWindow("count"))->GetLabel(),
              wxString::Format("%zu patients", some.size()));
}

TEST_F(PatientWindow, TheBannerWarnsOfOpenPrecautionsAndTheListMarksThem)
{
    Open({Form("Nakamura", "Yui", "1990-05-05")});
    const auto id = patients_.at(0).id;
    Saved().add_precaution(id, {"fissure", "chronic, 2025", "2026-03-01"});
    List().FindAgain();
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(List().Row(0).open_precautions, 1);
    ASSERT_TRUE(Choose(id));
    auto* warning = dynamic_cast<wxStaticText*>(frame_->FindWindow("open_precautions"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->IsShown());
    wxString text = warning->GetLabelText();
    text.Replace("\n", " ");
    EXPECT_EQ(text, "Open precautions: History of anal fissure (since 2026-03-01)");
    EXPECT_EQ(dynamic_cast<wxStaticText*>(frame_->FindWindow("summary"))->GetLabelText(),
              L"36 years (born 1990-05-05) \u00b7 MRN " + to_wx(patients_.at(0).mrn));
}

TEST_F(PatientWindow, EscapeInTheSearchBoxListsEveryoneAgain)
{
    Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Okafor", "Adaeze", "1985-01-12")});
    Press('f', wxMOD_CONTROL);
    Type("oka");
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Listed().size(), 1u);
    Press(WXK_ESCAPE);
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Listed().size(), 2u);
    Press(WXK_DOWN); // on to the list, the first patient chosen
    EXPECT_TRUE(WaitForFocus(List().FindWindow("patients")));
    EXPECT_TRUE(WaitForRecordOf(patients_.at(0).id));
}

TEST_F(PatientWindow, TabGoesFromTheSearchToTheListAndOnToTheRecord)
{
    Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Okafor", "Adaeze", "1985-01-12")});
    ASSERT_TRUE(Choose(patients_.at(1).id));
    List().FocusSearch();
    ASSERT_TRUE(WaitForFocus(List().FindWindow("search")));
    Press(WXK_TAB);
    EXPECT_TRUE(WaitForFocus(List().FindWindow("show_archived")));
    Press(WXK_TAB);
    auto* patients = List().FindWindow("patients");
    EXPECT_TRUE(WaitForFocus(patients));
    Press(WXK_TAB);
    EXPECT_TRUE(WaitForFocus(frame_->FindWindow("patient_details")->GetParent())) << "on to the record's tabs";
    EXPECT_FALSE(WaitForFocus(frame_->FindWindow("patient_banner"), 0)) << "the banner is only read";
    EXPECT_EQ(List().Selected(), patients_.at(1).id);

    // Typing in the list finds, in the search box; Ctrl+F there keeps the patient chosen.
    patients->SetFocus();
    ASSERT_TRUE(WaitForFocus(patients));
    Type("ok");
    EXPECT_TRUE(WaitForFocus(List().FindWindow("search")));
    EXPECT_EQ(dynamic_cast<wxSearchCtrl*>(List().FindWindow("search"))->GetValue(), "ok");
    ASSERT_TRUE(WaitForList());
    EXPECT_EQ(Listed(), (std::vector<std::string>{"Okafor, Adaeze"}));
    EXPECT_EQ(List().Selected(), patients_.at(1).id);
}

TEST_F(PatientWindow, TheDividerIsRemembered)
{
    Open();
    auto& splitter = Workspace();
    splitter.SetSashPosition(splitter.FromDIP(372));
    CloseAndWait(frame_);
    EXPECT_EQ(AppSettings::PatientListWidth(), 372);
}

} // namespace
} // namespace fc::ui::test
