// The clinician dialogs, driven as a user would: typing into fields, clicking buttons.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "ui/clinician_dialogs.h"

#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <optional>
#include <string>

namespace fc::ui::test {
namespace {

class ClinicianDialogs : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        clinic_.emplace(folder() / "clinic.floorchart");
        directory_.emplace(*clinic_);
    }
    void TearDown() override
    {
        directory_.reset();
        clinic_.reset();
        GuiTest::TearDown();
    }

    std::optional<Clinic> clinic_;
    std::optional<ClinicianDirectory> directory_;
};

// The error label next to `field`: shown, and below the field's own control.
wxString InlineError(wxDialog& dialog, const char* field)
{
    auto* control = dialog.FindWindow(field);
    auto* label = dynamic_cast<wxStaticText*>(dialog.FindWindow(wxString(field) + "_error"));
    if (!control || !label || !label->IsShown())
        return {};
    EXPECT_GT(label->GetPosition().y, control->GetPosition().y) << field << ": the message is not below the field";
    EXPECT_EQ(label->GetPosition().x, control->GetPosition().x) << field << ": the message is not aligned with it";
    wxString text = label->GetLabelText();
    text.Replace("\n", " "); // wrapped to the field's width
    return text;
}

bool AddEnabled(wxDialog& dialog)
{
    return dialog.FindWindow(wxID_OK)->IsEnabled();
}

TEST_F(ClinicianDialogs, AddIsDisabledWhileTheNameIsEmpty)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        auto* name = XRCCTRL(d, "name", wxTextCtrl);
        ASSERT_NE(name, nullptr);
        EXPECT_FALSE(AddEnabled(d));
        name->SetValue("   ");
        EXPECT_FALSE(AddEnabled(d)) << "a name of spaces is no name";
        EXPECT_EQ(InlineError(d, "name"), "") << "no scolding before anything was typed";
        name->SetValue("Robin Sample");
        EXPECT_TRUE(AddEnabled(d));
        name->SetValue("");
        EXPECT_FALSE(AddEnabled(d));
        Click(d, wxID_CANCEL);
    });
    EXPECT_FALSE(ShowAddClinicianDialog(nullptr, *directory_, Actor::nobody(), wxString()).has_value());
    EXPECT_TRUE(directory_->list().empty());
}

TEST_F(ClinicianDialogs, ShowsTheCoresMessageNextToATooLongName)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        auto* name = XRCCTRL(d, "name", wxTextCtrl);
        name->SetValue(std::string(101, 'A'));
        EXPECT_EQ(InlineError(d, "name"), "Name is 101 characters long; at most 100 are allowed");
        EXPECT_FALSE(AddEnabled(d));
        name->SetValue(std::string(100, 'A'));
        EXPECT_EQ(InlineError(d, "name"), "") << "the message goes once the name is right";
        EXPECT_TRUE(AddEnabled(d));
        Click(d, wxID_CANCEL);
    });
    ShowAddClinicianDialog(nullptr, *directory_, Actor::nobody(), wxString());
}

TEST_F(ClinicianDialogs, ShowsTheCoresMessageNextToControlCharacters)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("Robin Sample");
        XRCCTRL(d, "registration", wxTextCtrl)->SetValue("PH\x07" "123");
        EXPECT_EQ(InlineError(d, "registration"),
                  "Registration number must not contain control characters or line breaks");
        EXPECT_EQ(InlineError(d, "name"), "");
        EXPECT_FALSE(AddEnabled(d));
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("Robin\x01 Sample");
        EXPECT_EQ(InlineError(d, "name"), "Name must not contain control characters or line breaks");
        Click(d, wxID_CANCEL);
    });
    ShowAddClinicianDialog(nullptr, *directory_, Actor::nobody(), wxString());
    EXPECT_TRUE(directory_->list().empty());
}

TEST_F(ClinicianDialogs, AddsTheClinicianWithTheCoresDefaults)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("  Robin Sample ");
        XRCCTRL(d, "registration", wxTextCtrl)->SetValue("PH-000123");
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal()) << "Add closes the dialog";
    });
    const auto added = ShowAddClinicianDialog(nullptr, *directory_, Actor::nobody(), "Intro for the test");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->name, "Robin Sample");
    EXPECT_EQ(added->profession, "Physiotherapist");
    EXPECT_EQ(added->registration, "PH-000123");
    const auto stored = directory_->list();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().id, added->id);
}

TEST_F(ClinicianDialogs, ChoosePreselectsAndReturnsTheChosenClinician)
{
    const auto first = directory_->add({.name = "Alex Example"}, Actor::nobody());
    const auto second = directory_->add({.name = "Sam Placeholder", .profession = "Continence nurse"},
                                        Actor{first.id, first.name});
    DialogDriver::Get().Expect([](wxDialog& d) {
        auto* list = XRCCTRL(d, "clinicians", wxListBox);
        ASSERT_EQ(list->GetCount(), 2u);
        ASSERT_NE(list->GetSelection(), wxNOT_FOUND);
        EXPECT_EQ(list->GetString(list->GetSelection()), "Sam Placeholder (Continence nurse)");
        list->SetSelection(list->FindString("Alex Example (Physiotherapist)"));
        Click(d, wxID_OK);
    });
    const auto chosen =
        ShowChooseClinicianDialog(nullptr, *directory_, Actor::nobody(), second.id, "clinic.floorchart");
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen->id, first.id);
}

TEST_F(ClinicianDialogs, ChooseCanAddAClinicianAndSelectsThem)
{
    directory_->add({.name = "Alex Example"}, Actor::nobody());
    DialogDriver::Get().Expect([](wxDialog& d) {
        Click(d, XRCID("add_clinician")); // opens the add dialog, driven below
        auto* list = XRCCTRL(d, "clinicians", wxListBox);
        EXPECT_EQ(list->GetCount(), 2u);
        EXPECT_EQ(list->GetStringSelection(), "Jo Hypothetical (Physiotherapist)");
        Click(d, wxID_OK);
    });
    DialogDriver::Get().Expect([](wxDialog& d) {
        EXPECT_EQ(d.GetName(), "add_clinician");
        XRCCTRL(d, "name", wxTextCtrl)->SetValue("Jo Hypothetical");
        Click(d, wxID_OK);
    });
    const auto chosen =
        ShowChooseClinicianDialog(nullptr, *directory_, Actor::nobody(), std::nullopt, "clinic.floorchart");
    ASSERT_TRUE(chosen);
    EXPECT_EQ(chosen->name, "Jo Hypothetical");
}

TEST_F(ClinicianDialogs, ChooseCancelledChoosesNobody)
{
    directory_->add({.name = "Alex Example"}, Actor::nobody());
    DialogDriver::Get().Expect([](wxDialog& d) { Click(d, wxID_CANCEL); });
    EXPECT_FALSE(ShowChooseClinicianDialog(nullptr, *directory_, Actor::nobody(), std::nullopt, "clinic.floorchart")
                     .has_value());
}

} // namespace
} // namespace fc::ui::test
