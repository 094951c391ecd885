// Linked into every test program. Under CI=true a test skipped for any reason but one of the
// machine's (FC_SKIP_ON_THIS_MACHINE, machine_skip.h) fails instead: a test that silently stopped
// running must not pass unseen. Elsewhere a skip stays a skip (CTest shows it as skipped).
#include "support/machine_skip.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace {

class UnexpectedSkips : public ::testing::EmptyTestEventListener {
    void OnTestPartResult(const ::testing::TestPartResult& result) override
    {
        if (result.skipped() && !std::string_view(result.message()).starts_with(fc::test::machine_skip_mark))
            why_ = std::string(result.file_name() ? result.file_name() : "?") + ":" +
                   std::to_string(result.line_number()) + ": " + result.message();
    }
    // Fired before the printer's (test ends go to the listeners in reverse order), while the test
    // still takes results: the failure makes it failed, not skipped. (Not in OnTestPartResult:
    // gtest holds a lock there.)
    void OnTestEnd(const ::testing::TestInfo&) override
    {
        if (!why_.empty())
            ADD_FAILURE() << "skipped under CI=true, and not for a reason of this machine: " << why_;
        why_.clear();
    }

    std::string why_;
};

[[maybe_unused]] const bool installed = [] {
    const char* ci = std::getenv("CI");
    if (ci && std::string_view(ci) == "true")
        ::testing::UnitTest::GetInstance()->listeners().Append(new UnexpectedSkips);
    return true;
}();

} // namespace
