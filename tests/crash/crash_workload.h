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
// Once the clinic is open and the first write can start, one byte goes to `ready_fd` (when >= 0),
// so that the kill falls among the writes however long a loaded machine takes to open the file.
int run_crash_workload(const std::filesystem::path& clinic, const std::filesystem::path& journal, unsigned seed,
                       int ready_fd = -1);

} // namespace fc::test
