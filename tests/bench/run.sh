#!/usr/bin/env bash
# The busy-clinic benchmark suite. Builds the demo clinics once (1,000 and 10,000 patients, and
# 100,000 with --stress: about 10 minutes and 2 GB more), runs every benchmark on each, and prints
# the table docs/PERFORMANCE.md shows: each measure at each size, next to its target.
# Usage: tests/bench/run.sh [--stress] [BUILD_DIR]     (default: build/ in the checkout)
#   FLOORCHART_BENCH_DIR  where the clinics are kept between runs (default: the temp folder)
# Needs Xvfb and xdotool for the app's start-up, typing and memory (skipped without them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sizes=(1000 10000)
if [[ ${1:-} == --stress ]]; then
  sizes+=(100000)
  shift
fi
build=${1:-$root/build}
store=${FLOORCHART_BENCH_DIR:-${TMPDIR:-/tmp}}
cli=$build/src/cli/floorchart-cli
cmake --build "$build" --parallel "$(nproc)" >/dev/null
gui=0
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null && [[ -x $build/src/ui/floorchart ]]; then
  gui=1
fi
results=$(mktemp)
trap 'rm -f "$results"' EXIT
put() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$results"; } # measure, size, value
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for n in "${sizes[@]}"; do
  clinic=$store/floorchart-bench-$n.floorchart
  echo "== $n patients: $clinic" >&2
  if [[ ! -f $clinic ]]; then
    start=$(date +%s.%N)
    "$cli" --db "$clinic" init >/dev/null
    "$cli" --db "$clinic" demo --patients "$n" --seed 1 >/dev/null
    put demo "$n" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f s", e - s }')"
  else
    put demo "$n" "(kept)"
  fi
  put size "$n" "$(stat -c %s "$clinic" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
  put notes "$n" "$(sqlite3 -readonly "$clinic" 'SELECT count(*) FROM session_notes' 2>/dev/null || echo '?')"

  # Service timings, Google Benchmark medians of 5 repetitions (console lines: name time unit ...;
  # its CSV output refuses benchmarks with different counters).
  out=$(FLOORCHART_BENCH_DB=$clinic "$build/tests/bench/floorchart_bench" --benchmark_color=false \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>/dev/null)
  for b in search_three_letters search_one_letter search_two_rare_letters_first_page \
    search_two_rare_letters_all_matches search_first_page/ngu search_first_page/smi \
    open_record_and_notes_of_busiest_patient sign_a_note; do
    put "$b" "$n" "$(echo "$out" | awk -v b="$b" 'index($1, b) == 1 && $1 ~ /_median$/ { printf "%s %s", $2, $3; exit }')"
  done

  if ((gui)); then
    runs=$(for _ in 1 2 3 4 5; do
      xvfb-run -a -s "-screen 0 1280x800x24" env NO_AT_BRIDGE=1 "$build/src/ui/floorchart" --db "$clinic" \
        --measure-startup 2>/dev/null | awk '/^startup:/ { print $2 }'
    done)
    put startup "$n" "$(echo "$runs" | median) ms (worst $(echo "$runs" | sort -n | tail -1))"
    typing=$("$root/tests/bench/search_typing.sh" "$clinic" "$build")
    echo "$typing" >&2
    put keystroke "$n" "$(echo "$typing" | awk '/^keystrokes/ { printf "p95 %s ms (median %s, worst %s; %s keys)", $7, $4, $10, $2 }')"
    put memory "$n" "$(echo "$typing" | awk '/^resident/ { printf "%s MB (%s at start-up, peak %s)", $7, $3, $12 }')"
  fi
  if ((n == 1000)); then
    out=$(mktemp -d)
    start=$(date +%s.%N)
    "$cli" --db "$clinic" report batch --out-dir "$out" >/dev/null
    put batch "$n" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f s", e - s }') ($(ls "$out" | wc -l) files)"
    rm -rf "$out"
  fi
done

# Independent of the clinic's size: a 3-page report, the Overview of a 300-note patient, the
# calendar's busy week and the diary's CLI calls.
report=$("$build/tests/bench/floorchart_report_bench" --benchmark_color=false 2>/dev/null |
  awk '$1 ~ /^BM_ProgressReport3Pages\/iterations/ { printf "%s %s", $2, $3; exit }')
if ((gui)); then
  overview=$(xvfb-run -a -s "-screen 0 1280x800x24" env NO_AT_BRIDGE=1 "$build/tests/bench/floorchart_overview_bench" \
    --benchmark_color=false 2>/dev/null | awk '$1 ~ /^overview_tab_shown/ { printf "%s %s", $2, $3; exit }')
  calendar=$(xvfb-run -a -s "-screen 0 1280x800x24" env NO_AT_BRIDGE=1 "$build/tests/bench/floorchart_calendar_bench" \
    --benchmark_color=false 2>/dev/null | awk '$1 ~ /^calendar_week_paint_whole_day/ { printf "%s %s", $2, $3; exit }')
fi
"$root/tests/bench/diary_timing.sh" "$build" >&2

row() { # label, measure, target
  printf '| %s |' "$1"
  for n in "${sizes[@]}"; do
    printf ' %s |' "$(awk -F'\t' -v m="$2" -v n="$n" '$1 == m && $2 == n { print $3 }' "$results")"
  done
  printf ' %s |\n' "$3"
}
printf '\n| what |'
for n in "${sizes[@]}"; do printf ' %s patients |' "$(printf "%'d" "$n")"; done
printf ' target |\n|---|'
for _ in "${sizes[@]}"; do printf -- '---|'; done
printf -- '---|\n'
row "demo creation" demo "10,000: < 60 s"
row "clinic file size" size "proportional"
row "session notes" notes ""
row "app start to a populated, responsive window" startup "< 400 ms (10,000), < 600 ms (100,000)"
row "keystroke to an updated list (search as you type)" keystroke "< 10 ms p95 (100,000)"
row "resident memory, clinic open, after typing" memory "< 200 MB (100,000)"
row "search, 3 letters, first 200 (service)" search_three_letters ""
row "search, 1 letter, first 200 (service)" search_one_letter ""
row "search, 2 rare letters, first page (service)" search_two_rare_letters_first_page ""
row "search, 2 rare letters, every match (service)" search_two_rare_letters_all_matches ""
row "search, first page of 'ngu' (service)" search_first_page/ngu ""
row "search, first page of 'smi' (service)" search_first_page/smi ""
row "open the busiest patient's record and notes (service)" open_record_and_notes_of_busiest_patient ""
row "sign a note (validation, flags, audit, fsync)" sign_a_note "< 10 ms median"
row "report batch of every patient" batch "1,000: < 10 s"
printf '\nAt any size: 3-page progress report %s (< 3 ms median); Overview of a 300-note patient shown %s (< 50 ms);\n' \
  "${report:-?}" "${overview:-?}"
printf 'week calendar of 5 clinicians laid out and painted %s (< 30 ms); diary CLI calls above.\n' "${calendar:-?}"
