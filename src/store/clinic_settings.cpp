#include "store/clinic_settings.h"

#include <SQLiteCpp/Statement.h>

namespace fc::store {

std::optional<std::string> ClinicSettings::get(const std::string& key)
{
    SQLite::Statement q(db_, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep())
        return std::nullopt;
    return q.getColumn(0).getString();
}

void ClinicSettings::set(const std::string& key, const std::string& value)
{
    SQLite::Statement s(db_, "INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key);
    s.bind(2, value);
    s.exec();
}

} // namespace fc::store
