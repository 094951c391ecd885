#pragma once
// The reports API in one include, for the services, the CLI and the GUI:
//
//   const auto& fonts = fc::reports::ReportFonts::shared();
//   auto doc = fc::reports::layout_progress_report(data, fonts.metrics());  // pages of primitives
//   fc::reports::PdfRenderer pdf;               // keep one per thread and reuse it
//   const std::string bytes = pdf.render(doc);  // the PDF file's bytes
//
// A wxDC backend draws the same Document for preview and printing.
#include "reports/document.h"
#include "reports/handout_layout.h"
#include "reports/note_report_layout.h"
#include "reports/pdf_renderer.h"
#include "reports/progress_report_layout.h"
#include "reports/report_data.h"
#include "reports/report_error.h"
#include "reports/report_fonts.h"
