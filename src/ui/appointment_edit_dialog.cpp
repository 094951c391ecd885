// Editing or moving one appointment (or it and the rest of its series): its fields and what became
// of it; changed elsewhere meanwhile, it says so and shows the appointment as it is now.
#include "ui/appointment_dialogs.h"

#include "ui/appointment_form_dialog.h"
#include "ui/appointment_text.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/wx_text.h"

#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace fc::ui {

namespace {

class EditDialog : public AppointmentFormDialog {
public:
    // An edit of appointment `a`.
    EditDialog(wxWindow* parent, Clinic& clinic, const Actor& actor, const Appointment& a)
        : AppointmentFormDialog(clinic, actor, a.patient_id), editing_(a)
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

private:
    bool CanSave() const override { return editing_.can_be_changed(); }
    Booking CheckWithService(const AppointmentForm& form) override
    {
        return Appointments(clinic_, actor_).check_edit(editing_.id, form, editing_.version, Scope());
    }
    wxString OkLabel(bool warned) const override { return warned ? _("&Save anyway") : _("&Save"); }
    void Save() override
    {
        const auto scope = Scope();
        std::optional<std::string> conflict;
        const bool saved = checked_->Submit(this, [&] {
            try {
                booking_ = Appointments(clinic_, actor_).edit(editing_.id, Form(), editing_.version, scope);
            } catch (const Conflict& e) {
                conflict = e.what();
            }
        });
        if (conflict)
            Reload(*conflict);
        else if (saved)
            EndModal(wxID_OK);
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

    // Which occurrences of its series an edit is for.
    SeriesScope Scope() const
    {
        return XRCCTRL(*this, "scope_following", wxRadioButton)->GetValue() ? SeriesScope::ThisAndFollowing
                                                                             : SeriesScope::ThisOnly;
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
            ShowAppointment(Appointments(clinic_, actor_).get(editing_.id));
        } catch (const Error& e) {
            ShowError(this, e);
            EndModal(wxID_CANCEL);
            return;
        }
        Update();
    }

    Appointment editing_;
};

} // namespace

std::optional<Booking> EditAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor,
                                       std::int64_t appointment_id)
{
    std::optional<Appointment> a;
    if (!ShowingErrors(parent, [&] { a = Appointments(clinic, actor).get(appointment_id); }))
        return std::nullopt;
    EditDialog dialog(parent, clinic, actor, *a);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return dialog.booking();
}

std::optional<Booking> EditAppointment(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id)
{
    if (!session.clinic())
        return std::nullopt;
    return EditAppointment(parent, *session.clinic(), session.actor(), appointment_id);
}

} // namespace fc::ui
