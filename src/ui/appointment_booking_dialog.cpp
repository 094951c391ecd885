// Booking: the patient (found by name, MRN or date of birth unless given), the appointment's fields
// and a weekly repeat, with a summary of what will be booked.
#include "ui/appointment_dialogs.h"

#include "services/patient_records.h"
#include "ui/appointment_form_dialog.h"
#include "ui/appointment_text.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/patient_list_model.h"
#include "ui/window_fit.h"
#include "ui/wx_text.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace fc::ui {

namespace {

class BookingDialog : public AppointmentFormDialog {
public:
    // A new booking for `patient_id` (nullopt: the dialog finds the patient).
    BookingDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, std::optional<std::int64_t> patient_id,
                  const AppointmentForm& preset)
        : AppointmentFormDialog(clinic, actor, patient_id)
    {
        Build(parent);
        SetTitle(_("Book appointment"));
        Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
            event.Skip();
            patient_id_.reset();
            FindPatients();
        }, XRCID("patient"));
        Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) { ChoosePatient(event.GetSelection()); },
             XRCID("patient_matches"));
        if (patient_id_)
            ShowPatient(*patient_id_);
        else
            FindPatients();
        Fill(Preset(preset));
        SetDefaultDays();
        Finish();
    }

private:
    bool Repeats() const override { return Choice("repeat")->GetSelection() == 1; }
    Booking CheckWithService(const AppointmentForm& form) override
    {
        return Appointments(clinic_, actor_).check(*patient_id_, form);
    }
    void ShowOutcome(const AppointmentForm& form, const Booking& checked) override
    {
        std::vector<Date> dates;
        for (const auto& a : checked.appointments)
            dates.push_back(a.date);
        wxString text = BookingSummary(dates, repeat_days(form));
        if (!checked.appointments.empty())
            text << ", " << TimeSpan(checked.appointments.front());
        XRCCTRL(*this, "summary", wxStaticText)->SetLabelText(text);
    }
    wxString OkLabel(bool warned) const override { return warned ? _("&Book anyway") : _("&Book"); }
    void Save() override
    {
        if (checked_->Submit(this, [this] { booking_ = Appointments(clinic_, actor_).book(*patient_id_, Form()); }))
            EndModal(wxID_OK);
    }

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

    std::vector<PatientListEntry> matches_; // by row of the list
};

} // namespace

std::optional<Booking> BookAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::optional<std::int64_t> patient_id, const AppointmentForm& preset)
{
    BookingDialog dialog(parent, clinic, actor, patient_id, preset);
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

} // namespace fc::ui
