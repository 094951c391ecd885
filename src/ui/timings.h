#pragma once
// Timings for measuring the app as it runs (start-up, search while typing): with
// FLOORCHART_TIMINGS=1 in the environment, one line per measure goes to standard error, e.g.
// "floorchart: ready (10000 patients listed) 0.31 s after the process started". Silent otherwise.
#include <chrono>
#include <string>

class wxWindow;

namespace fc::ui::timings {

using Clock = std::chrono::steady_clock;

bool Enabled();
// Milliseconds from `start` until now.
double MsSince(Clock::time_point start);
// Milliseconds since the process started (from /proc), or -1 when unknown.
double MsSinceProcessStart();
// Writes "floorchart: <line>" when timings are enabled.
void Note(const std::string& line);
// When `window` is next idle (the event queue is empty, the screen can be drawn), notes `what`
// with the milliseconds since `start`, and, when `since_process_start`, since the process began.
void NoteWhenIdle(wxWindow* window, std::string what, Clock::time_point start, bool since_process_start = false);

} // namespace fc::ui::timings
