#pragma once
// The red-flag marker: a small flag on a pole, red for urgent flags, amber for flags for review,
// drawn at the size asked for so it stays sharp at any scale.
#include <wx/bmpbndl.h>
#include <wx/colour.h>

namespace fc::ui {

wxBitmapBundle FlagMarker(const wxSize& size, bool urgent);
// The marker with a round badge holding `count` (none when 0), for the toolbar.
wxBitmapBundle FlagBadge(const wxSize& size, long count, bool urgent);
// The colours of the marker, also used for the words next to it.
wxColour UrgentColour();
wxColour ReviewColour();

} // namespace fc::ui
