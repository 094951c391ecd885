#pragma once
// What a check of a clinic file (or of a backup of one) found: whether it is healthy, its schema,
// the problems seen and, when there were none, what it holds. One value for the store that runs
// the checks, the services that add the counts and the app and the CLI that show it.
#include <cstdint>
#include <string>
#include <vector>

namespace fc {

struct ClinicHealth {
    bool ok = false;                  // no problems
    int schema_version = 0;
    int latest_schema_version = 0;    // the schema this FloorChart writes (0: not asked, a backup's check)
    std::vector<std::string> problems;
    // Counted only when the checks found no problem; 0 where the check does not count them.
    std::int64_t patients = 0;
    std::int64_t clinicians = 0;
    std::int64_t session_notes = 0;   // counted for backups
    std::int64_t audit_entries = 0;
};

} // namespace fc
