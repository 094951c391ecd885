#pragma once
// Runs a program with arguments (no shell), capturing its exit code, stdout and stderr.
#include <string>
#include <vector>

namespace fc::test {

struct ProgramResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

ProgramResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& extra_env = {});

} // namespace fc::test
