#include "ui/report_printout.h"

#include "ui/primitive_painter.h"

#include <wx/brush.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/pen.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace fc::ui {

namespace {

// The face every backend draws reports in (document.h), from fonts-dejavu-core.
wxFont ReportFont()
{
    return wxFont(wxFontInfo(10).FaceName("DejaVu Sans"));
}

void Paint(wxGraphicsContext& gc, const reports::Document& document, std::size_t index, const wxSize& size)
{
    const double scale = std::min(size.x / document.size.width, size.y / document.size.height);
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(*wxWHITE_BRUSH);
    gc.DrawRectangle(0, 0, document.size.width * scale, document.size.height * scale);
    if (index >= document.pages.size())
        return;
    const GraphicsFontMetrics metrics(gc, ReportFont(), scale);
    PaintPrimitives(gc, metrics, document.pages[index].items);
}

} // namespace

ReportPrintout::ReportPrintout(reports::Document document, const wxString& title)
    : wxPrintout(title), document_(std::move(document))
{
}

bool ReportPrintout::HasPage(int page)
{
    return page >= 1 && static_cast<std::size_t>(page) <= document_.pages.size();
}

void ReportPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to)
{
    *min_page = *from = 1;
    *max_page = *to = static_cast<int>(document_.pages.size());
}

bool ReportPrintout::OnPrintPage(int page)
{
    auto* dc = GetDC();
    if (!dc || !HasPage(page))
        return false;
    // In device pixels, the printer's or the preview's: the layout keeps its own margins, as the
    // PDF does.
    dc->SetUserScale(1, 1);
    dc->SetDeviceOrigin(0, 0);
    return PaintReportPage(*dc, document_, static_cast<std::size_t>(page - 1), dc->GetSize());
}

bool PaintReportPage(wxDC& dc, const reports::Document& document, std::size_t index, const wxSize& size)
{
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(dc));
    if (!gc)
        return false; // a device wx cannot draw graphics on: never a blank page said to be printed
    Paint(*gc, document, index, size);
    return true;
}

wxImage ReportPageImage(const reports::Document& document, std::size_t index, double dpi)
{
    const wxSize size(static_cast<int>(std::lround(document.size.width / 72 * dpi)),
                      static_cast<int>(std::lround(document.size.height / 72 * dpi)));
    wxImage image(size);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        Paint(*gc, document, index, size);
    }
    return image;
}

} // namespace fc::ui
