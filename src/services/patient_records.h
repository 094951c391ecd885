#pragma once
// The patient-record use cases. Each change is one transaction that validates, writes, appends
// to the audit trail and commits, or changes nothing and says why.
#include "core/audit.h"
#include "core/condition.h"
#include "core/consent.h"
#include "core/patient.h"
#include "core/patient_record.h"
#include "core/patient_search.h"
#include "core/precaution.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fc {

class PatientRecords {
public:
    PatientRecords(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // Creates a patient (MRN generated when the form leaves it empty). Throws InvalidInput, Conflict.
    Patient add(const PatientForm& form);
    // Saves the whole form over the patient if it is still at `expected_version`; an empty MRN keeps
    // the current one. Throws InvalidInput, NotFound, Conflict (stale, archived, duplicate MRN).
    Patient edit(std::int64_t id, const PatientForm& form, std::int64_t expected_version);
    // Archives or un-archives; doing it twice changes nothing. Throws NotFound.
    Patient set_archived(std::int64_t id, bool archived);

    // The whole record; writes the 'open' audit entry. Throws NotFound.
    PatientRecord open(std::int64_t id);
    // The whole record again for a window that has it open already: no second audit entry. Throws NotFound.
    PatientRecord reread(std::int64_t id);
    // The patient's row only, with no audit entry (for refreshing a form). Throws NotFound.
    Patient get(std::int64_t id);
    std::vector<PatientListEntry> search(const PatientQuery& query);
    std::int64_t count(bool include_archived = false);
    std::vector<AuditEntry> history(std::int64_t id);

    Precaution add_precaution(std::int64_t patient_id, const PrecautionForm& form);
    Precaution clear_precaution(std::int64_t patient_id, std::int64_t precaution_id, const ClearanceForm& form);
    Condition add_condition(std::int64_t patient_id, const ConditionForm& form);
    Consent add_consent(std::int64_t patient_id, const ConsentForm& form);

private:
    std::int64_t clinician(); // the acting clinician; throws ClinicianRequired
    Patient existing(std::int64_t id);
    PatientRecord whole_record(std::int64_t id); // inside a transaction

    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
