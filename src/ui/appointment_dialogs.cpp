#include "ui/appointment_dialogs.h"

#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "ui/appointment_text.h"
#include "ui/checked_form.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/patient_list_model.h"
#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <memory>

namespace fc::ui {

namespace {

constexpr AppointmentType type_order[] = {AppointmentType::Initial, AppointmentType::FollowUp, AppointmentType::Review,
                                          AppointmentType::Discharge}; // as listed in the XRC
constexpr const char* day_boxes[] = {"on_mon", "on_tue", "on_wed", "on_thu", "on_fri", "on_sat", "on_sun"};
constexpr int default_repeat_count = 6;
constexpr std::size_t max_warnings_listed = 8;
constexpr int wrap_chars = 70;

// Booking and editing one appointment: the same fields, a repeat for a booking, the status and
// the series scope for an edit. Field errors come from check_appointment_form as the user types;
// the service's warnings (clashes, hours, past dates) are listed live, and OK then says "anyway".
class AppointmentDialog : public wxDialog {
public:
    // A new booking for `patient_id` (nullopt: the dialog finds the patient).
    AppointmentDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, std::optional<std::int64_t> patient_id,
                      const AppointmentForm& preset)
        : clinic_(clinic), actor_(actor), patient_id_(patient_id)
    {
        Build(parent);
        SetTitle(_("Book appointment"));
        if (patient_id_)
            ShowPatient(*patient_id_);
        else
            FindPatients();
        Fill(Preset(preset));
        SetDefaultDays();
        Finish();
    }

    // An edit of appointment `a`.
    AppointmentDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Appointment& a)
        : clinic_(clinic), actor_(actor), patient_id_(a.patient_id), editing_(a)
    {
        Build(parent);
        SetName("edit_appointment_dialog");
        SetTitle(_("Edit appointment"));
        ShowPatient(a.patient_id);
        FindWindow("repeat_section")->Hide();
        FindWindow("summary")->Hide(); // what is booked is the appointment shown
        FindWindow("status_label")->Show();
        FindWindow("status")->Show();
        FindWindow("scope_section")->Show(a.series_id.has_value());
        ShowAppointment(a);
        Finish();
    }

    const std::optional<Booking>& booking() const { return booking_; }

private:
    void Build(wxWindow* parent)
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
        Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
            event.Skip();
            patient_id_.reset();
            FindPatients();
        }, XRCID("patient"));
        Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) { ChoosePatient(event.GetSelection()); },
             XRCID("patient_matches"));
        Bind(wxEVT_BUTTON, &AppointmentDialog::OnOk, this, wxID_OK);
    }

    void Finish()
    {
        Update();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        if (FindWindow("patient")->IsShown())
            FindWindow("patient")->SetFocus();
        else
            FindWindow("time")->SetFocus();
    }

    wxComboBox* Combo(const char* name) const { return dynamic_cast<wxComboBox*>(FindWindow(name)); }
    wxTextCtrl* Text(const char* name) const { return dynamic_cast<wxTextCtrl*>(FindWindow(name)); }
    wxChoice* Choice(const char* name) const { return dynamic_cast<wxChoice*>(FindWindow(name)); }
    wxCheckBox* Box(const char* name) const { return dynamic_cast<wxCheckBox*>(FindWindow(name)); }
    wxDatePickerCtrl* DatePicker() const { return XRCCTRL(*this, "date", wxDatePickerCtrl); }
    bool Repeats() const { return !editing_ && Choice("repeat")->GetSelection() == 1; }

    // The preset with the dialog's defaults: today, 09:00, 45 minutes, the acting clinician.
    AppointmentForm Preset(AppointmentForm f) const
    {
        if (!parse_iso_date(f.date))
            f.date = to_iso(today_);
        if (f.time.empty())
            f.time = "09:00";
        if (f.duration.empty())
            f.duration = std::to_string(default_appointment_minutes);
        if (f.clinician.empty() && actor_.clinician_id)
            f.clinician = std::to_string(*actor_.clinician_id);
        return f;
    }

    // Shows `f` in the fields (without change events: nothing has been typed).
    void Fill(const AppointmentForm& f)
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

    void SetDefaultDays()
    {
        const auto date = FromWxDate(DatePicker()->GetValue());
        for (int d = 0; d < 7; ++d)
            Box(day_boxes[d])->SetValue(date && static_cast<int>(weekday_of(*date)) == d);
    }

    // An edit shows the appointment as stored now, and can change it only while it is booked.
    void ShowAppointment(const Appointment& a)
    {
        editing_ = a;
        Fill(AppointmentForm::from(a));
        XRCCTRL(*this, "status", wxStaticText)->SetLabelText(StatusText(a));
        const bool booked = a.can_be_changed();
        for (const char* field : {"date", "time", "duration", "type", "clinician", "room", "note", "scope_section"})
            FindWindow(field)->Enable(booked);
        auto* notice = XRCCTRL(*this, "notice", wxStaticText);
        notice->SetLabelText(booked ? wxString()
                                    : wxString::Format(_("This appointment is %s; only a booked appointment can be "
                                                         "changed or moved."),
                                                       StatusText(a).Lower()));
        notice->Wrap(GetCharWidth() * wrap_chars);
        notice->Show(!booked);
    }

    void ShowPatient(std::int64_t id)
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

    // The patients matching what is typed, to choose from.
    void FindPatients()
    {
        auto* typed = Text("patient");
        auto* matches = XRCCTRL(*this, "patient_matches", wxListBox);
        typed->Show();
        matches->Clear();
        matches_.clear();
        const auto text = from_wx(typed->GetValue().Strip(wxString::both));
        if (!text.empty())
            ShowingErrors(this, [&] {
                matches_ = PatientRecords(clinic_, actor_).search(PatientQuery{.text = text, .limit = 20});
            });
        for (const auto& m : matches_)
            matches->Append(ListName(m) + "  " +
                            wxString::Format(_("born %s, %s"), to_wx(to_iso(m.dob)), to_wx(m.mrn)));
        const bool was = matches->IsShown();
        matches->Show(!text.empty());
        if (was != matches->IsShown()) { // the list takes room: the dialog grows for it, on screen
            FitHeightToContent(this, true);
            KeepOnScreen();
        } else {
            Layout();
        }
    }

    void ChoosePatient(int row)
    {
        if (row < 0 || static_cast<std::size_t>(row) >= matches_.size())
            return;
        patient_id_ = matches_[static_cast<std::size_t>(row)].id;
        Update();
    }

    AppointmentForm Form() const
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

    std::vector<FieldError> Check() const
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
    void Update()
    {
        const bool repeats = Repeats();
        for (const char* field : {"on", "count", "every"})
            FindWindow(field)->Enable(repeats);
        if (repeats && Text("count")->GetValue().empty())
            Text("count")->ChangeValue(wxString::Format("%d", default_repeat_count));
        checked_->Recheck();
        if (editing_ && !editing_->can_be_changed())
            FindWindow(wxID_OK)->Disable();
        ShowWeekday();
        shown_warnings_ = Warnings();
        ShowWarnings();
    }

    void ShowWeekday()
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

    // What the service warns of for the form as it is, one sentence each; none while a field is
    // wrong (its message says what to put right first).
    std::vector<wxString> Warnings()
    {
        auto* summary = XRCCTRL(*this, "summary", wxStaticText);
        summary->SetLabelText(wxString());
        if (!Check().empty() || !patient_id_)
            return {};
        const auto form = Form();
        Booking checked;
        try {
            checked = editing_ ? Appointments(clinic_, actor_).check_edit(editing_->id, form, editing_->version, Scope())
                               : Appointments(clinic_, actor_).check(*patient_id_, form);
        } catch (const Error&) {
            return {}; // the fields say what is wrong, or OK does
        }
        std::vector<Date> dates;
        for (const auto& a : checked.appointments)
            dates.push_back(a.date);
        if (!editing_) {
            wxString text = BookingSummary(dates, repeat_days(form));
            if (!checked.appointments.empty())
                text << ", " << TimeSpan(checked.appointments.front());
            summary->SetLabelText(text);
        }
        std::vector<wxString> lines;
        for (const auto& w : checked.warnings)
            lines.push_back(to_wx(w.message)); // it names the date and time it is about
        return lines;
    }

    // Which occurrences of its series an edit is for.
    SeriesScope Scope() const
    {
        return XRCCTRL(*this, "scope_following", wxRadioButton)->GetValue() ? SeriesScope::ThisAndFollowing
                                                                             : SeriesScope::ThisOnly;
    }

    static std::optional<std::set<Weekday>> repeat_days(const AppointmentForm& form)
    {
        if (form.repeat.empty())
            return std::nullopt;
        std::set<Weekday> days;
        std::size_t from = 0;
        while (from <= form.on.size()) {
            const auto comma = std::min(form.on.find(',', from), form.on.size());
            if (const auto d = parse_weekday(std::string_view(form.on).substr(from, comma - from)))
                days.insert(*d);
            from = comma + 1;
        }
        return days;
    }

    void ShowWarnings()
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
        const wxString ok_label = editing_ ? (any ? _("&Save anyway") : _("&Save"))
                                           : (any ? _("&Book anyway") : _("&Book"));
        if (ok->GetLabel() != ok_label)
            ok->SetLabel(ok_label);
        if (any || was) {
            FitHeightToContent(this);
            KeepOnScreen();
        } else {
            Layout();
        }
    }

    // Grown with its warnings, the dialog moves up rather than past the bottom of the screen.
    void KeepOnScreen()
    {
        const auto screen = wxDisplay(this).GetClientArea();
        auto where = GetRect();
        where.x = std::clamp(where.x, screen.x, std::max(screen.x, screen.GetRight() - where.width));
        where.y = std::clamp(where.y, screen.y, std::max(screen.y, screen.GetBottom() - where.height));
        if (where.GetPosition() != GetPosition())
            Move(where.GetPosition());
    }

    void OnOk(wxCommandEvent&)
    {
        // Warnings that appear only now (a booking made elsewhere meanwhile) are shown first.
        const auto before = shown_warnings_;
        Update();
        if (shown_warnings_ != before && !shown_warnings_.empty() && checked_->CheckAll())
            return;
        if (!editing_) {
            if (checked_->Submit(this, [this] { booking_ = Appointments(clinic_, actor_).book(*patient_id_, Form()); }))
                EndModal(wxID_OK);
            return;
        }
        const auto scope = Scope();
        std::optional<std::string> conflict;
        const bool saved = checked_->Submit(this, [&] {
            try {
                booking_ = Appointments(clinic_, actor_).edit(editing_->id, Form(), editing_->version, scope);
            } catch (const Conflict& e) {
                conflict = e.what();
            }
        });
        if (conflict)
            Reload(*conflict);
        else if (saved)
            EndModal(wxID_OK);
    }

    // Changed elsewhere since it was shown: says so, with what the clinician had put in, and shows
    // the appointment as it is now.
    void Reload(const std::string& why)
    {
        const auto f = Form();
        wxString yours = wxString::Format(_("You had put in: %s %s, %s minutes"), to_wx(f.date), to_wx(f.time),
                                          to_wx(f.duration));
        if (!f.room.empty())
            yours << ", " << _("room") << " " << to_wx(f.room);
        wxMessageDialog tell(this, _("This appointment was changed elsewhere, so your change was not saved."),
                             _("Appointment changed elsewhere"), wxOK | wxICON_WARNING);
        tell.SetExtendedMessage(to_wx(why) + "\n\n" + yours + ".\n\n" +
                                _("The dialog now shows the appointment as it is; make your change again if it is "
                                  "still needed."));
        tell.ShowModal();
        try {
            ShowAppointment(Appointments(clinic_, actor_).get(editing_->id));
        } catch (const Error& e) {
            ShowError(this, e);
            EndModal(wxID_CANCEL);
            return;
        }
        Update();
    }

    Clinic& clinic_;
    Actor actor_;
    Date today_;
    std::optional<std::int64_t> patient_id_;
    std::optional<Appointment> editing_;
    std::vector<Clinician> clinicians_;
    std::vector<std::int64_t> shown_clinicians_; // by row of the choice
    std::vector<PatientListEntry> matches_;      // by row of the list
    bool days_chosen_ = false;                   // the days were ticked by hand: the date no longer sets them
    std::unique_ptr<CheckedForm> checked_;
    std::vector<wxString> shown_warnings_;
    wxString warnings_text_; // as shown, before wrapping
    std::optional<Booking> booking_;
};

} // namespace

std::optional<Booking> BookAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::optional<std::int64_t> patient_id, const AppointmentForm& preset)
{
    AppointmentDialog dialog(parent, clinic, actor, patient_id, preset);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.booking();
}

std::optional<Booking> EditAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::int64_t appointment_id)
{
    std::optional<Appointment> a;
    if (!ShowingErrors(parent, [&] { a = Appointments(clinic, actor).get(appointment_id); }))
        return std::nullopt;
    AppointmentDialog dialog(parent, clinic, actor, *a);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.booking();
}

std::optional<Booking> BookAppointment(wxWindow* parent, ClinicSession& session, std::optional<std::int64_t> patient_id,
                                       const AppointmentForm& preset)
{
    if (!session.clinic())
        return std::nullopt;
    return BookAppointment(parent, *session.clinic(), session.actor(), patient_id, preset);
}

std::optional<Booking> EditAppointment(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id)
{
    if (!session.clinic())
        return std::nullopt;
    return EditAppointment(parent, *session.clinic(), session.actor(), appointment_id);
}

} // namespace fc::ui
