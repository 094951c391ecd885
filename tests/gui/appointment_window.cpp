#include "appointment_window.h"

#include "ui/appointment_text.h"
#include "ui/appointments_tab.h"
#include "ui/patient_workspace.h"

#include <wx/app.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace fc::ui::test {

void AppointmentWindowTest::SetUp()
{
    PatientWindowTest::SetUp();
    Open({Form("Nakamura", "Yui", "1990-05-05"), Form("Okafor", "Ada", "1985-03-02")});
    id_ = patients_.at(0).id;
    other_ = patients_.at(1).id;
}

void AppointmentWindowTest::ShowAppointmentsTab()
{
    Workspace().Open(id_);
    ASSERT_TRUE(ChooseTab("appointments_tab"));
}

AppointmentsTab& AppointmentWindowTest::Tab() const
{
    auto* tab = dynamic_cast<AppointmentsTab*>(frame_->FindWindow("appointments_tab"));
    EXPECT_NE(tab, nullptr);
    return *tab;
}

void AppointmentWindowTest::ClickInTab(const char* button) const
{
    ClickIn(Tab(), button);
}

Appointments AppointmentWindowTest::Saved()
{
    return Appointments(SavedClinic(), clinician_);
}

Appointment AppointmentWindowTest::BookElsewhere(std::int64_t patient, const std::string& date, const std::string& time)
{
    AppointmentForm form;
    form.date = date;
    form.time = time;
    const auto booked = Saved().book(patient, form);
    EXPECT_EQ(booked.appointments.size(), 1u);
    return booked.appointments.at(0);
}

namespace diary {

void SetDate(wxWindow& w, const std::string& iso)
{
    auto* picker = dynamic_cast<wxDatePickerCtrl*>(w.FindWindow("date"));
    ASSERT_NE(picker, nullptr);
    const auto date = parse_iso_date(iso);
    ASSERT_TRUE(date) << iso;
    picker->SetValue(ToWxDate(*date));
    wxDateEvent event(picker, picker->GetValue(), wxEVT_DATE_CHANGED);
    picker->ProcessWindowEvent(event);
    Settle();
}

void Type(wxWindow& w, const char* field, const wxString& value)
{
    if (auto* combo = dynamic_cast<wxComboBox*>(w.FindWindow(field)))
        combo->SetValue(value);
    else if (auto* text = dynamic_cast<wxTextCtrl*>(w.FindWindow(field)))
        text->SetValue(value);
    else
        ADD_FAILURE() << "no text field " << field;
    Settle();
}

void Pick(wxWindow& w, const char* field, int index)
{
    auto* choice = dynamic_cast<wxChoice*>(w.FindWindow(field));
    ASSERT_NE(choice, nullptr) << field;
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->ProcessWindowEvent(event);
    Settle();
}

void Tick(wxWindow& w, const char* box, bool on)
{
    auto* check = dynamic_cast<wxCheckBox*>(w.FindWindow(box));
    ASSERT_NE(check, nullptr) << box;
    check->SetValue(on);
    wxCommandEvent event(wxEVT_CHECKBOX, check->GetId());
    event.SetEventObject(check);
    event.SetInt(on ? 1 : 0);
    check->ProcessWindowEvent(event);
    Settle();
}

wxString Value(wxWindow& w, const char* field)
{
    if (auto* combo = dynamic_cast<wxComboBox*>(w.FindWindow(field)))
        return combo->GetValue();
    if (auto* text = dynamic_cast<wxTextCtrl*>(w.FindWindow(field)))
        return text->GetValue();
    if (auto* choice = dynamic_cast<wxChoice*>(w.FindWindow(field)))
        return choice->GetStringSelection();
    if (auto* picker = dynamic_cast<wxDatePickerCtrl*>(w.FindWindow(field))) {
        const auto date = FromWxDate(picker->GetValue());
        return date ? wxString(to_iso(*date)) : wxString();
    }
    ADD_FAILURE() << "no field " << field;
    return {};
}

wxString Shown(wxWindow& w, const char* label)
{
    auto* text = dynamic_cast<wxStaticText*>(w.FindWindow(label));
    if (!text || !text->IsShown())
        return {};
    wxString shown = text->GetLabelText();
    shown.Replace("\n", " "); // as wrapped to its width
    return shown;
}

wxString Error(wxWindow& w, const char* field)
{
    return Shown(w, (std::string(field) + "_error").c_str());
}

void Settle()
{
    for (int i = 0; i < 3; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

} // namespace diary

} // namespace fc::ui::test
