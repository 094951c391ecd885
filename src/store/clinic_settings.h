#pragma once
// The clinic's own settings (opening hours, time zone...): text values by key, kept in the
// clinic file so that every workstation keeps to the same ones.
#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

namespace fc::store {

class ClinicSettings {
public:
    explicit ClinicSettings(SQLite::Database& db) : db_(db) {}

    std::optional<std::string> get(const std::string& key);
    void set(const std::string& key, const std::string& value);

private:
    SQLite::Database& db_;
};

} // namespace fc::store
