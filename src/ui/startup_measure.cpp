#include "ui/startup_measure.h"

#include "ui/timings.h"

#include <wx/app.h>
#include <wx/window.h>

#include <cstdio>
#include <memory>
#include <utility>

namespace fc::ui {

namespace {
bool measuring = false;
}

void MeasureStartup()
{
    measuring = true;
}

bool MeasuringStartup()
{
    return measuring;
}

void FinishStartupMeasureWhenIdle(wxWindow* window)
{
    if (!measuring || !window)
        return;
    auto done = std::make_shared<bool>(false);
    window->Bind(wxEVT_IDLE, [done](wxIdleEvent& event) {
        event.Skip();
        if (std::exchange(*done, true))
            return;
        std::printf("startup: %.0f ms\n", timings::MsSinceProcessStart());
        std::fflush(stdout);
        wxTheApp->ExitMainLoop();
    });
}

} // namespace fc::ui
