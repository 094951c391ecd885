#include "ui/calendar_moves.h"

#include "services/appointments.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/wx_text.h"

#include <wx/msgdlg.h>

#include <string>

namespace fc::ui {

namespace {

// Which occurrences of a series move; nullopt when the clinician thought better of it.
std::optional<SeriesScope> AskScope(wxWindow* parent, const Appointment& a)
{
    if (!a.series_id)
        return SeriesScope::ThisOnly;
    wxMessageDialog ask(parent, _("This appointment is one of a repeating booking. Move which?"),
                        _("Move appointment"), wxYES_NO | wxCANCEL | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(_("\"This and following\" moves each later booked appointment of the series by the same "
                             "amount; earlier ones stay where they are."));
    ask.SetYesNoCancelLabels(_("&This appointment"), _("This and &following"), _("&Cancel"));
    switch (ask.ShowModal()) {
    case wxID_YES:
        return SeriesScope::ThisOnly;
    case wxID_NO:
        return SeriesScope::ThisAndFollowing;
    default:
        return std::nullopt;
    }
}

// The form that puts `a` at `date`, `time` with `clinician`, everything else as it is.
AppointmentForm FormFor(const Appointment& a, const Date& date, TimeOfDay time, std::int64_t clinician)
{
    auto form = AppointmentForm::from(a);
    form.date = to_iso(date);
    form.time = to_iso(time);
    form.clinician = std::to_string(clinician);
    return form;
}

const Appointment* Find(const Booking& booking, std::int64_t id)
{
    for (const auto& a : booking.appointments)
        if (a.id == id)
            return &a;
    return nullptr;
}

wxString Where(const Date& date, TimeOfDay time)
{
    return to_wx(to_iso(date)) + " " + to_wx(to_iso(time));
}

} // namespace

MoveOutcome MoveAppointment(wxWindow* parent, ClinicSession& session, const Appointment& a, const Date& date,
                            TimeOfDay time, std::optional<std::int64_t> clinician, const std::function<void()>& reload)
{
    if (!session.clinic())
        return MoveOutcome::Failed;
    const auto scope = AskScope(parent, a);
    if (!scope)
        return MoveOutcome::Cancelled;
    const bool other_clinician = clinician && *clinician != a.clinician_id;
    Appointments diary(*session.clinic(), session.actor());
    Booking moved;
    try {
        // Another clinician's column changes who sees the patient: an edit of the whole booking.
        moved = other_clinician ? diary.edit(a.id, FormFor(a, date, time, *clinician), a.version, *scope)
                                : diary.move(a.id, date, time, a.version, *scope);
    } catch (const Conflict&) {
        if (reload)
            reload();
        wxMessageDialog told(parent, _("This appointment was changed elsewhere, so it was not moved."),
                             _("Changed meanwhile"), wxOK | wxICON_INFORMATION);
        told.SetExtendedMessage(_("The calendar now shows it as it is. Move it again if it still needs moving."));
        told.ShowModal();
        return MoveOutcome::Stale;
    } catch (const Error& e) {
        ShowError(parent, e, _("The appointment was not moved"));
        return MoveOutcome::Failed;
    }
    if (moved.warnings.empty())
        return MoveOutcome::Moved;
    if (reload)
        reload(); // the block where it went, under the question

    wxString list;
    for (const auto& w : moved.warnings)
        list << (list.empty() ? "" : "\n") << "- " << to_wx(w.message);
    wxMessageDialog ask(parent, wxString::Format(_("Moved to %s, but:"), Where(date, time)), _("Appointment moved"),
                        wxYES_NO | wxYES_DEFAULT | wxICON_WARNING);
    ask.SetExtendedMessage(list);
    ask.SetYesNoLabels(_("&Keep the move"), _("&Undo the move"));
    if (ask.ShowModal() == wxID_YES)
        return MoveOutcome::Moved;

    // Undo: back where it was drawn, from the version the move left.
    const auto* now = Find(moved, a.id);
    try {
        const auto version = now ? now->version : a.version + 1;
        if (other_clinician)
            diary.edit(a.id, FormFor(a, a.date, a.start, a.clinician_id), version, *scope);
        else
            diary.move(a.id, a.date, a.start, version, *scope);
    } catch (const Error& e) {
        if (reload)
            reload();
        ShowError(parent, e, _("The move could not be undone; the appointment stays where it was moved"));
        return MoveOutcome::Moved;
    }
    return MoveOutcome::Undone;
}

} // namespace fc::ui
