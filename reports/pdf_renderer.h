#pragma once
// Draws a laid-out Document as a PDF with libharu. One renderer keeps one libharu document
// alive with the report fonts loaded, so each report only pays for its own pages: keep a
// renderer per thread and reuse it. Not thread-safe.
#include "reports/document.h"
#include "reports/report_fonts.h"

#include <memory>
#include <string>

namespace fc::reports {

struct PdfOptions {
    bool compress = true; // deflate page contents and the embedded fonts
};

class PdfRenderer {
public:
    explicit PdfRenderer(const ReportFonts& fonts = ReportFonts::shared(), PdfOptions options = {});
    ~PdfRenderer();
    PdfRenderer(const PdfRenderer&) = delete;
    PdfRenderer& operator=(const PdfRenderer&) = delete;

    // The bytes of the PDF file. Throws ReportError; the renderer stays usable afterwards. Writing
    // them to a file is the caller's (FloorChart's outputs go through store/output_file.h).
    std::string render(const Document& document);

private:
    class Engine;
    const ReportFonts& fonts_;
    PdfOptions options_;
    std::unique_ptr<Engine> engine_;
};

} // namespace fc::reports
