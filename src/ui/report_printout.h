#pragma once
// A laid-out report (reports/document.h) on paper and in print preview: the very pages the PDF
// has, painted by the wx backend (primitive_painter.h) in the font the PDF embeds.
#include "reports/document.h"

#include <wx/image.h>
#include <wx/print.h>

#include <cstddef>

class wxDC;

namespace fc::ui {

class ReportPrintout : public wxPrintout {
public:
    ReportPrintout(reports::Document document, const wxString& title);

    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
    bool OnPrintPage(int page) override;

    const reports::Document& document() const { return document_; }

private:
    reports::Document document_;
};

// Paints page `index` of `document` on `dc`, filling its `size` device pixels (the page's shape
// kept, white behind). False when `dc` cannot be drawn on.
bool PaintReportPage(wxDC& dc, const reports::Document& document, std::size_t index, const wxSize& size);
// Page `index` as an image at `dpi` pixels an inch (for the preview's checks and thumbnails).
wxImage ReportPageImage(const reports::Document& document, std::size_t index, double dpi);

} // namespace fc::ui
