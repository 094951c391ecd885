#pragma once
// Stable text ids of enums (used in the clinic file, JSON and the CLI). Each enum keeps a table
// in its enumerator order, either of ids or of entries with an `id` member (and a label).
#include <cstddef>
#include <optional>
#include <string_view>

namespace fc::enum_ids {

inline std::string_view id_of(std::string_view id)
{
    return id;
}

template <typename Entry>
std::string_view id_of(const Entry& entry)
{
    return entry.id;
}

// The enumerator whose id is `id`, or nullopt.
template <typename Enum, typename Table>
std::optional<Enum> parse_id(const Table& table, std::string_view id)
{
    for (std::size_t i = 0; i < std::size(table); ++i)
        if (id_of(table[i]) == id)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace fc::enum_ids
