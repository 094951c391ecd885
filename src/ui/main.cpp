// floorchart: the desktop app. Everything lives in floorchart_ui; this only starts it.
#include "ui/floorchart_app.h"

wxIMPLEMENT_APP(fc::ui::FloorChartApp);
