#pragma once
// Patients' demographic rows and the search over them (FTS5 trigram on folded text).
#include "core/patient.h"
#include "core/patient_search.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fc::store {

class PatientRepository {
public:
    explicit PatientRepository(SQLite::Database& db) : db_(db) {}

    std::int64_t insert(const Patient& p); // p.mrn must be set and free
    // Stores p's fields if p.version is still current; false when it is stale or missing.
    bool update(const Patient& p);
    bool set_archived(std::int64_t id, bool archived, std::int64_t expected_version);
    std::optional<Patient> find(std::int64_t id);
    bool mrn_taken(std::string_view mrn, std::int64_t except_id = 0);
    std::int64_t next_id();
    std::vector<PatientListEntry> search(const PatientQuery& query);
    std::int64_t count(bool include_archived);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
