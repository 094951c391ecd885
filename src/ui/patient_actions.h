#pragma once
// What the Patient menu, the toolbar and the Details tab's buttons do with the open record: each
// asks (a dialog), saves through the services and shows the result in the workspace.
#include <cstdint>
#include <optional>

class wxWindow;

namespace fc::ui {

class PatientWorkspace;

void NewPatient(wxWindow* parent, PatientWorkspace& workspace);
void EditPatient(wxWindow* parent, PatientWorkspace& workspace);
// Archives the open record, or un-archives it when archived, once the user confirms.
void ToggleArchived(wxWindow* parent, PatientWorkspace& workspace);
void AddPrecaution(wxWindow* parent, PatientWorkspace& workspace);
// Clears `precaution` (or one the user chooses) of the open record.
void ClearPrecaution(wxWindow* parent, PatientWorkspace& workspace, std::optional<std::int64_t> precaution);
void AddCondition(wxWindow* parent, PatientWorkspace& workspace);
void AddConsent(wxWindow* parent, PatientWorkspace& workspace);

// Whether the open record can be changed now (a clinician works, the record is not archived), and
// whether it has an open precaution: the commands' enabling.
bool CanChangeRecord(const PatientWorkspace& workspace);
bool HasOpenPrecaution(const PatientWorkspace& workspace);

} // namespace fc::ui
