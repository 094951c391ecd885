#pragma once
// The dialog and panel layouts of forms/*.xrc, compiled into the binary at build time.

namespace fc::ui {

// Registers the XRC handlers and the compiled-in forms. Call once wx is initialised and before
// the first window is made; calling it again does nothing.
void LoadForms();

} // namespace fc::ui
