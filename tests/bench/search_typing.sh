#!/usr/bin/env bash
# Search-as-you-type in the desktop app, measured as a clinician uses it: the app is started on a
# clinic under its own Xvfb with FLOORCHART_TIMINGS=1, xdotool types surnames into the search box
# (Ctrl+F) a key at a time and clears them again, and the app's own timing lines give, for every
# keystroke, the time from the text changing to the list updated. Prints the keystroke count, the
# median, p95 and worst, and the app's resident memory (VmRSS, VmHWM) after start-up and at the end.
# Usage: tests/bench/search_typing.sh CLINIC_FILE [BUILD_DIR]    (needs Xvfb and xdotool)
#   FLOORCHART_TYPING_LOG=FILE keeps the app's timing lines there.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
clinic=$1
build=${2:-$root/build}
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "search_typing: $tool is not installed" >&2; exit 2; }
done
work=$(mktemp -d)
display=:$((80 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5
DISPLAY=$display NO_AT_BRIDGE=1 FLOORCHART_TIMINGS=1 "$build/src/ui/floorchart" --db "$clinic" --clinician 1 \
  2>"$work/timings" &
app=$!
for _ in $(seq 1 300); do # up to 30 s for the 100,000-patient clinic
  grep -q "patients listed" "$work/timings" 2>/dev/null && break
  sleep 0.1
done
sleep 1
export DISPLAY=$display
xdotool key Escape 2>/dev/null || true # the urgent-flags notice, when there is one
sleep 0.5
rss_start=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
# Surnames and fragments as typed at the front desk, common and rare letters both.
for word in nakamura okafor odegaard williams zq smith kowalczyk li nguyen oconnor brown xu; do
  xdotool key ctrl+f
  xdotool type --delay 120 "$word"
  sleep 0.4
  for _ in $(seq 1 ${#word}); do xdotool key --delay 120 BackSpace; done
  sleep 0.4
done
rss_end=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$app/status)
[[ -n ${FLOORCHART_TYPING_LOG:-} ]] && cp "$work/timings" "$FLOORCHART_TYPING_LOG" # the app's own lines
grep -o "listed in [0-9.]* ms" "$work/timings" | awk '{print $3}' | sort -n >"$work/ms"
n=$(wc -l <"$work/ms")
if ((n == 0)); then
  echo "search_typing: no timing lines (did the app start?)" >&2
  cat "$work/timings" >&2
  exit 1
fi
pick() { sed -n "$(awk -v n="$n" -v q="$1" 'BEGIN { i = int(n * q + 0.999); if (i < 1) i = 1; print i }')p" "$work/ms"; }
printf 'keystrokes %d  median %s ms  p95 %s ms  worst %s ms\n' "$n" "$(pick 0.5)" "$(pick 0.95)" "$(tail -1 "$work/ms")"
printf 'resident memory: %d MB after start-up, %d MB after typing, peak %d MB\n' \
  $((rss_start / 1024)) $((rss_end / 1024)) $((hwm / 1024))
