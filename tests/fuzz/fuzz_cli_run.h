#pragma once
// floorchart-cli run as main runs it (run_cli), for the CLI harnesses: anything escaping run_cli,
// or an exit code that is not a documented one (cli/program.h), aborts, which libFuzzer reports.
#include "cli/program.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace fc::fuzz {

// `floorchart-cli --db CLINIC [--clinician 1] WORDS...`
inline int run_cli_checked(const std::string& clinic, const std::vector<std::string>& words, bool as_clinician,
                           const fc::cli::RunGate& gate = {})
{
    std::vector<const char*> argv{"floorchart-cli", "--db", clinic.c_str()};
    if (as_clinician)
        argv.insert(argv.end(), {"--clinician", "1"});
    for (const auto& w : words)
        argv.push_back(w.c_str());
    int code = -1;
    try {
        code = fc::cli::run_cli(static_cast<int>(argv.size()), argv.data(), gate);
    } catch (...) {
        std::abort(); // run_cli turns every failure into an exit code
    }
    if (code < fc::cli::ok || code > fc::cli::conflict)
        std::abort();
    return code;
}

} // namespace fc::fuzz
