#pragma once
// Human-readable text for patient records and lists (dates as YYYY-MM-DD).
#include "core/audit.h"
#include "core/clinician.h"
#include "core/patient_record.h"
#include "core/patient_search.h"

#include <string>
#include <vector>

namespace fc::cli {

std::string patient_list_text(const std::vector<PatientListEntry>& entries, const Date& today);
std::string patient_record_text(const PatientRecord& r, const Date& today, const std::vector<Clinician>& clinicians);
std::string audit_text(const std::vector<AuditEntry>& entries, const std::vector<Clinician>& clinicians);

} // namespace fc::cli
