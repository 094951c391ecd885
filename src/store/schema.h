#pragma once
// The clinic file's schema, as numbered migrations keyed on PRAGMA user_version.
#include <cstdint>
#include <string_view>
#include <vector>

namespace fc::store {

// 'FlCh': marks a SQLite file as a FloorChart clinic (PRAGMA application_id).
inline constexpr std::int32_t application_id = 0x466C4368;
// 'FlBk': a FloorChart backup (or a copy set aside by a restore). Opened read-only and never
// written; a restore turns the copy it puts back into a clinic again.
inline constexpr std::int32_t backup_application_id = 0x466C426B;

struct Migration {
    int version; // user_version after it has run
    std::string_view sql;
};

const std::vector<Migration>& migrations();
int latest_schema_version();

} // namespace fc::store
