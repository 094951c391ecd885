// What became of an appointment: attended, did not attend (with a reason if one is known) or
// cancelled (with the reason, required; for a series, this one or the rest of it too).
#include "ui/appointment_dialogs.h"

#include "ui/appointment_text.h"
#include "ui/checked_form.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/wx_text.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <memory>

namespace fc::ui {

namespace {

constexpr int wrap_chars = 60;

class AppointmentStatusDialog : public wxDialog {
public:
    AppointmentStatusDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Appointment& a,
                            AppointmentStatus to)
        : appointments_(clinic, actor), appointment_(a), to_(to), today_(clinic.today())
    {
        wxXmlResource::Get()->LoadDialog(this, parent, "appointment_status_dialog");
        const bool cancel = to == AppointmentStatus::Cancelled;
        SetTitle(cancel ? _("Cancel appointment") : _("Did not attend"));
        auto* intro = XRCCTRL(*this, "intro", wxStaticText);
        intro->SetLabelText(wxString::Format(cancel ? _("Cancel the appointment of %s, %s?")
                                                    : _("Record that the patient did not attend on %s, %s?"),
                                             AppointmentWhen(a), wxGetTranslation(to_wx(label(a.type))).Lower()));
        intro->Wrap(GetCharWidth() * wrap_chars);
        auto* reason = XRCCTRL(*this, "reason", wxComboBox);
        for (const wxString& r : cancel ? std::vector<wxString>{_("Patient unwell"), _("Patient's request"),
                                                                _("Clinician unavailable"), _("Clinic closed")}
                                        : std::vector<wxString>{_("No contact"), _("Forgot"), _("Unwell")})
            reason->Append(r);
        reason->SetHint(cancel ? _("Required") : _("Optional"));
        XRCCTRL(*this, "reason_label", wxStaticText)->SetLabel(cancel ? _("&Reason:") : _("&Reason, if known:"));
        FindWindow("scope_section")->Show(cancel && a.series_id.has_value());
        dynamic_cast<wxButton*>(FindWindow(wxID_OK))->SetLabel(cancel ? _("Cancel &appointment")
                                                                     : _("Record &did not attend"));
        checked_ = std::make_unique<CheckedForm>(
            this, std::vector<std::pair<std::string, wxString>>{{"reason", _("Reason")}}, [this] { return Check(); },
            FindWindow(wxID_OK));
        Bind(wxEVT_BUTTON, &AppointmentStatusDialog::OnOk, this, wxID_OK);
        checked_->Recheck();
        GetSizer()->SetSizeHints(this);
        CentreOnParent();
        reason->SetFocus();
    }

    const std::vector<Appointment>& changed() const { return changed_; }

private:
    std::string Reason() const
    {
        return from_wx(XRCCTRL(*this, "reason", wxComboBox)->GetValue().Strip(wxString::both));
    }

    // The core's rules for the change (a cancellation needs its reason).
    std::vector<FieldError> Check() const
    {
        try {
            check_status_change(appointment_, to_, Reason(), today_);
        } catch (const InvalidInput& e) {
            return e.errors();
        }
        return {};
    }

    void OnOk(wxCommandEvent&)
    {
        const auto scope = XRCCTRL(*this, "scope_following", wxRadioButton)->GetValue() ? SeriesScope::ThisAndFollowing
                                                                                         : SeriesScope::ThisOnly;
        if (checked_->Submit(this, [&] {
                changed_ = appointments_.set_status(appointment_.id, to_, Reason(), appointment_.version, scope);
            }))
            EndModal(wxID_OK);
    }

    Appointments appointments_;
    Appointment appointment_;
    AppointmentStatus to_;
    Date today_;
    std::unique_ptr<CheckedForm> checked_;
    std::vector<Appointment> changed_;
};

} // namespace

bool ChangeAppointmentStatus(wxWindow* parent, Clinic& clinic, const Actor& actor, std::int64_t appointment_id,
                             AppointmentStatus to)
{
    Appointments appointments(clinic, actor);
    std::optional<Appointment> a;
    if (!ShowingErrors(parent, [&] { a = appointments.get(appointment_id); }))
        return false;
    if (a->status == to || to == AppointmentStatus::Booked) // what became of one is not undone here
        return false;
    // Attended needs no more than the click; what the service refuses (a future appointment, one
    // a note records already) it says why.
    if (to == AppointmentStatus::Attended)
        return ShowingErrors(parent, [&] { appointments.set_status(appointment_id, to, {}, a->version); });
    // Before asking for a reason: a future appointment cannot be missed yet.
    if (to == AppointmentStatus::DidNotAttend &&
        !ShowingErrors(parent, [&] { check_status_change(*a, to, {}, clinic.today()); }))
        return false;
    AppointmentStatusDialog dialog(parent, clinic, actor, *a, to);
    return dialog.ShowModal() == wxID_OK;
}

bool ChangeAppointmentStatus(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id,
                             AppointmentStatus to)
{
    if (!session.clinic())
        return false;
    return ChangeAppointmentStatus(parent, *session.clinic(), session.actor(), appointment_id, to);
}

} // namespace fc::ui
