#pragma once
// The append-only audit trail: every create, update, archive and every opening of a record.
#include "core/audit.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc::store {

class AuditLog {
public:
    explicit AuditLog(SQLite::Database& db) : db_(db) {}

    void append(std::optional<std::int64_t> clinician_id, const std::string& action, const std::string& entity,
                std::int64_t entity_id, const std::string& detail = {});
    std::vector<AuditEntry> for_record(const std::string& entity, std::int64_t entity_id);
    std::int64_t count();

private:
    SQLite::Database& db_;
};

} // namespace fc::store
