#pragma once
// Running the numbered migrations, and checking that a file has every table, index and trigger its
// schema version promises (a file whose triggers were dropped would let a signed note change).
#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace fc::store {

// Runs the migrations after `from` up to the latest, each in its own transaction.
void migrate(SQLite::Database& db, int from);

// The tables, indexes and triggers of the schema at `version` that `db` lacks ("trigger
// notes_signed_are_immutable"); empty when all are there.
std::vector<std::string> missing_schema_objects(SQLite::Database& db, int version);

} // namespace fc::store
