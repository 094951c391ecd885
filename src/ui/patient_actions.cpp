#include "ui/patient_actions.h"

#include "services/clinic.h"
#include "services/patient_records.h"
#include "ui/clinic_session.h"
#include "ui/condition_dialog.h"
#include "ui/consent_dialog.h"
#include "ui/error_messages.h"
#include "ui/patient_dialog.h"
#include "ui/patient_workspace.h"
#include "ui/precaution_dialogs.h"
#include "ui/wx_text.h"

#include <wx/msgdlg.h>

#include <algorithm>

namespace fc::ui {

namespace {

std::vector<Precaution> open_precautions(const PatientRecord& record, const Date& today)
{
    std::vector<Precaution> open;
    std::copy_if(record.precautions.begin(), record.precautions.end(), std::back_inserter(open),
                 [&](const Precaution& p) { return p.is_open_on(today); });
    return open;
}

// Runs `change` on the open record when it may be changed, showing the clinic's errors.
template <class Change>
void with_record(wxWindow* parent, PatientWorkspace& workspace, Change&& change)
{
    if (!CanChangeRecord(workspace))
        return;
    ShowingErrors(parent, [&] {
        auto records = workspace.records();
        change(records, *workspace.record());
    });
}

} // namespace

bool CanChangeRecord(const PatientWorkspace& workspace)
{
    return workspace.can_change() && workspace.record() && !workspace.record()->patient.archived;
}

bool HasOpenPrecaution(const PatientWorkspace& workspace)
{
    return CanChangeRecord(workspace) && !open_precautions(*workspace.record(), workspace.today()).empty();
}

void NewPatient(wxWindow* parent, PatientWorkspace& workspace)
{
    if (!workspace.can_change())
        return;
    ShowingErrors(parent, [&] {
        auto records = workspace.records();
        if (const auto added = ShowNewPatientDialog(parent, records, workspace.today()))
            workspace.Added(*added);
    });
}

void EditPatient(wxWindow* parent, PatientWorkspace& workspace)
{
    with_record(parent, workspace, [&](PatientRecords& records, const PatientRecord& record) {
        if (const auto saved = ShowEditPatientDialog(parent, records, workspace.today(), record.patient))
            workspace.Saved(*saved);
    });
}

void ToggleArchived(wxWindow* parent, PatientWorkspace& workspace)
{
    const auto* record = workspace.record();
    if (!workspace.can_change() || !record)
        return;
    const auto& p = record->patient;
    const bool archive = !p.archived;
    const auto name = to_wx(p.display_name());
    wxMessageDialog confirm(parent,
                            archive ? wxString::Format(_("Archive the record of %s?"), name)
                                    : wxString::Format(_("Un-archive the record of %s?"), name),
                            archive ? _("Archive patient") : _("Un-archive patient"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetExtendedMessage(
        archive ? _("An archived patient leaves the patient list (Show archived patients lists them again) and "
                    "their record can no longer be changed. Nothing is deleted: the record can be un-archived.")
                : _("The patient returns to the patient list and their record can be changed again."));
    confirm.SetYesNoLabels(archive ? _("&Archive") : _("&Un-archive"), _("&Cancel"));
    if (confirm.ShowModal() != wxID_YES)
        return;
    ShowingErrors(parent, [&] { workspace.Saved(workspace.records().set_archived(p.id, archive)); });
}

void AddPrecaution(wxWindow* parent, PatientWorkspace& workspace)
{
    with_record(parent, workspace, [&](PatientRecords& records, const PatientRecord& record) {
        if (const auto added = ShowAddPrecautionDialog(parent, records, workspace.today(), record.patient.id))
            workspace.Saved(*added);
    });
}

void ClearPrecaution(wxWindow* parent, PatientWorkspace& workspace, std::optional<std::int64_t> precaution)
{
    with_record(parent, workspace, [&](PatientRecords& records, const PatientRecord& record) {
        const auto open = open_precautions(record, workspace.today());
        if (open.empty())
            return;
        if (const auto cleared = ShowClearPrecautionDialog(parent, records, workspace.today(), record.patient.id,
                                                           open, precaution, workspace.session().actor().name))
            workspace.Saved(*cleared);
    });
}

void AddCondition(wxWindow* parent, PatientWorkspace& workspace)
{
    with_record(parent, workspace, [&](PatientRecords& records, const PatientRecord& record) {
        if (const auto added = ShowAddConditionDialog(parent, records, workspace.today(), record.patient.id))
            workspace.Saved(*added);
    });
}

void AddConsent(wxWindow* parent, PatientWorkspace& workspace)
{
    with_record(parent, workspace, [&](PatientRecords& records, const PatientRecord& record) {
        if (const auto added = ShowAddConsentDialog(parent, records, workspace.today(), record.patient.id))
            workspace.Saved(*added);
    });
}

} // namespace fc::ui
