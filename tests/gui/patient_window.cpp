#include "patient_window.h"

#include "keyboard.h"
#include "services/clinician_directory.h"
#include "ui/main_frame.h"
#include "ui/patient_list_model.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/wx_text.h"

#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

namespace fc::ui::test {

void PatientWindowTest::TearDown()
{
    check_.reset();
    GuiTest::TearDown();
}

PatientForm PatientWindowTest::Form(const std::string& family, const std::string& given, const std::string& dob)
{
    PatientForm form;
    form.family = family;
    form.given = given;
    form.dob = dob;
    return form;
}

wxFrame* PatientWindowTest::Open(const std::vector<PatientForm>& patients)
{
    std::vector<Clinician> added;
    path_ = MakeClinic("clinic.floorchart", {"Robin Sample"}, &added);
    auto clinic = std::make_unique<Clinic>(path_);
    clinic->set_today([] { return pinned_today; });
    clinician_ = ClinicianDirectory(*clinic).act_as(added.front().id);
    PatientRecords records(*clinic, clinician_);
    for (const auto& form : patients)
        patients_.push_back(records.add(form));

    frame_ = OpenMainFrame(std::move(clinic), clinician_);
    frame_->Raise();
    // With no window manager, the keyboard goes where the pointer is.
    if (!frame_->GetScreenRect().Contains(wxGetMousePosition()))
        wxUIActionSimulator().MouseMove(frame_->GetScreenRect().GetLeftTop() + wxPoint(40, 120));
    EXPECT_TRUE(WaitForFocus(frame_)) << "the main window never got the keyboard focus";
    EXPECT_TRUE(WaitForList());
    return frame_;
}

PatientWorkspace& PatientWindowTest::Workspace() const
{
    auto* workspace = dynamic_cast<PatientWorkspace*>(frame_->FindWindow("patient_workspace"));
    EXPECT_NE(workspace, nullptr);
    return *workspace;
}

PatientListPanel& PatientWindowTest::List() const
{
    return Workspace().list();
}

std::vector<std::string> PatientWindowTest::Listed() const
{
    std::vector<std::string> names;
    for (unsigned i = 0; i < List().RowCount(); ++i)
        names.push_back(from_wx(ListName(List().Row(i))));
    return names;
}

bool PatientWindowTest::WaitForList() const
{
    return PumpUntil([this] { return List().Complete(); });
}

bool PatientWindowTest::WaitForRecordOf(std::int64_t id) const
{
    return PumpUntil([this, id] {
        const auto* record = Workspace().record();
        return record && record->patient.id == id;
    });
}

bool PatientWindowTest::Choose(std::int64_t id) const
{
    auto* view = dynamic_cast<wxDataViewCtrl*>(List().FindWindow("patients"));
    auto* model = dynamic_cast<PatientListModel*>(view->GetModel());
    const auto row = model->RowOf(id);
    if (!row)
        return false;
    view->Select(model->GetItem(*row));
    wxDataViewEvent event(wxEVT_DATAVIEW_SELECTION_CHANGED, view, model->GetItem(*row));
    view->ProcessWindowEvent(event);
    return WaitForRecordOf(id);
}

bool PatientWindowTest::ChooseTab(const wxString& page) const
{
    auto* window = frame_->FindWindow(page);
    auto* tabs = window ? dynamic_cast<wxNotebook*>(window->GetParent()) : nullptr;
    if (!tabs)
        return false;
    const int index = tabs->FindPage(window);
    if (index == wxNOT_FOUND)
        return false;
    tabs->SetSelection(static_cast<std::size_t>(index));
    wxYield();
    return tabs->GetSelection() == index;
}

void PatientWindowTest::Run(Command command, long extra) const
{
    wxCommandEvent event(wxEVT_MENU, CommandId(command));
    event.SetExtraLong(extra);
    event.SetEventObject(frame_);
    frame_->ProcessWindowEvent(event);
}

PatientRecords PatientWindowTest::Saved()
{
    return PatientRecords(SavedClinic(), clinician_);
}

Clinic& PatientWindowTest::SavedClinic()
{
    if (!check_) {
        check_.emplace(path_, false);
        check_->set_today([] { return pinned_today; });
    }
    return *check_;
}

void PatientWindowTest::ClickIn(wxWindow& in, const char* name)
{
    auto* button = in.FindWindow(name);
    ASSERT_NE(button, nullptr) << name;
    ASSERT_TRUE(button->IsEnabled()) << name << " is disabled";
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->ProcessWindowEvent(click);
}

} // namespace fc::ui::test
