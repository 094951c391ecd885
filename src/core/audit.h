#pragma once
// One line of the audit trail: who did what to which record, and when. Never changed, never deleted.
#include <cstdint>
#include <optional>
#include <string>

namespace fc {

struct AuditEntry {
    std::int64_t id = 0;
    std::string at; // UTC instant, ISO-8601 (2026-11-25T09:30:00Z)
    std::optional<std::int64_t> clinician_id;
    std::string action; // create, update, archive, unarchive, open, clear
    std::string entity; // patient, clinician, precaution, condition, consent
    std::int64_t entity_id = 0;
    std::string detail;
};

} // namespace fc
