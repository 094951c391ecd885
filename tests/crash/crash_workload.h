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
// so that the kill falls among the writes however long a loaded machine takes to open the file;
// then, when `go_fd` >= 0, the writes start only once a byte comes from it.
int run_crash_workload(const std::filesystem::path& clinic, const std::filesystem::path& journal, unsigned seed,
                       int ready_fd = -1, int go_fd = -1);

// Another FloorChart process while the workload runs: opens the clinic, adds a patient called `name`
// (journalled as `visitor <id> <name>`), and closes it. Closing must leave the workload's WAL alone.
void visit_clinic(const std::filesystem::path& clinic, const std::filesystem::path& journal, const std::string& name);

} // namespace fc::test
