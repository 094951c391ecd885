#pragma once
// floorchart-cli as a function: the commands registered, the arguments parsed, the chosen
// command run and every failure turned into an exit code with a message on stderr.
// Exit codes: 0 ok, 1 other failure, 2 usage, 3 invalid input, 4 not found, 5 conflict, 7 busy
// (the clinic file stayed locked by other writers: retry).
#include <functional>

namespace CLI {
class App;
}

namespace fc::cli {

class Context;

enum Exit { ok = 0, failure = 1, usage = 2, invalid = 3, not_found = 4, conflict = 5, busy = 7 };

// Decides, once the arguments are parsed, whether the command (the innermost subcommand
// given) is run; the argument fuzzer uses it to keep to commands that write only the clinic
// file. Returning false ends with `ok` without running anything.
using RunGate = std::function<bool(const CLI::App& command, const Context& ctx)>;

int run_cli(int argc, const char* const* argv, const RunGate& gate = {});

} // namespace fc::cli
