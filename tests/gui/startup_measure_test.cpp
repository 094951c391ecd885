// `floorchart --measure-startup`: the real app, started on a clinic with several clinicians and
// urgent red flags (which would otherwise ask who is working and tell the flags), prints
// "startup: N ms" once the list is shown and quits by itself.
#include "services/clinic.h"
#include "services/demo_clinic.h"
#include "support/run_program.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <regex>

namespace fc::ui::test {
namespace {

TEST(StartupMeasure, PrintsTheStartUpTimeAndQuitsWithoutAskingAnything)
{
    fc::test::TempDir dir;
    const auto file = dir.file("clinic.floorchart");
    {
        Clinic clinic(file);
        fill_demo_clinic(clinic, DemoOptions{.patients = 30, .seed = 2});
    }
    // Under timeout(1): an app that waited for an answer would otherwise hang the suite.
    const auto r = fc::test::run_program("/usr/bin/timeout", {"60", FLOORCHART_APP, "--db", file.string(), "--measure-startup"},
                                         {"XDG_CONFIG_HOME=" + dir.file("config").string(), "NO_AT_BRIDGE=1"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::regex_match(r.out, std::regex("startup: [0-9]+ ms\n"))) << r.out;
}

} // namespace
} // namespace fc::ui::test
