#include "ui/timings.h"

#include <wx/window.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fc::ui::timings {

namespace {

// Milliseconds since the process started: its start time in /proc/self/stat (clock ticks since
// boot, field 22) against the boot-time clock now. -1 when unknown.
double ms_since_process_start()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i != 22)
            continue;
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double started_ms = std::stod(field) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
        return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6 - started_ms;
    }
    return -1;
}

} // namespace

bool Enabled()
{
    static const bool enabled = [] {
        const char* value = std::getenv("FLOORCHART_TIMINGS");
        return value && *value && std::string(value) != "0";
    }();
    return enabled;
}

double MsSinceProcessStart()
{
    return ms_since_process_start();
}

double MsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void Note(const std::string& line)
{
    if (Enabled())
        std::fprintf(stderr, "floorchart: %s\n", line.c_str());
}

void NoteWhenIdle(wxWindow* window, std::string what, Clock::time_point start, bool since_process_start)
{
    if (!Enabled() || !window)
        return;
    // Queued events are handled once the events before them are: when the app is idle again.
    window->CallAfter([what = std::move(what), start, since_process_start] {
        char line[256];
        if (since_process_start)
            std::snprintf(line, sizeof line, "%s: %.1f ms (%.0f ms after the process started)", what.c_str(),
                          MsSince(start), ms_since_process_start());
        else
            std::snprintf(line, sizeof line, "%s: %.2f ms", what.c_str(), MsSince(start));
        Note(line);
    });
}

} // namespace fc::ui::timings
