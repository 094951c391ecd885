// floorchart-cli's arguments, exactly as main parses and runs them (run_cli): one argument per
// line of the input, after "--db <scratch clinic> --clinician 1". Nothing may crash, leak or
// throw past run_cli, and the exit code is always one of the documented ones. Commands that
// write only the clinic file run for real against a scratch clinic; the ones that write other
// files (reports, backups, restore, .ics export) or take long (demo) are parsed but not run,
// and so is anything naming another clinic file than the scratch one.
#include "cli/cli_context.h"
#include "cli/program.h"
#include "fuzz_cli_run.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string scratch_clinic;

// The commands that may run: those that write nothing but the clinic file.
bool may_run(const CLI::App& command, const fc::cli::Context& ctx)
{
    static const std::set<std::string> never{"demo", "backup", "restore", "report", "progress", "batch",
                                             "handout", "export-ics", "verify"};
    if (ctx.db_option != scratch_clinic)
        return false;
    for (const CLI::App* at = &command; at; at = at->get_parent())
        if (never.count(at->get_name()))
            return false;
    return true;
}

int run(const std::vector<std::string>& words, bool as_clinician = true)
{
    return fc::fuzz::run_cli_checked(scratch_clinic, words, as_clinician, may_run);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // In memory when there is /dev/shm: every command's commit syncs, and a disk's syncs would
    // leave the fuzzer a few runs a second.
    std::string pattern = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    pattern += "/floorchart-fuzz-cli-XXXXXX";
    std::vector<char> folder(pattern.begin(), pattern.end());
    folder.push_back('\0');
    if (!mkdtemp(folder.data()))
        std::abort();
    scratch_clinic = std::string(folder.data()) + "/clinic.floorchart";
    static const std::filesystem::path scratch_folder = folder.data();
    std::atexit([] {
        std::error_code ec;
        std::filesystem::remove_all(scratch_folder, ec);
    });
    // Anything relative lands in the scratch folder (so give libFuzzer absolute paths).
    if (chdir(folder.data()) != 0)
        std::abort();
    std::freopen("/dev/null", "w", stdout);
    if (run({"init"}, false) != 0 || run({"clinician", "add", "--name", "Robin Sample"}, false) != 0 ||
        run({"patient", "add", "--family", "Sample", "--given", "Alex", "--dob", "1980-01-01"}) != 0)
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < size && words.size() <= 32; ++i) {
        if (data[i] == '\n')
            words.emplace_back();
        else
            words.back().push_back(static_cast<char>(data[i]));
    }
    run(words);
    return 0;
}
