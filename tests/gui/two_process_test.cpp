// Two FloorChart processes on one clinic file: while the app's edit dialog is open, another
// process (floorchart-cli) saves the same patient. Both work; the app's save is refused as stale
// and offers to reload with the user's changes put back, so neither change is lost.
#include "dialog_driver.h"
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "support/run_program.h"
#include "ui/patient_dialog.h"

#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <optional>

namespace fc::ui::test {
namespace {

TEST_F(GuiTest, AnotherProcessSavingTheSameRecordIsNeverOverwritten)
{
    const auto file = folder() / "clinic.floorchart";
    std::optional<Clinic> clinic(std::in_place, file);
    const auto c = ClinicianDirectory(*clinic).add({.name = "Robin Sample"}, Actor::nobody());
    PatientRecords records(*clinic, Actor{c.id, c.name});
    PatientForm form;
    form.family = "Nakamura";
    form.given = "Yui";
    form.dob = "1990-05-05";
    form.phone = "555 0100";
    const auto patient = records.add(form);

    fc::test::ProgramResult other;
    DialogDriver::Get().Expect([&](wxDialog& d) {
        dynamic_cast<wxTextCtrl*>(d.FindWindow("email"))->SetValue("yui@example.org");
        // Meanwhile, on another workstation (another process, the same file).
        other = fc::test::run_program(FLOORCHART_CLI, {"--db", file.string(), "--clinician", std::to_string(c.id),
                                                       "patient", "edit", std::to_string(patient.id), "--phone",
                                                       "555 0199"});
        DialogDriver::Get().Answer(wxID_YES); // reload and put my changes back
        Click(d, wxID_OK);
        EXPECT_TRUE(d.IsModal()) << "the reloaded form stays for the user to check";
        Click(d, wxID_OK);
    });
    const auto saved = ShowEditPatientDialog(nullptr, records, Date(2026, 11, 25), patient);
    EXPECT_EQ(other.exit_code, 0) << other.err;
    const auto messages = DialogDriver::Get().TakeMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].StartsWith("Someone else saved this patient's record")) << messages[0];
    ASSERT_TRUE(saved);
    const auto now = records.get(patient.id);
    EXPECT_EQ(now.phone, "555 0199") << "the other process's change is kept";
    EXPECT_EQ(now.email, "yui@example.org") << "and so is mine";
    EXPECT_EQ(now.version, 3);
    clinic.reset();
}

} // namespace
} // namespace fc::ui::test
