#include "ui/progress_chart.h"

#include "reports/report_style.h"
#include "ui/primitive_painter.h"
#include "ui/progress_chart_layout.h"
#include "ui/wx_text.h"

#include <wx/dcclient.h>
#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

namespace fc::ui {

namespace {

reports::ChartBox BoxOf(wxSize size, double scale)
{
    return {0, 0, size.x / scale, size.y / scale};
}

void Clear(wxGraphicsContext& gc, const wxColour& colour, wxSize size)
{
    gc.SetPen(wxNullGraphicsPen);
    gc.SetBrush(gc.CreateBrush(wxBrush(colour)));
    gc.DrawRectangle(0, 0, size.x, size.y);
}

} // namespace

ChartLook ChartLook::Of(const wxWindow& window)
{
    ChartLook look;
    look.font = window.GetFont();
    // Body text (reports' 9.5 pt) as large as the interface's, at 96 pixels an inch.
    look.scale = std::clamp(look.font.GetFractionalPointSize() / reports::style::body_size * 96 / 72, 1.2, 3.0);
    look.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    look.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    return look;
}

void DrawProgressChart(wxGraphicsContext& gc, const ChartLook& look, const reports::ChartSpec& chart,
                       const std::string& empty, wxSize size)
{
    const GraphicsFontMetrics metrics(gc, look.font, look.scale);
    PaintPrimitives(gc, metrics, chart_card(metrics, chart, empty, BoxOf(size, look.scale)),
                    ThemeColours(look.text, look.background));
}

ProgressChart::ProgressChart(wxWindow* parent, const wxString& name)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE, name)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(260, 150)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        Refresh();
    });
    const auto again = [this](wxEvent& event) {
        event.Skip();
        laid_.clear(); // new fonts or colours: lay out again
        Refresh();
    };
    Bind(wxEVT_SYS_COLOUR_CHANGED, again);
    Bind(wxEVT_DPI_CHANGED, again);
}

void ProgressChart::ShowChart(reports::ChartSpec chart, const wxString& empty)
{
    chart_ = std::move(chart);
    empty_ = from_wx(empty);
    laid_.clear();
    Refresh();
}

std::size_t ProgressChart::PointCount() const
{
    return points_shown(chart_);
}

wxString ProgressChart::EmptyText() const
{
    return PointCount() == 0 ? to_wx(empty_) : wxString();
}

void ProgressChart::OnPaint()
{
    wxPaintDC dc(this);
    const wxSize size = GetClientSize();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || size.x <= 0 || size.y <= 0)
        return;
    Clear(*gc, GetBackgroundColour(), size);
    const auto look = ChartLook::Of(*this);
    const GraphicsFontMetrics metrics(*gc, look.font, look.scale);
    if (laid_.empty() || laid_for_ != size) {
        laid_ = chart_card(metrics, chart_, empty_, BoxOf(size, look.scale));
        laid_for_ = size;
    }
    PaintPrimitives(*gc, metrics, laid_, ThemeColours(look.text, look.background));
}

} // namespace fc::ui
