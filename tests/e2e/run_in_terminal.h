#pragma once
// Runs a program with its stdout on a pseudo-terminal, as when a person runs it in a terminal
// window, and its stderr on a pipe, so the two can be told apart.
#include "support/run_program.h"

#include <string>
#include <vector>

namespace fc::test {

// `out` is what the terminal showed (with the terminal's "\r\n" line ends); `err` is exact.
ProgramResult run_in_terminal(const std::string& program, const std::vector<std::string>& args,
                              const std::vector<std::string>& extra_env = {});

} // namespace fc::test
