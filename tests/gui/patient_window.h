#pragma once
// A main window on a clinic of a few patients, for the tests of the patient list, the record and
// the patient commands: its parts, a second connection to check what was saved, and waiting.
#include "gui_fixture.h"
#include "services/clinic.h"
#include "services/patient_records.h"
#include "ui/main_commands.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class wxFrame;
class wxWindow;
class wxString;

namespace fc::ui {
class PatientListPanel;
class PatientWorkspace;
}

namespace fc::ui::test {

// The clinic's "today" in these tests.
inline const Date pinned_today(2026, 11, 25);

class PatientWindowTest : public GuiTest {
protected:
    void TearDown() override;

    // A main window on a new clinic with one clinician (working) and `patients`, added in order;
    // waits until they are listed, with the keyboard focus in the window.
    wxFrame* Open(const std::vector<PatientForm>& patients = {});
    static PatientForm Form(const std::string& family, const std::string& given, const std::string& dob);

    PatientWorkspace& Workspace() const;
    PatientListPanel& List() const;
    // The names listed now, as shown ("Family, Given").
    std::vector<std::string> Listed() const;
    // Waits until the list holds every match of its search.
    bool WaitForList() const;
    // Waits until the record of patient `id` is open on the right.
    bool WaitForRecordOf(std::int64_t id) const;
    // Selects patient `id` in the list as a click would, and waits for their record.
    bool Choose(std::int64_t id) const;
    // Brings the record tab whose page is named `page` to the front, as clicking its title does.
    bool ChooseTab(const wxString& page) const;

    // Runs `command` as its menu item, tool or button would (whatever the menu item says now).
    void Run(Command command, long extra = 0) const;

    // The clinic through a connection of its own, as the clinician: what was saved.
    PatientRecords Saved();
    // That connection itself (its today pinned), for the other services.
    Clinic& SavedClinic();
    // Clicks the button named `name` inside `in` (a tab, a page), as the user would; it must be enabled.
    static void ClickIn(wxWindow& in, const char* name);

    wxFrame* frame_ = nullptr;
    std::filesystem::path path_;
    Actor clinician_;
    std::vector<Patient> patients_; // as added by Open

private:
    std::optional<Clinic> check_;
};

} // namespace fc::ui::test
