#!/usr/bin/env bash
# Builds the benchmark clinic (10,000 synthetic patients) once and runs the benchmarks.
# Usage: tests/bench/run.sh [BUILD_DIR]   (default: build/ in the checkout)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --parallel "$(nproc)" --target floorchart-cli floorchart_bench >/dev/null
clinic=${FLOORCHART_BENCH_DB:-/tmp/floorchart-bench-10k.floorchart}
if [[ ! -f $clinic ]]; then
  echo "creating the 10,000-patient benchmark clinic $clinic" >&2
  /usr/bin/time -f "demo --patients 10000: %e s" "$build/src/cli/floorchart-cli" --db "$clinic" demo --patients 10000 --seed 1
fi
ls -l "$clinic" | awk '{printf "clinic file: %.1f MB\n", $5 / 1e6}'
FLOORCHART_BENCH_DB=$clinic "$build/tests/bench/floorchart_bench" --benchmark_counters_tabular=true
"$root/tests/bench/diary_timing.sh" "$build"
# App start-up on the 10,000-patient clinic: process start to the list populated and idle.
if command -v xvfb-run >/dev/null; then
  for _ in 1 2 3 4 5; do
    xvfb-run -a -s "-screen 0 1280x800x24" env NO_AT_BRIDGE=1 "$build/src/ui/floorchart" --db "$clinic" --measure-startup
  done
fi
