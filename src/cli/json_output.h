#pragma once
// The JSON shape of each record, as printed by --json. Field names are a contract with scripts.
#include "core/audit.h"
#include "core/clinician.h"
#include "core/patient_record.h"
#include "core/patient_search.h"

#include <nlohmann/json.hpp>

namespace fc::cli {

nlohmann::json to_json(const Clinician& c);
nlohmann::json to_json(const Patient& p, const Date& today);
nlohmann::json to_json(const PatientListEntry& e, const Date& today);
nlohmann::json to_json(const PatientRecord& r, const Date& today);
nlohmann::json to_json(const Precaution& p, const Date& today);
nlohmann::json to_json(const Condition& c);
nlohmann::json to_json(const Consent& c);
nlohmann::json to_json(const AuditEntry& e);

} // namespace fc::cli
