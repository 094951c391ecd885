#pragma once
// The writer that gets killed: patients, precautions, plans, notes, signatures, home-log
// entries, each reported in a journal file only once the service call has returned.
#include <filesystem>
#include <string>

namespace fc::test {

// Runs until killed. Each completed write appends one line to `journal` and flushes it:
//   patient <id> <family name>
//   note <id> signed|draft
//   homelog <id> <minutes>
//   precaution <id>
int run_crash_workload(const std::filesystem::path& clinic, const std::filesystem::path& journal, unsigned seed);

} // namespace fc::test
