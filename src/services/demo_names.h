#pragma once
// Invented name pools for the demo clinic, by naming tradition, in their own scripts.
#include <string_view>
#include <vector>

namespace fc::demo {

struct NamePool {
    std::vector<std::string_view> family;
    std::vector<std::string_view> female;
    std::vector<std::string_view> male;
};

const std::vector<NamePool>& name_pools();

} // namespace fc::demo
