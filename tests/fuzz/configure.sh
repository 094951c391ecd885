#!/usr/bin/env bash
# Configures and builds the sanitized tree: everything, the GUI included, with clang,
# AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage, plus the fuzz harnesses.
# dev.sh test runs the whole test suite in it (the GUI tests under Xvfb too) and then
# tests/fuzz/run.sh. -O0 with line tables only: half the build time of -O1 on two cores (the
# suite still runs in a few minutes), and still a file:line in every sanitizer report. Asserts
# stay on (no NDEBUG). The benchmarks are left out: timings of sanitized code mean nothing.
# Usage: tests/fuzz/configure.sh   (FLOORCHART_FUZZ_DIR: build folder, default build-fuzz/)
# Exits 3 when clang++ is not installed (dev.sh installs it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${FLOORCHART_FUZZ_DIR:-$root/build-fuzz}
clang=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z $clang ]]; then
  echo "fuzz: clang++ is not installed" >&2
  exit 3
fi
settings=(-DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only"
  -DFLOORCHART_FUZZ=ON -DFLOORCHART_BUILD_GUI=ON -DFLOORCHART_BUILD_BENCH=OFF)
# A folder configured otherwise (an older layout of this tree) is made again from scratch.
if [[ ! -f $build/CMakeCache.txt || "$(cat "$build/floorchart-settings" 2>/dev/null)" != "${settings[*]}" ]]; then
  rm -rf "$build"
  cmake -S "$root" -B "$build" "${settings[@]}" >/dev/null
  echo "${settings[*]}" >"$build/floorchart-settings"
fi
cmake --build "$build" --parallel "$(nproc)"
