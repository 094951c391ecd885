#pragma once
// A file's bytes, read or written whole: for tests that damage a file, or check that nothing
// changed it.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fc::test {

inline std::string read_all(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

inline void write_all(const std::filesystem::path& p, const std::string& bytes)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace fc::test
