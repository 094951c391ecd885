#pragma once
// Sessions done each week (clinic and home, stacked) against the dilator programme's target
// for that week, as bars drawn from the display list's primitives.
#include "core/progress.h"
#include "reports/chart_layout.h"

namespace fc::reports {

std::vector<Primitive> layout_adherence_chart(const FontMetrics& metrics, const Adherence& adherence, ChartBox box);
void place_adherence_chart(PageFlow& flow, const Adherence& adherence, double height);

} // namespace fc::reports
