#include "store/plan_repository.h"

#include "store/plan_json.h"
#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

#include <map>
#include <string>

namespace fc::store {

namespace {
constexpr const char* episode_columns = "id, patient_id, version, opened_on";
constexpr const char* version_columns = "v.id, v.episode_id, v.number, v.effective_on, v.clinician_id, v.content";

EpisodeOfCare episode_from_row(SQLite::Statement& q)
{
    EpisodeOfCare e;
    e.id = q.getColumn(0).getInt64();
    e.patient_id = q.getColumn(1).getInt64();
    e.version = q.getColumn(2).getInt64();
    e.opened_on = date_column(q.getColumn(3));
    return e;
}

PlanVersion version_from_row(SQLite::Statement& q)
{
    PlanVersion v;
    v.id = q.getColumn(0).getInt64();
    v.episode_id = q.getColumn(1).getInt64();
    v.number = q.getColumn(2).getInt();
    v.effective_on = date_column(q.getColumn(3));
    v.clinician_id = q.getColumn(4).getInt64();
    v.plan = plan_from_json(q.getColumn(5).getString(), "plan version " + std::to_string(v.id));
    return v;
}
} // namespace

std::int64_t PlanRepository::insert_episode(const EpisodeOfCare& episode)
{
    SQLite::Statement s(db_, "INSERT INTO episodes (patient_id, opened_on, created_at) VALUES (?, ?, ?)");
    s.bind(1, episode.patient_id);
    s.bind(2, to_iso(episode.opened_on));
    s.bind(3, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::int64_t PlanRepository::insert_version(const PlanVersion& version)
{
    // A trigger refuses any number but the next one of the episode.
    SQLite::Statement s(db_, "INSERT INTO plan_versions (episode_id, number, effective_on, clinician_id, recorded_at, "
                             "title, status, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, version.episode_id);
    s.bind(2, version.number);
    s.bind(3, to_iso(version.effective_on));
    s.bind(4, version.clinician_id);
    s.bind(5, utc_now_iso());
    s.bind(6, version.plan.title);
    s.bind(7, std::string(to_string(version.plan.status)));
    s.bind(8, plan_to_json(version.plan));
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<EpisodeOfCare> PlanRepository::find(std::int64_t episode_id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + episode_columns + " FROM episodes WHERE id = ?");
    q.bind(1, episode_id);
    if (!q.executeStep())
        return std::nullopt;
    auto episode = episode_from_row(q);

    SQLite::Statement v(db_, std::string("SELECT ") + version_columns +
                                 " FROM plan_versions v WHERE v.episode_id = ? ORDER BY v.number");
    v.bind(1, episode_id);
    while (v.executeStep())
        episode.plan_versions.push_back(version_from_row(v));
    return episode;
}

std::vector<EpisodeOfCare> PlanRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + episode_columns +
                                 " FROM episodes WHERE patient_id = ? ORDER BY opened_on, id");
    q.bind(1, patient_id);
    std::vector<EpisodeOfCare> out;
    std::map<std::int64_t, std::size_t> index_of; // episode id -> position in out
    while (q.executeStep()) {
        out.push_back(episode_from_row(q));
        index_of[out.back().id] = out.size() - 1;
    }

    SQLite::Statement v(db_, std::string("SELECT ") + version_columns +
                                 " FROM plan_versions v JOIN episodes e ON e.id = v.episode_id "
                                 "WHERE e.patient_id = ? ORDER BY v.episode_id, v.number");
    v.bind(1, patient_id);
    while (v.executeStep()) {
        auto version = version_from_row(v);
        out[index_of.at(version.episode_id)].plan_versions.push_back(std::move(version));
    }
    return out;
}

} // namespace fc::store
