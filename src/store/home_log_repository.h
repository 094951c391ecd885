#pragma once
// Home-log entries reported by the patient between visits.
#include "core/home_log.h"

#include "store/statement_cache.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class HomeLogRepository {
public:
    explicit HomeLogRepository(SQLite::Database& db) : db_(db), prepared_(db) {}

    std::int64_t insert(const HomeLogEntry& entry, std::int64_t recorded_by);
    std::optional<HomeLogEntry> find(std::int64_t id);
    // The patient's entries ordered by date, id.
    std::vector<HomeLogEntry> for_patient(std::int64_t patient_id);

private:
    SQLite::Database& db_;
    StatementCache prepared_;
};

} // namespace fc::store
