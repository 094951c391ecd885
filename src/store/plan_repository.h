#pragma once
// Episodes of care and their append-only plan versions (each version holds the whole plan).
#include "core/therapy_plan.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace fc::store {

class PlanRepository {
public:
    explicit PlanRepository(SQLite::Database& db) : db_(db) {}

    // A new episode (its versions are ignored); returns its id.
    std::int64_t insert_episode(const EpisodeOfCare& episode);
    // Appends a version (number must be the next one for its episode); returns its id.
    std::int64_t insert_version(const PlanVersion& version);
    // The episode with all its versions in number order.
    std::optional<EpisodeOfCare> find(std::int64_t episode_id);
    // The patient's episodes with their versions, oldest first.
    std::vector<EpisodeOfCare> for_patient(std::int64_t patient_id);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
