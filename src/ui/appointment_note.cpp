// Writing the session note of an appointment: in the patient's record, on the Sessions tab, so
// that the note is listed there once written; the service links the note to the appointment and
// records the attendance when the note is saved.
#include "ui/appointment_dialogs.h"

#include "services/patient_records.h"
#include "ui/clinic_session.h"
#include "ui/error_messages.h"
#include "ui/note_editor.h"
#include "ui/patient_list_panel.h"
#include "ui/patient_workspace.h"
#include "ui/sessions_tab.h"

#include <wx/bookctrl.h>
#include <wx/toplevel.h>

namespace fc::ui {

namespace {

// The patients' part of the main window `from` is in (or that opened the dialog it is in).
PatientWorkspace* workspace_of(wxWindow* from)
{
    for (auto* w = from; w; w = w->GetParent())
        if (auto* workspace = dynamic_cast<PatientWorkspace*>(w))
            return workspace;
    for (auto* w = from; w; w = w->GetParent()) {
        auto* top = wxGetTopLevelParent(w);
        if (!top)
            break;
        if (auto* workspace = dynamic_cast<PatientWorkspace*>(top->FindWindow("patient_workspace")))
            return workspace;
        w = top;
    }
    return nullptr;
}

// Brings `page` to the front of every book it is in (the main window's body, the record's tabs).
void bring_forward(wxWindow* page)
{
    for (auto* w = page; w && !w->IsTopLevel(); w = w->GetParent())
        if (auto* book = dynamic_cast<wxBookCtrlBase*>(w->GetParent()))
            if (const int index = book->FindPage(w); index != wxNOT_FOUND && book->GetSelection() != index)
                book->SetSelection(static_cast<std::size_t>(index)); // the record panel shows a tab when chosen
}

} // namespace

void WriteNoteFromAppointment(wxWindow* parent, Clinic& clinic, const Actor& actor, std::int64_t appointment_id)
{
    Appointment a;
    NoteForm form;
    if (!ShowingErrors(parent, [&] {
            Appointments appointments(clinic, actor);
            a = appointments.get(appointment_id);
            form = appointments.note_form(appointment_id);
        }))
        return;

    auto* workspace = workspace_of(parent);
    if (workspace && workspace->session().clinic() == &clinic) {
        if (!workspace->record() || workspace->record()->patient.id != a.patient_id) {
            workspace->list().ClearSearch(a.patient_id); // listed and chosen, as the red-flag queue does
            workspace->Open(a.patient_id);
        }
        auto* tab = dynamic_cast<SessionsTab*>(workspace->FindWindow("sessions_tab"));
        if (tab && workspace->record() && workspace->record()->patient.id == a.patient_id) {
            bring_forward(tab);
            tab->WriteNote(form);
            return;
        }
    }
    // No record window to write it in (a diary of its own): the editor alone.
    Patient patient;
    if (!ShowingErrors(parent, [&] { patient = PatientRecords(clinic, actor).get(a.patient_id); }))
        return;
    ShowingErrors(parent, [&] { ShowNoteEditor(parent, clinic, actor, patient, std::nullopt, form); });
}

void WriteNoteFromAppointment(wxWindow* parent, ClinicSession& session, std::int64_t appointment_id)
{
    if (session.clinic())
        WriteNoteFromAppointment(parent, *session.clinic(), session.actor(), appointment_id);
}

} // namespace fc::ui
