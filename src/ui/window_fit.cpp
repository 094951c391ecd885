#include "ui/window_fit.h"

#include <wx/sizer.h>
#include <wx/window.h>

#include <algorithm>

namespace fc::ui {

void FitHeightToContent(wxWindow* top, bool only_grow)
{
    if (!top || !top->GetSizer())
        return;
    top->SetMinSize(wxDefaultSize);
    const auto best = top->GetSizer()->ComputeFittingWindowSize(top);
    top->SetMinSize(best);
    top->SetSize(std::max(best.x, top->GetSize().x), only_grow ? std::max(best.y, top->GetSize().y) : best.y);
    top->Layout();
}

} // namespace fc::ui
