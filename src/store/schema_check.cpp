#include "store/schema_check.h"

#include "store/schema.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <map>
#include <mutex>
#include <set>
#include <utility>

namespace fc::store {

namespace {

using Objects = std::set<std::pair<std::string, std::string>>; // (type, name)

void run_migrations(SQLite::Database& db, int from, int to)
{
    for (const auto& m : migrations()) {
        if (m.version <= from || m.version > to)
            continue;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(std::string(m.sql));
        db.exec(fmt::format("PRAGMA user_version = {}", m.version));
        tx.commit();
    }
}

Objects objects_of(SQLite::Database& db)
{
    Objects out;
    SQLite::Statement q(db, "SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'index', 'trigger')");
    while (q.executeStep())
        out.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

// Made once per process and version, by running the migrations on an empty in-memory database.
const Objects& expected_objects(int version)
{
    static std::mutex mutex;
    static std::map<int, Objects> made;
    std::lock_guard lock(mutex);
    if (auto it = made.find(version); it != made.end())
        return it->second;
    SQLite::Database scratch(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    run_migrations(scratch, 0, version);
    return made[version] = objects_of(scratch);
}

} // namespace

void migrate(SQLite::Database& db, int from)
{
    run_migrations(db, from, latest_schema_version());
}

std::vector<std::string> missing_schema_objects(SQLite::Database& db, int version)
{
    std::vector<std::string> missing;
    if (version <= 0)
        return missing;
    const auto present = objects_of(db);
    for (const auto& object : expected_objects(version))
        if (!present.count(object))
            missing.push_back(object.first + " " + object.second);
    return missing;
}

} // namespace fc::store
