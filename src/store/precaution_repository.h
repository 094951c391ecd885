#pragma once
#include "core/precaution.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class PrecautionRepository {
public:
    explicit PrecautionRepository(SQLite::Database& db) : db_(db) {}

    std::int64_t insert(const Precaution& p, std::int64_t recorded_by);
    std::optional<Precaution> find(std::int64_t id);
    std::vector<Precaution> for_patient(std::int64_t patient_id);
    // Records the clearance if p.version is still current; false when stale.
    bool record_clearance(const Precaution& p, std::int64_t recorded_by);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
