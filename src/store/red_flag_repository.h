#pragma once
// Red flags as raised and acknowledged, and the clinic's red-flag settings.
#include "core/red_flag.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

struct RedFlagQuery {
    bool open_only = false;
    std::optional<std::int64_t> patient_id;
    std::optional<std::int64_t> clinician_id; // raised by
};

struct OpenFlagCounts {
    std::int64_t open = 0;
    std::int64_t urgent = 0;
};

class RedFlagRepository {
public:
    explicit RedFlagRepository(SQLite::Database& db) : db_(db) {}

    std::int64_t insert(const RedFlag& flag, std::optional<std::int64_t> raised_by);
    std::optional<RedFlag> find(std::int64_t id);
    // Urgent first, then oldest first (by the date the flag refers to), then id.
    std::vector<RedFlag> list(const RedFlagQuery& query);
    std::vector<RedFlagKey> keys_for_patient(std::int64_t patient_id);
    // Records flag.acknowledgement if the stored flag is still open at flag.version; false otherwise.
    bool record_acknowledgement(const RedFlag& flag);
    OpenFlagCounts open_counts(std::optional<std::int64_t> patient_id = std::nullopt);

    RedFlagSettings settings();
    void save_settings(const RedFlagSettings& settings);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
