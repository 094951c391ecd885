#!/usr/bin/env bash
# Whole-program timing of `floorchart-cli appt list --week` on a busy clinic week: 5 clinicians
# x 30 appointments a day, 7 days (1,050 appointments) in a 300-patient demo clinic. Prints the
# median and the slowest of 21 runs, for JSON and for the text table (which adds the names).
# Usage: tests/bench/diary_timing.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
cli="$build/src/cli/floorchart-cli"
clinic=${FLOORCHART_DIARY_DB:-/tmp/floorchart-bench-diary.floorchart}
monday=2027-03-01

if [[ ! -f $clinic ]]; then
  echo "creating the busy-week clinic $clinic" >&2
  "$cli" --db "$clinic" init >/dev/null
  "$cli" --db "$clinic" demo --patients 300 --seed 1 >/dev/null
  for n in 1 2 3 4 5; do # the demo adds 3 clinicians; make it 5
    "$cli" --db "$clinic" clinician list --json | grep -q "\"id\": $n," ||
      "$cli" --db "$clinic" clinician add --name "Bench Clinician $n" >/dev/null
  done
  "$cli" --db "$clinic" --clinician 1 settings --sat 08:00-18:00 --sun 08:00-18:00 >/dev/null
  for c in 1 2 3 4 5; do
    for s in $(seq 0 29); do # 30 slots of 20 minutes from 08:00, every day of the week
      minutes=$((8 * 60 + 20 * s))
      time=$(printf "%02d:%02d" $((minutes / 60)) $((minutes % 60)))
      patient=$(((c - 1) * 30 + s + 1))
      "$cli" --db "$clinic" --clinician "$c" appt add "$patient" --date "$monday" --time "$time" --duration 20 \
        --repeat weekly --on mon,tue,wed,thu,fri,sat,sun --count 7 >/dev/null 2>&1
    done
  done
fi

count=$("$cli" --db "$clinic" appt list --week "$monday" --json | grep -c '"id"')
echo "appointments in the week: $count"

# 21 runs of the command: median and slowest wall-clock time, and the median CPU time (user +
# system), which a busy machine disturbs less.
time_runs() {
  local label=$1
  shift
  local log
  log=$(mktemp)
  local TIMEFORMAT='%3R %3U %3S'
  for _ in $(seq 21); do
    { time "$@" >/dev/null 2>&1; } 2>>"$log"
  done
  local wall slowest cpu
  wall=$(cut -d' ' -f1 "$log" | sort -n | sed -n 11p)
  slowest=$(cut -d' ' -f1 "$log" | sort -n | tail -1)
  cpu=$(awk '{ print $2 + $3 }' "$log" | sort -n | sed -n 11p)
  awk -v l="$label" -v w="$wall" -v s="$slowest" -v c="$cpu" \
    'BEGIN { printf "%s: wall median %.1f ms, slowest %.1f ms; CPU median %.1f ms (21 runs)\n", l, w * 1000, s * 1000, c * 1000 }'
  rm -f "$log"
}

time_runs "empty day, --json (start-up)" "$cli" --db "$clinic" appt list --day 1990-01-01 --json
time_runs "appt list --week --json" "$cli" --db "$clinic" appt list --week "$monday" --json
time_runs "appt list --week (text)" "$cli" --db "$clinic" appt list --week "$monday"
time_runs "appt list --week --with 1 --json" "$cli" --db "$clinic" appt list --week "$monday" --with 1 --json
