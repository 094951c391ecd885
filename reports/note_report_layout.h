#pragma once
// One session note as a document: the session's details, SOAP, measures, symptoms, consent,
// the signature (or DRAFT on every page when unsigned) and its addenda.
#include "reports/document.h"
#include "reports/font_metrics.h"
#include "reports/report_data.h"

namespace fc::reports {

Document layout_session_note(const SessionNoteReportData& data, const FontMetrics& metrics);

} // namespace fc::reports
