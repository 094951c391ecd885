#pragma once
// The demo clinic's dice: one seeded engine, so the same seed gives the same clinic.
#include <iterator>
#include <random>

namespace fc::demo {

struct Random {
    std::mt19937 engine;
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <class V>
    const auto& pick(const V& v)
    {
        return v[static_cast<std::size_t>(between(0, static_cast<int>(std::size(v)) - 1))];
    }
};

} // namespace fc::demo
