#pragma once
// One progress chart of the record's Overview (dilator size, minutes held or pain over time): a
// card laid out as the display list (progress_chart_layout.h) and drawn with wxGraphicsContext
// (primitive_painter.h) in the theme's colours. It is laid out again only when its chart or its
// size changes, so a paint only draws.
#include "reports/chart_layout.h"

#include <wx/colour.h>
#include <wx/font.h>
#include <wx/window.h>

#include <cstddef>
#include <string>
#include <vector>

class wxGraphicsContext;

namespace fc::ui {

// How charts look on screen: the interface font, points to pixels from its size (the chart's body
// text as large as the interface's), and the theme's colours for text and the card.
struct ChartLook {
    wxFont font;
    double scale = 4.0 / 3;
    wxColour text, background;

    static ChartLook Of(const wxWindow& window);
};

// Lays out and draws the card of `chart` (or `empty` when it has no points) filling `size`
// pixels of `gc`: what painting a chart does, for drawing one off screen.
void DrawProgressChart(wxGraphicsContext& gc, const ChartLook& look, const reports::ChartSpec& chart,
                       const std::string& empty, wxSize size);

class ProgressChart : public wxWindow {
public:
    ProgressChart(wxWindow* parent, const wxString& name);

    // Shows `chart`, or `empty` on its card when the chart has no points in its period.
    void ShowChart(reports::ChartSpec chart, const wxString& empty);

    const reports::ChartSpec& Chart() const { return chart_; }
    // The points drawn, over all series.
    std::size_t PointCount() const;
    // What the card says instead of a chart; empty when it draws one.
    wxString EmptyText() const;

    bool AcceptsFocus() const override { return false; }

private:
    void OnPaint();

    reports::ChartSpec chart_;
    std::string empty_;
    std::vector<reports::Primitive> laid_; // for laid_for_, in points
    wxSize laid_for_;
};

} // namespace fc::ui
