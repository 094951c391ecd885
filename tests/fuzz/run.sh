#!/usr/bin/env bash
# Builds the sanitized tree (tests/fuzz/configure.sh) and runs each libFuzzer harness for a
# while from its seed corpus; exits non-zero when one finds a crash (the input is kept in the
# build folder as artifacts/HARNESS-crash-*; add it to the seed corpus and fix the code, so it
# becomes a regression test). Usage: tests/fuzz/run.sh [SECONDS_EACH]   (default 20;
# FLOORCHART_FUZZ_DIR: build folder). Skipped, with a message, when clang++ is not installed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-20}
build=${FLOORCHART_FUZZ_DIR:-$root/build-fuzz}
export FLOORCHART_FUZZ_DIR=$build
status=0
"$root/tests/fuzz/configure.sh" >/dev/null || status=$?
if ((status == 3)); then
  echo "fuzz: clang++ is not installed; skipped" >&2
  exit 0
elif ((status != 0)); then
  exit $status
fi
for harness in fuzz_dates_times fuzz_appointment_form fuzz_record_forms fuzz_cli_arguments fuzz_cli_outputs; do
  corpus=$build/corpus/$harness
  mkdir -p "$corpus" "$build/artifacts"
  cp -n "$root/tests/fuzz/corpus/$harness/"* "$corpus/" 2>/dev/null || true
  # The CLI prints what its commands say; only libFuzzer's own report is wanted (-close_fd_mask).
  if "$build/tests/fuzz/$harness" -max_total_time="$seconds" -max_len=4096 -print_final_stats=0 \
      -close_fd_mask=3 -artifact_prefix="$build/artifacts/$harness-" "$corpus" >"$build/$harness.log" 2>&1; then
    echo "fuzz: $harness: no crash in ${seconds} s ($(grep -o 'cov: [0-9]*' "$build/$harness.log" | tail -1))"
  else
    echo "fuzz: $harness FOUND A CRASH; see $build/$harness.log and $build/artifacts/" >&2
    tail -30 "$build/$harness.log" >&2
    status=1
  fi
done
exit $status
