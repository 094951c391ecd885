#pragma once
// The main window's body while a clinic is open: the patient list on the left, the chosen
// patient's record on the right, and what passes between them. Choosing a patient opens their
// record once the choice settles (opening writes the audit trail, so arrowing past a patient
// does not open theirs); a change saved through the services shows in both.
#include "core/patient_record.h"
#include "ui/record_tab.h"

#include <wx/splitter.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace fc {
class Clinic;
class PatientRecords;
}

namespace fc::ui {

class ClinicSession;
class PatientListPanel;
class PatientRecordPanel;

class PatientWorkspace : public wxSplitterWindow {
public:
    PatientWorkspace(wxWindow* parent, ClinicSession& session);

    // The session changed: when it is another clinic, lists its patients, with no record open.
    void ShowSession();
    // Remembers where the divider is (AppSettings).
    void SaveLayout() const;

    ClinicSession& session() { return session_; }
    PatientListPanel& list() { return *list_; }
    // The record open on the right, if any.
    const PatientRecord* record() const { return record_ ? &*record_ : nullptr; }
    // Whether a change can be made now: a clinic is open and a clinician is working.
    bool can_change() const;
    // The clinic's patient records, changed in the name of the working clinician.
    PatientRecords records() const;
    Date today() const;

    // Opens patient `id`'s record now (writing the 'open' audit entry) and shows it.
    void Open(std::int64_t id);
    // Opens patient `patient_id`'s record (unless open) and shows `item` in it (a red flag's source).
    bool ShowItem(std::int64_t patient_id, const RecordItem& item);
    // Reads the open record again (no audit entry) and shows it: after a tab saved a change, or
    // when something outside the record (an acknowledged flag) changed what it shows.
    void Reload();
    void FocusRecord();
    // Called after the open record was read again because something in it changed (a note
    // signed, an entry added): what counts flags elsewhere in the window follows.
    void OnRecordChanged(std::function<void()> listener) { record_changed_ = std::move(listener); }

    // After a change saved through the services: shows it in the record and the list.
    void Added(const Patient& patient);
    void Saved(const Patient& patient);
    void Saved(const Precaution& precaution);
    void Saved(const Condition& condition);
    void Saved(const Consent& consent);

private:
    void ShowRecord();
    std::string ClinicianName(std::int64_t id);

    ClinicSession& session_;
    const Clinic* shown_clinic_ = nullptr; // whose patients are listed
    PatientListPanel* list_ = nullptr;
    PatientRecordPanel* record_panel_ = nullptr;
    std::optional<PatientRecord> record_;
    std::optional<std::int64_t> choosing_; // chosen in the list, opened when the choice settles
    wxTimer settle_;
    std::map<std::int64_t, std::string> clinician_names_;
    std::function<void()> record_changed_;
};

} // namespace fc::ui
