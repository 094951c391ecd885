#pragma once
// Skips a test for a reason of the machine it runs on, decided up front from the machine, never
// from the outcome under test. CTest shows such a test as skipped; under CI=true it is the only
// skip allowed, any other GTEST_SKIP fails the test (unexpected_skips.cpp). Expected on some
// machines, and so the only reasons to use it:
// - running as root without a tmpfs mount (a container without CAP_SYS_ADMIN): no folder is
//   read-only for root (ReadOnlyFolder);
// - no chattr +i (no CAP_LINUX_IMMUTABLE, or a file system without attributes): no file refuses
//   writes to root, or to a process that holds it open (can_make_immutable).
// A missing tool (qpdf, poppler-utils) is not one: packaging/dev.sh installs them.
#include <gtest/gtest.h>

namespace fc::test {
inline constexpr const char* machine_skip_mark = "[this machine] ";
} // namespace fc::test

#define FC_SKIP_ON_THIS_MACHINE() GTEST_SKIP() << ::fc::test::machine_skip_mark
