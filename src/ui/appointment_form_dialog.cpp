#include "ui/appointment_form_dialog.h"

#include "services/patient_records.h"
#include "ui/appointment_text.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/display.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

constexpr AppointmentType type_order[] = {AppointmentType::Initial, AppointmentType::FollowUp, AppointmentType::Review,
                                          AppointmentType::Discharge}; // as listed in the XRC
constexpr const char* day_boxes[] = {"on_mon", "on_tue", "on_wed", "on_thu", "on_fri", "on_sat", "on_sun"};
constexpr int default_repeat_count = 6;
constexpr std::size_t max_warnings_listed = 8;

} // namespace

AppointmentFormDialog::AppointmentFormDialog(Clinic& clinic, const Actor& actor, std::optional<std::int64_t> patient_id)
    : clinic_(clinic), actor_(actor), patient_id_(patient_id)
{
}

void AppointmentFormDialog::Build(wxWindow* parent)
{
    wxXmlResource::Get()->LoadDialog(this, parent, "appointment_dialog");
    today_ = clinic_.today();
    auto* time = Combo("time");
    // A quarter-hour list over the clinic's opening hours (any HH:MM may be typed).
    int opens = 8 * 60, closes = 18 * 60;
    try {
        const auto hours = Appointments(clinic_, actor_).settings().hours;
        int earliest = 24 * 60, latest = 0;
        for (const auto& day : hours.days)
            if (day) {
                earliest = std::min(earliest, day->opens.minutes);
                latest = std::max(latest, day->closes.minutes);
            }
        if (earliest < latest)
            std::tie(opens, closes) = std::pair(earliest, latest);
    } catch (const Error&) {
        // the usual hours, then
    }
    for (int m = opens / 15 * 15; m < closes; m += 15)
        time->Append(to_wx(to_iso(TimeOfDay{m})));
    auto* every = XRCCTRL(*this, "every", wxChoice);
    for (int n = 1; n <= max_repeat_every; ++n)
        every->Append(wxString::Format(wxPLURAL("week", "%d weeks", n), n));
    every->SetSelection(0);
    try {
        for (const auto& c : ClinicianDirectory(clinic_).list(true))
            clinicians_.push_back(c);
    } catch (const Error&) {
        // the acting clinician alone
    }

    checked_ = std::make_unique<CheckedForm>(
        this,
        std::vector<std::pair<std::string, wxString>>{{"patient", _("Patient")},
                                                      {"date", _("Date")},
                                                      {"time", _("Time")},
                                                      {"duration", _("Duration")},
                                                      {"type", _("Type")},
                                                      {"clinician", _("Clinician")},
                                                      {"room", _("Room")},
                                                      {"note", _("Note")},
                                                      {"repeat", _("Repeat")},
                                                      {"on", _("Days")},
                                                      {"count", _("Appointments")},
                                                      {"every", _("Every")}},
        [this] { return Check(); }, FindWindow(wxID_OK));

    // Every change rechecks the fields (CheckedForm sees text and choices; the date, the days
    // and the scope are seen here) and the warnings.
    const auto changed = [this](wxEvent& event) {
        event.Skip();
        CallAfter([this] { Update(); });
    };
    Bind(wxEVT_TEXT, changed);
    Bind(wxEVT_CHOICE, changed);
    Bind(wxEVT_COMBOBOX, changed);
    Bind(wxEVT_RADIOBUTTON, changed);
    Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
        event.Skip();
        days_chosen_ = true;
        CallAfter([this] { Update(); });
    });
    Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        event.Skip();
        if (!days_chosen_)
            SetDefaultDays();
        CallAfter([this] { Update(); });
    });
    Bind(wxEVT_BUTTON, &AppointmentFormDialog::OnOk, this, wxID_OK);
}

void AppointmentFormDialog::Finish()
{
    Update();
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
    if (FindWindow("patient")->IsShown())
        FindWindow("patient")->SetFocus();
    else
        FindWindow("time")->SetFocus();
}

wxComboBox* AppointmentFormDialog::Combo(const char* name) const
{
    return dynamic_cast<wxComboBox*>(FindWindow(name));
}

wxTextCtrl* AppointmentFormDialog::Text(const char* name) const
{
    return dynamic_cast<wxTextCtrl*>(FindWindow(name));
}

wxChoice* AppointmentFormDialog::Choice(const char* name) const
{
    return dynamic_cast<wxChoice*>(FindWindow(name));
}

wxCheckBox* AppointmentFormDialog::Box(const char* name) const
{
    return dynamic_cast<wxCheckBox*>(FindWindow(name));
}

wxDatePickerCtrl* AppointmentFormDialog::DatePicker() const
{
    return XRCCTRL(*this, "date", wxDatePickerCtrl);
}

// Shows `f` in the fields (without change events: nothing has been typed).
void AppointmentFormDialog::Fill(const AppointmentForm& f)
{
    if (const auto date = parse_iso_date(f.date))
        DatePicker()->SetValue(ToWxDate(*date));
    Combo("time")->ChangeValue(to_wx(f.time));
    Combo("duration")->ChangeValue(to_wx(f.duration));
    const auto type = parse_appointment_type(f.type).value_or(AppointmentType::FollowUp);
    Choice("type")->SetSelection(
        static_cast<int>(std::find(std::begin(type_order), std::end(type_order), type) - std::begin(type_order)));
    auto* clinician = Choice("clinician");
    clinician->Clear();
    shown_clinicians_.clear();
    for (const auto& c : clinicians_)
        if (c.active || std::to_string(c.id) == f.clinician) { // an inactive one only when it is theirs
            shown_clinicians_.push_back(c.id);
            clinician->Append(to_wx(c.name) + (c.active ? wxString() : " (" + _("inactive") + ")"));
            if (std::to_string(c.id) == f.clinician)
                clinician->SetSelection(clinician->GetCount() - 1);
        }
    if (clinician->GetSelection() == wxNOT_FOUND && clinician->GetCount() > 0)
        clinician->SetSelection(0);
    Text("room")->ChangeValue(to_wx(f.room));
    Text("note")->ChangeValue(to_wx(f.note));
}

void AppointmentFormDialog::SetDefaultDays()
{
    const auto date = FromWxDate(DatePicker()->GetValue());
    for (int d = 0; d < 7; ++d)
        Box(day_boxes[d])->SetValue(date && static_cast<int>(weekday_of(*date)) == d);
}

void AppointmentFormDialog::ShowPatient(std::int64_t id)
{
    auto* name = XRCCTRL(*this, "patient_name", wxStaticText);
    try {
        const auto p = PatientRecords(clinic_, actor_).get(id);
        name->SetLabelText(to_wx(p.display_name()) + "  (" + to_wx(p.mrn) + ")");
    } catch (const Error& e) {
        name->SetLabelText(to_wx(e.what()));
    }
    name->Show();
}

AppointmentForm AppointmentFormDialog::Form() const
{
    AppointmentForm f;
    // As ISO text for the core's rules, whatever year was typed ("0012-08-20" is too early).
    if (const auto date = DatePicker()->GetValue(); date.IsValid())
        f.date = from_wx(date.FormatISODate());
    f.time = from_wx(Combo("time")->GetValue().Strip(wxString::both));
    f.duration = from_wx(Combo("duration")->GetValue().Strip(wxString::both));
    f.type = std::string(to_string(type_order[std::max(0, Choice("type")->GetSelection())]));
    if (const int c = Choice("clinician")->GetSelection(); c != wxNOT_FOUND)
        f.clinician = std::to_string(shown_clinicians_.at(static_cast<std::size_t>(c)));
    f.room = from_wx(Text("room")->GetValue().Strip(wxString::both));
    f.note = from_wx(Text("note")->GetValue());
    if (Repeats()) {
        f.repeat = "weekly";
        for (int d = 0; d < 7; ++d)
            if (Box(day_boxes[d])->GetValue())
                f.on += (f.on.empty() ? "" : ",") + std::string(to_string(static_cast<Weekday>(d)));
        f.count = from_wx(Text("count")->GetValue().Strip(wxString::both));
        f.every = std::to_string(Choice("every")->GetSelection() + 1);
    }
    return f;
}

std::vector<FieldError> AppointmentFormDialog::Check() const
{
    auto errors = check_appointment_form(Form(), today_);
    if (!patient_id_) {
        const bool typed = !Text("patient")->GetValue().Strip(wxString::both).empty();
        errors.insert(errors.begin(), FieldError{"patient", "required",
                                                 typed ? from_wx(_("is not chosen yet: choose one of the matches "
                                                                   "below"))
                                                       : from_wx(_("is required: find them by name, MRN or date "
                                                                   "of birth"))});
    }
    return errors;
}

// The fields, what will be booked and what the service warns of, as the form holds them now.
void AppointmentFormDialog::Update()
{
    const bool repeats = Repeats();
    for (const char* field : {"on", "count", "every"})
        FindWindow(field)->Enable(repeats);
    if (repeats && Text("count")->GetValue().empty())
        Text("count")->ChangeValue(wxString::Format("%d", default_repeat_count));
    checked_->Recheck();
    if (!CanSave())
        FindWindow(wxID_OK)->Disable();
    ShowWeekday();
    shown_warnings_ = Warnings();
    ShowWarnings();
}

void AppointmentFormDialog::ShowWeekday()
{
    const auto date = FromWxDate(DatePicker()->GetValue());
    // The picker writes the date as the desktop's locale does: the day in words and in ISO
    // beside it leave no doubt which day it is.
    XRCCTRL(*this, "weekday", wxStaticText)
        ->SetLabelText(date ? wxDateTime::GetWeekDayName(ToWxDate(*date).GetWeekDay()) + ", " + to_wx(to_iso(*date))
                            : wxString());
    wxString ends;
    const auto time = parse_time_of_day(from_wx(Combo("time")->GetValue().Strip(wxString::both)));
    long minutes = 0;
    if (time && Combo("duration")->GetValue().Strip(wxString::both).ToLong(&minutes) && minutes > 0 &&
        time->minutes + minutes <= 24 * 60)
        ends = wxString::Format(_("ends %s"), to_wx(to_iso(TimeOfDay{static_cast<int>(time->minutes + minutes) %
                                                                       (24 * 60)})));
    XRCCTRL(*this, "ends", wxStaticText)->SetLabelText(ends);
}

std::vector<wxString> AppointmentFormDialog::Warnings()
{
    auto* summary = XRCCTRL(*this, "summary", wxStaticText);
    summary->SetLabelText(wxString());
    if (!Check().empty() || !patient_id_)
        return {};
    const auto form = Form();
    Booking checked;
    try {
        checked = CheckWithService(form);
    } catch (const Error&) {
        return {}; // the fields say what is wrong, or OK does
    }
    ShowOutcome(form, checked);
    std::vector<wxString> lines;
    for (const auto& w : checked.warnings)
        lines.push_back(to_wx(w.message)); // it names the date and time it is about
    return lines;
}

void AppointmentFormDialog::ShowWarnings()
{
    wxString text;
    const wxString bullet = shown_warnings_.size() > 1 ? wxString(L"\u2022 ") : wxString();
    for (std::size_t i = 0; i < shown_warnings_.size() && i < max_warnings_listed; ++i)
        text << (i ? "\n" : "") << bullet << shown_warnings_[i];
    if (shown_warnings_.size() > max_warnings_listed)
        text << "\n"
             << wxString::Format(_("and %zu more"), shown_warnings_.size() - max_warnings_listed);
    const bool any = !shown_warnings_.empty();
    const bool was = FindWindow("warnings_section")->IsShown();
    if (text != warnings_text_) {
        warnings_text_ = text;
        auto* label = XRCCTRL(*this, "warnings", wxStaticText);
        label->SetLabelText(text);
        // As wide as the fields above, so that the dialog does not grow sideways.
        const int icon = FindWindow("warnings_icon")->GetBestSize().x + FromDIP(6);
        const int width = GetClientSize().x > FromDIP(200) ? GetClientSize().x - FromDIP(24) - icon
                                                           : GetCharWidth() * wrap_chars;
        label->Wrap(width);
    }
    FindWindow("warnings_section")->Show(any);
    auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK));
    const wxString ok_label = OkLabel(any);
    if (ok->GetLabel() != ok_label)
        ok->SetLabel(ok_label);
    if (any || was) {
        FitHeightToContent(this);
        KeepOnScreen();
    } else {
        Layout();
    }
}

void AppointmentFormDialog::KeepOnScreen()
{
    const auto screen = wxDisplay(this).GetClientArea();
    auto where = GetRect();
    where.x = std::clamp(where.x, screen.x, std::max(screen.x, screen.GetRight() - where.width));
    where.y = std::clamp(where.y, screen.y, std::max(screen.y, screen.GetBottom() - where.height));
    if (where.GetPosition() != GetPosition())
        Move(where.GetPosition());
}

void AppointmentFormDialog::OnOk(wxCommandEvent&)
{
    // Warnings that appear only now (a booking made elsewhere meanwhile) are shown first.
    const auto before = shown_warnings_;
    Update();
    if (shown_warnings_ != before && !shown_warnings_.empty() && checked_->CheckAll())
        return;
    Save();
}

} // namespace fc::ui
