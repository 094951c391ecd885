#pragma once
// The progress report for a period: patient, conditions and precautions, the plan and its
// goals, the sessions, charts of dilator size, minutes held and pain, adherence to the plan's
// target, red flags and how each was dealt with, the clinician's summary and signature block.
#include "reports/document.h"
#include "reports/font_metrics.h"
#include "reports/report_data.h"

namespace fc::reports {

Document layout_progress_report(const ProgressReportData& data, const FontMetrics& metrics);

} // namespace fc::reports
