#pragma once
// Splits a fuzzer's bytes into form fields: each field ends at a NUL byte (the last one at the
// end), so the fuzzer can grow, shrink and mix the fields of a form independently.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fc::fuzz {

inline std::vector<std::string> fields(const std::uint8_t* data, std::size_t size, std::size_t count)
{
    std::vector<std::string> out(count);
    std::size_t field = 0;
    for (std::size_t i = 0; i < size && field < count; ++i) {
        if (data[i] == 0)
            ++field;
        else
            out[field] += static_cast<char>(data[i]);
    }
    return out;
}

} // namespace fc::fuzz
