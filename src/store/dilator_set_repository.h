#pragma once
// The clinic's catalogue of dilator sets; the default set is seeded by migration 2.
#include "core/dilator_set.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class DilatorSetRepository {
public:
    explicit DilatorSetRepository(SQLite::Database& db) : db_(db) {}

    std::int64_t insert(const DilatorSet& set);
    std::optional<DilatorSet> find(std::int64_t id);
    // Every set (active and retired) with the default set's id.
    DilatorCatalogue catalogue();

private:
    SQLite::Database& db_;
};

} // namespace fc::store
