// New patient and Edit patient on their own: the core's messages, a duplicate MRN, names in any
// script, and a save refused because someone else saved first, where nothing typed may be lost.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "ui/patient_dialog.h"

#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>

namespace fc::ui::test {
namespace {

const Date today(2026, 11, 25);

class PatientDialogTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        clinic_.emplace(folder() / "clinic.floorchart");
        clinic_->set_today([] { return today; });
        const auto c = ClinicianDirectory(*clinic_).add({.name = "Robin Sample"}, Actor::nobody());
        records_.emplace(*clinic_, Actor{c.id, c.name});
        PatientForm form;
        form.family = "Nakamura";
        form.given = "Yui";
        form.dob = "1990-05-05";
        form.phone = "555 0100";
        patient_ = records_->add(form);
    }
    void TearDown() override
    {
        records_.reset();
        clinic_.reset();
        GuiTest::TearDown();
    }

    std::optional<Clinic> clinic_;
    std::optional<PatientRecords> records_;
    Patient patient_;
};

wxString Value(wxDialog& d, const char* field)
{
    return dynamic_cast<wxTextCtrl*>(d.FindWindow(field))->GetValue();
}

void SetValue(wxDialog& d, const char* field, const wxString& value)
{
    dynamic_cast<wxTextCtrl*>(d.FindWindow(field))->SetValue(value);
}

wxString Shown(wxDialog& d, const char* name)
{
    auto* label = dynamic_cast<wxStaticText*>(d.FindWindow(name));
    if (!label || !label->IsShown())
        return {};
    wxString text = label->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

TEST_F(PatientDialogTest, NamesInAnyScriptAreSavedAsTyped)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetValue(d, "family", L"\u0141ukasiewicz-\u017b\u00f3\u0142w");
        SetValue(d, "given", L"\u0395\u03bb\u03ad\u03bd\u03b7");
        SetValue(d, "preferred", L"\u0414\u0430\u0448\u0430");
        SetValue(d, "dob", "1975-03-03");
        dynamic_cast<wxChoice*>(d.FindWindow("sex"))->SetSelection(0);
        Click(d, wxID_OK);
    });
    const auto added = ShowNewPatientDialog(nullptr, *records_, today);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->family_name, "Łukasiewicz-Żółw");
    EXPECT_EQ(added->given_name, "Ελένη");
    EXPECT_EQ(added->preferred_name, "Даша");
    EXPECT_EQ(added->sex, Sex::Female);
    EXPECT_EQ(records_->search({.text = "lukasiewicz elene"}).size(), 1u) << "found as the CLI finds it";
}

TEST_F(PatientDialogTest, ADuplicateMrnIsRefusedAndTheFormKept)
{
    DialogDriver::Get().Expect([this](wxDialog& d) {
        SetValue(d, "family", "Okafor");
        SetValue(d, "given", "Adaeze");
        SetValue(d, "dob", "1985-01-12");
        SetValue(d, "mrn", wxString(patient_.mrn).Lower());
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal()) << "refused: the form stays";
        EXPECT_EQ(Value(d, "family"), "Okafor");
        Click(d, wxID_CANCEL);
    });
    EXPECT_FALSE(ShowNewPatientDialog(nullptr, *records_, today));
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].Contains("is already used by another patient")) << messages[0];
    EXPECT_EQ(records_->count(), 1);
}

TEST_F(PatientDialogTest, AStaleEditIsReloadedWithTheUsersChangesPutBack)
{
    DialogDriver::Get().Expect([this](wxDialog& d) {
        EXPECT_EQ(Value(d, "phone"), "555 0100");
        // The user types...
        SetValue(d, "email", "yui@example.org");
        SetValue(d, "address", "1 Quay Street\nSampletown");
        // ...while another window saves a new phone number and address.
        auto other = PatientForm::from(patient_);
        other.phone = "555 0199";
        other.address = "9 Mill Lane";
        records_->edit(patient_.id, other, patient_.version);

        DialogDriver::Get().Answer(wxID_YES); // Reload and re-apply my changes
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal()) << "the form stays for the user to check";
        EXPECT_EQ(Value(d, "phone"), "555 0199") << "their change is taken in";
        EXPECT_EQ(Value(d, "email"), "yui@example.org") << "mine is kept";
        EXPECT_EQ(Value(d, "address"), "1 Quay Street\nSampletown") << "both changed it: mine is kept";
        const auto notice = Shown(d, "notice");
        EXPECT_TRUE(notice.Contains("changed: Phone, Address")) << notice;
        EXPECT_TRUE(notice.Contains("Address was changed by both of you; the form keeps yours. The other value "
                                    "was: 9 Mill Lane"))
            << notice;
        Click(d, wxID_OK);
        EXPECT_FALSE(d.IsModal());
    });
    const auto saved = ShowEditPatientDialog(nullptr, *records_, today, patient_);
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("Someone else saved this patient's record after you opened it.")) << messages[0];
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->version, 3);
    const auto now = records_->get(patient_.id);
    EXPECT_EQ(now.phone, "555 0199");
    EXPECT_EQ(now.email, "yui@example.org");
    EXPECT_EQ(now.address, "1 Quay Street\nSampletown");
}

TEST_F(PatientDialogTest, AStaleEditCanBeCopiedAndNothingIsLost)
{
    DialogDriver::Get().Expect([this](wxDialog& d) {
        SetValue(d, "notes", "Prefers morning appointments.");
        auto other = PatientForm::from(patient_);
        other.phone = "555 0199";
        records_->edit(patient_.id, other, patient_.version);

        DialogDriver::Get().Answer(wxID_NO); // Copy my text
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal());
        EXPECT_EQ(Value(d, "notes"), "Prefers morning appointments.") << "still in the form";
        EXPECT_EQ(Value(d, "phone"), "555 0100") << "nothing reloaded";
        EXPECT_TRUE(Shown(d, "notice").Contains("still in the form")) << Shown(d, "notice");
        wxClipboardLocker clipboard;
        wxTextDataObject text;
        if (!!clipboard && wxTheClipboard->GetData(text)) {
            EXPECT_TRUE(text.GetText().Contains("Notes: Prefers morning appointments.")) << text.GetText();
            EXPECT_TRUE(text.GetText().Contains("Family name: Nakamura")) << text.GetText();
        }
        Click(d, wxID_CANCEL);
    });
    EXPECT_FALSE(ShowEditPatientDialog(nullptr, *records_, today, patient_));
    EXPECT_EQ(DialogDriver::Get().TakeMessages().size(), 1u);
    EXPECT_EQ(records_->get(patient_.id).notes, "") << "nothing saved over the other change";
}

TEST_F(PatientDialogTest, EveryBrokenRuleIsShownNextToItsFieldOnSave)
{
    DialogDriver::Get().Expect([](wxDialog& d) {
        SetValue(d, "dob", "2027-01-01");
        SetValue(d, "email", "yui at example");
        SetValue(d, "phone", "12");
        Click(d, wxID_OK);
        EXPECT_EQ(Shown(d, "dob_error"), "Date of birth 2027-01-01 is in the future");
        EXPECT_EQ(Shown(d, "email_error"), "Email must look like name@example.org");
        EXPECT_EQ(Shown(d, "phone_error"),
                  "Phone must hold 3 to 20 digits and only spaces, +, -, ( ) or . besides");
        EXPECT_EQ(Shown(d, "family_error"), "") << "a field that is right has no message";
        SetValue(d, "dob", "1990-05-05");
        EXPECT_EQ(Shown(d, "dob_error"), "") << "a message goes as soon as the field is right";
        Click(d, wxID_CANCEL);
    });
    EXPECT_FALSE(ShowEditPatientDialog(nullptr, *records_, today, patient_));
    EXPECT_EQ(records_->get(patient_.id).version, 1);
}

} // namespace
} // namespace fc::ui::test
