#include "plan_window.h"

#include "ui/patient_workspace.h"
#include "ui/plan_tab.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace fc::ui::test {

void PlanWindowTest::SetUp()
{
    PatientWindowTest::SetUp();
    Open({Form("Nakamura", "Yui", "1990-05-05")});
    id_ = patients_.at(0).id;
}

void PlanWindowTest::TearDown()
{
    plans_clinic_.reset();
    PatientWindowTest::TearDown();
}

void PlanWindowTest::ShowPlanTab()
{
    Workspace().Open(id_);
    ASSERT_TRUE(ChooseTab("plan_tab"));
}

PlanTab& PlanWindowTest::Tab() const
{
    auto* tab = dynamic_cast<PlanTab*>(frame_->FindWindow("plan_tab"));
    EXPECT_NE(tab, nullptr);
    return *tab;
}

TherapyPlans PlanWindowTest::SavedPlans()
{
    if (!plans_clinic_) {
        plans_clinic_.emplace(path_, false);
        plans_clinic_->set_today([] { return pinned_today; });
    }
    return TherapyPlans(*plans_clinic_, clinician_);
}

EpisodeOfCare PlanWindowTest::AddPlan(const std::string& title)
{
    return SavedPlans().add(id_, PlanForm{.title = title, .start = "2026-11-02"});
}

void PlanWindowTest::ClickInTab(const char* button) const
{
    auto* window = Tab().FindWindow(button);
    ASSERT_NE(window, nullptr) << button;
    ASSERT_TRUE(window->IsShownOnScreen()) << button << " is not shown";
    ASSERT_TRUE(window->IsEnabled()) << button << " is disabled";
    wxCommandEvent click(wxEVT_BUTTON, window->GetId());
    click.SetEventObject(window);
    window->GetEventHandler()->ProcessEvent(click);
}

wxString PlanWindowTest::Shown(const char* label) const
{
    auto* text = dynamic_cast<wxStaticText*>(Tab().FindWindow(label));
    EXPECT_NE(text, nullptr) << label;
    if (!text)
        return {};
    wxString shown = text->GetLabelText();
    shown.Replace("\n", " ");
    return shown;
}

void PlanWindowTest::ChooseVersionRow(unsigned row) const
{
    auto* list = dynamic_cast<wxDataViewListCtrl*>(Tab().FindWindow("versions"));
    ASSERT_NE(list, nullptr);
    list->SelectRow(row);
    wxDataViewEvent event(wxEVT_DATAVIEW_SELECTION_CHANGED, list, list->RowToItem(static_cast<int>(row)));
    list->ProcessWindowEvent(event);
}

namespace form {

wxString InlineError(wxDialog& d, const std::string& field)
{
    auto* label = dynamic_cast<wxStaticText*>(d.FindWindow(wxString(field) + "_error"));
    if (!label || !label->IsShown())
        return {};
    wxString text = label->GetLabelText();
    text.Replace("\n", " ");
    return text;
}

bool OkEnabled(wxDialog& d)
{
    return d.FindWindow(wxID_OK)->IsEnabled();
}

wxTextCtrl* TextField(wxDialog& d, const std::string& field)
{
    auto* text = dynamic_cast<wxTextCtrl*>(d.FindWindow(wxString(field)));
    EXPECT_NE(text, nullptr) << field;
    return text;
}

void SetText(wxDialog& d, const std::string& field, const wxString& value)
{
    if (auto* text = TextField(d, field))
        text->SetValue(value); // sends wxEVT_TEXT, as typing does
}

wxChoice* ChoiceField(wxDialog& d, const std::string& field)
{
    auto* choice = dynamic_cast<wxChoice*>(d.FindWindow(wxString(field)));
    EXPECT_NE(choice, nullptr) << field;
    return choice;
}

void Pick(wxDialog& d, const std::string& field, const wxString& item)
{
    auto* choice = ChoiceField(d, field);
    ASSERT_NE(choice, nullptr);
    const int index = choice->FindString(item);
    ASSERT_NE(index, wxNOT_FOUND) << field << " has no " << item;
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
}

} // namespace form

} // namespace fc::ui::test
