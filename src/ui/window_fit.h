#pragma once
// Top-level windows sized to what they show now: as tall as their content (a message or a
// section appearing or going), never narrower than the user made them.

class wxWindow;

namespace fc::ui {

// Fits `top`'s height to its sizer's content; with `only_grow`, never makes it shorter than it is.
void FitHeightToContent(wxWindow* top, bool only_grow = false);

} // namespace fc::ui
