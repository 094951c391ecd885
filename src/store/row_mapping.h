#pragma once
// Small conversions between SQLite columns and core values, shared by the repositories.
#include "core/date.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace fc::store {

// Current UTC instant as ISO-8601 with seconds: 2026-11-25T09:30:00Z.
std::string utc_now_iso();

Date date_column(const SQLite::Column& c);                    // NOT NULL date columns
std::optional<Date> optional_date_column(const SQLite::Column& c); // NULL or a date

void bind_optional_date(SQLite::Statement& s, int index, const std::optional<Date>& d);

} // namespace fc::store
