#pragma once
// Conditions a patient is treated for, and consent records for intimate examination.
#include "core/condition.h"
#include "core/consent.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <vector>

namespace fc::store {

class ConditionRepository {
public:
    explicit ConditionRepository(SQLite::Database& db) : db_(db) {}
    std::int64_t insert(const Condition& c);
    std::vector<Condition> for_patient(std::int64_t patient_id);

private:
    SQLite::Database& db_;
};

class ConsentRepository {
public:
    explicit ConsentRepository(SQLite::Database& db) : db_(db) {}
    std::int64_t insert(const Consent& c);
    std::vector<Consent> for_patient(std::int64_t patient_id);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
