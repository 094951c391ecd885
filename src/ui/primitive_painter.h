#pragma once
// The display list's primitives (reports/document.h) drawn with a wxGraphicsContext: the wx
// backend of what the PDF shows, used by the record's progress charts and by the print preview
// and printing (report_printout.h). Layouts are in points; the painter draws `scale` pixels to the point. Text is the
// interface font at the layout's sizes, measured by GraphicsFontMetrics on the context that draws
// it, so that text laid out to fit does fit on screen (the PDF's own metrics are those of the
// embedded DejaVu fonts, which a screen need not have).
#include "reports/document.h"
#include "reports/font_metrics.h"

#include <wx/colour.h>
#include <wx/font.h>

#include <array>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

class wxGraphicsContext;

namespace fc::ui {

// Text measured as `gc` draws it, in the interface font `base` at `scale` pixels a point.
class GraphicsFontMetrics final : public reports::FontMetrics {
public:
    GraphicsFontMetrics(wxGraphicsContext& gc, const wxFont& base, double scale);

    double text_width(std::string_view utf8, double size, reports::FontStyle style) const override;
    double ascent(double size, reports::FontStyle style) const override;
    double descent(double size, reports::FontStyle style) const override;

    double scale() const { return scale_; }
    // The font that draws text of `size` points, and its ascent in pixels.
    const wxFont& font(double size, reports::FontStyle style) const { return face(size, style).font; }
    double ascent_px(double size, reports::FontStyle style) const { return face(size, style).ascent; }

private:
    struct Face {
        wxFont font;
        double ascent = 0, descent = 0; // pixels
    };
    const Face& face(double size, reports::FontStyle style) const;

    wxGraphicsContext& gc_;
    wxFont base_;
    double scale_;
    mutable std::map<std::pair<long, reports::FontStyle>, Face> faces_; // by size in 1/100 pt
    mutable std::unordered_map<std::string, double> widths_;             // by style, size and text
};

// The colour a primitive's colour is painted in.
using ColourOf = std::function<wxColour(const reports::Color&)>;
// Report colours on screen: greys (the ink, the muted labels, rules, grid, white) placed between
// the theme's `text` and `background` by their lightness, so that a chart reads in a dark theme
// too; colours (the series, the target) as they are.
ColourOf ThemeColours(const wxColour& text, const wxColour& background);

// Paints `items` in order; `colour` maps each colour (as given when empty).
void PaintPrimitives(wxGraphicsContext& gc, const GraphicsFontMetrics& metrics,
                     const std::vector<reports::Primitive>& items, const ColourOf& colour = {});

// The pieces of `path` a dashed line draws, `on` long with `off` gaps, the pattern running on
// across its corners.
std::vector<std::array<reports::Point, 2>> DashSegments(const std::vector<reports::Point>& path, double on,
                                                        double off);

} // namespace fc::ui
