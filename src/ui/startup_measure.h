#pragma once
// `floorchart --measure-startup`: start without any start-up question or notice (no clinician
// is chosen, so neither the urgent-flags notice nor the clinician's day appears), wait until the
// patient list is populated and the app is idle, print "startup: N ms" (since the process
// started) on standard output and quit, for a script to time start-up under Xvfb.
class wxWindow;

namespace fc::ui {

void MeasureStartup();
bool MeasuringStartup();
// Once `window` is next idle: prints the line and quits (only when measuring).
void FinishStartupMeasureWhenIdle(wxWindow* window);

} // namespace fc::ui
