#pragma once
// The keyboard as the user uses it: real key events through wxUIActionSimulator (XTest under
// Xvfb), each waited for until wx has handled it.
#include <wx/defs.h>

#include <string>

class wxWindow;

namespace fc::ui::test {

// Waits until the keyboard focus is in `window` (or a child of it). False when it never gets there.
bool WaitForFocus(wxWindow* window, int timeout_ms = 2000);
// Moves the focus to `control`, selects what it holds and types `text` (ASCII) over it. Returns
// whether the control then holds `text`.
bool TypeInto(wxWindow* control, const std::string& text);
// Types `text` (ASCII) where the focus is.
void Type(const std::string& text);
// Presses `key` (a character or WXK_ code) with `modifiers` (wxMOD_CONTROL...) where the focus is.
void Press(int key, int modifiers = wxMOD_NONE);

} // namespace fc::ui::test
