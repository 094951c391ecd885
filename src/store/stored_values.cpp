#include "store/stored_values.h"

#include <fmt/format.h>

#include <charconv>

namespace fc::store {

void stored_value_is_damaged(const std::string& what)
{
    throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                          fmt::format("The clinic file holds {}; run 'check' and restore a backup if it reports "
                                      "damage.",
                                      what));
}

std::optional<int> optional_int_column(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt();
}

std::optional<std::int64_t> optional_id_column(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt64();
}

void bind_optional_int(SQLite::Statement& s, int index, const std::optional<int>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bind(index);
}

void bind_optional_id(SQLite::Statement& s, int index, const std::optional<std::int64_t>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bind(index);
}

bool flag_column(const SQLite::Column& c)
{
    const auto v = c.getInt();
    if (v != 0 && v != 1)
        stored_value_is_damaged(fmt::format("the flag {} in {} (expected 0 or 1)", v, c.getName()));
    return v == 1;
}

std::string join_numbers(const std::vector<int>& numbers)
{
    std::string out;
    for (const int n : numbers)
        out += (out.empty() ? "" : ",") + std::to_string(n);
    return out;
}

std::vector<int> numbers_column(const SQLite::Column& c)
{
    const auto text = c.getString();
    std::vector<int> out;
    for (const auto& item : split_ids(text)) {
        int n = 0;
        const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), n);
        if (ec != std::errc() || end != item.data() + item.size())
            stored_value_is_damaged(fmt::format("a malformed list of numbers '{}' in {}", text, c.getName()));
        out.push_back(n);
    }
    return out;
}

std::vector<std::string> split_ids(std::string_view text)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    std::size_t from = 0;
    while (true) {
        const auto comma = text.find(',', from);
        out.emplace_back(text.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
        if (comma == std::string_view::npos)
            return out;
        from = comma + 1;
    }
}

} // namespace fc::store
