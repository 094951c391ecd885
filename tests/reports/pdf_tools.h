#pragma once
// The command-line PDF tools the tests use when they are installed (qpdf, poppler-utils).
#include "support/run_program.h"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>

namespace fc::test {

inline std::optional<std::string> find_tool(const std::string& name)
{
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const auto candidate = std::filesystem::path(dir) / name;
        std::error_code ec;
        if (!dir.empty() && std::filesystem::is_regular_file(candidate, ec))
            return candidate.string();
    }
    return std::nullopt;
}

} // namespace fc::test
