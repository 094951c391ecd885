#pragma once
// Drives the real floorchart-cli executable against a temporary clinic file.
#include "support/run_program.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace fc::test {

class CliTest : public ::testing::Test {
protected:
    TempDir dir;
    std::string db = dir.file("clinic.floorchart").string();

    // Every test starts on a new clinic made by `init`, the one command that creates one (a test of
    // a missing file removes it).
    CliTest() { EXPECT_EQ(cli({"init"}).exit_code, 0); }

    // Runs `floorchart-cli --db <db> args...`.
    ProgramResult cli(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db});
        return run_program(FLOORCHART_CLI, args, environment());
    }
    // Runs without --db (for the global-option placement and default-location tests).
    ProgramResult cli_raw(const std::vector<std::string>& args)
    {
        return run_program(FLOORCHART_CLI, args, environment());
    }
    std::vector<std::string> environment() const
    {
        return {"XDG_DATA_HOME=" + dir.path().string() + "/xdg", "XDG_STATE_HOME=" + dir.path().string() + "/state"};
    }
    nlohmann::json json(std::vector<std::string> args)
    {
        args.push_back("--json");
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }
    std::string add_clinician(const std::string& name)
    {
        const auto r = cli({"clinician", "add", "--name", name});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return trimmed(r.out);
    }
    std::string add_patient(const std::string& family, const std::string& given, const std::string& dob,
                            std::vector<std::string> more = {})
    {
        std::vector<std::string> args = {"patient", "add", "--family", family, "--given", given, "--dob", dob};
        args.insert(args.end(), more.begin(), more.end());
        const auto r = cli(args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return trimmed(r.out);
    }
    static std::string trimmed(std::string s)
    {
        while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
            s.pop_back();
        return s;
    }
};

} // namespace fc::test
