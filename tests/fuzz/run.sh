#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (own build folder) and runs each for a while from
# its seed corpus; exits non-zero when one finds a crash (the input is kept in the build folder
# as crash-*; add it to the seed corpus and fix the code, so it becomes a regression test).
# Usage: tests/fuzz/run.sh [SECONDS_EACH]   (default 20; FLOORCHART_FUZZ_DIR: build folder)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-20}
build=${FLOORCHART_FUZZ_DIR:-$root/build-fuzz}
clang=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z $clang ]]; then
  echo "fuzz: clang++ is not installed; skipped" >&2
  exit 0
fi
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clang" \
    -DFLOORCHART_FUZZ=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" >/dev/null
status=0
for harness in fuzz_dates_times fuzz_appointment_form fuzz_record_forms; do
  corpus=$build/corpus/$harness
  mkdir -p "$corpus" "$build/artifacts"
  cp -n "$root/tests/fuzz/corpus/$harness/"* "$corpus/" 2>/dev/null || true
  if "$build/tests/fuzz/$harness" -max_total_time="$seconds" -max_len=4096 -print_final_stats=0 \
      -artifact_prefix="$build/artifacts/$harness-" "$corpus" >"$build/$harness.log" 2>&1; then
    echo "fuzz: $harness: no crash in ${seconds} s ($(grep -o 'cov: [0-9]*' "$build/$harness.log" | tail -1))"
  else
    echo "fuzz: $harness FOUND A CRASH; see $build/$harness.log and $build/artifacts/" >&2
    tail -30 "$build/$harness.log" >&2
    status=1
  fi
done
exit $status
