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

// In a forked child whose output is already redirected: standard input from /dev/null, the extra
// environment ("NAME=value") added, then the program run in place of the child (exit 127 if not).
[[noreturn]] void exec_in_child(const std::string& program, const std::vector<std::string>& args,
                                const std::vector<std::string>& extra_env);

} // namespace fc::test
