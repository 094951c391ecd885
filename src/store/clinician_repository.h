#pragma once
#include "core/clinician.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class ClinicianRepository {
public:
    explicit ClinicianRepository(SQLite::Database& db) : db_(db) {}

    std::int64_t insert(const Clinician& c);
    std::optional<Clinician> find(std::int64_t id);
    std::vector<Clinician> list(bool include_inactive = true);
    // Stores c's fields if c.version is still current; false when it is stale or missing.
    bool update(const Clinician& c);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
