#pragma once
// Reading back what the repositories of migration 2 store: optional whole numbers, flags and
// stable ids. A value the schema should never have let in (an unknown id, a malformed list) is
// reported as a damaged file, never silently replaced by a default.
#include "core/errors.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::store {

// ClinicFileError(Corrupt) saying that the file holds `what` (e.g. "an unknown note status 'x'
// in session_notes.status").
[[noreturn]] void stored_value_is_damaged(const std::string& what);

std::optional<int> optional_int_column(const SQLite::Column& c);
std::optional<std::int64_t> optional_id_column(const SQLite::Column& c);
void bind_optional_int(SQLite::Statement& s, int index, const std::optional<int>& v);
void bind_optional_id(SQLite::Statement& s, int index, const std::optional<std::int64_t>& v);
bool flag_column(const SQLite::Column& c); // 0 or 1

// The enum named by the stable id in `c`, read with the core's parse function.
template <class Parse>
auto id_column(const SQLite::Column& c, Parse parse)
{
    const auto text = c.getString();
    if (auto value = parse(std::string_view(text)))
        return *value;
    stored_value_is_damaged("an unknown value '" + text + "' in " + c.getName());
}

// "10,13,16" <-> {10, 13, 16}.
std::string join_numbers(const std::vector<int>& numbers);
std::vector<int> numbers_column(const SQLite::Column& c);
// "a,b" <-> {"a", "b"}; "" is the empty list.
std::vector<std::string> split_ids(std::string_view text);

} // namespace fc::store
