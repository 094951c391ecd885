#include "ui/primitive_painter.h"

#include "reports/report_style.h"
#include "ui/wx_text.h"

#include <wx/brush.h>
#include <wx/graphics.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fc::ui {

namespace {

using reports::Color;
using reports::LineStyle;
using reports::Point;

// document.h: dashes 3 pt on, 2 pt off; dots 1 pt on, 2 pt off.
constexpr double dash_on = 3, dash_off = 2, dot_on = 1, dot_off = 2;
// Text measured and drawn at 96 pixels an inch, the screen's nominal resolution.
constexpr double points_per_pixel = 72.0 / 96.0;

long hundredths(double size)
{
    return std::lround(size * 100);
}

double Lightness(const Color& c)
{
    return (c.r + c.g + c.b) / 3;
}

bool IsGrey(const Color& c)
{
    return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}) < 0.08;
}

unsigned char Mix(unsigned char from, unsigned char to, double t)
{
    return static_cast<unsigned char>(std::lround(from + (to - from) * std::clamp(t, 0.0, 1.0)));
}

class Painter {
public:
    Painter(wxGraphicsContext& gc, const GraphicsFontMetrics& metrics, const ColourOf& colour)
        : gc_(gc), metrics_(metrics), colour_(colour), scale_(metrics.scale())
    {
    }

    void operator()(const reports::TextRun& t) const
    {
        if (t.text.empty())
            return;
        gc_.SetFont(metrics_.font(t.size, t.style), Colour(t.color));
        const double x = t.at.x * scale_, y = t.at.y * scale_;
        const double ascent = metrics_.ascent_px(t.size, t.style);
        if (t.angle == 0) {
            gc_.DrawText(to_wx(t.text), x, y - ascent);
            return;
        }
        gc_.PushState();
        gc_.Translate(x, y);
        gc_.Rotate(-t.angle * M_PI / 180); // anticlockwise on a page whose y grows downwards
        gc_.DrawText(to_wx(t.text), 0, -ascent);
        gc_.PopState();
    }

    void operator()(const reports::Line& l) const
    {
        double width = l.width * scale_;
        Point from{l.from.x * scale_, l.from.y * scale_}, to{l.to.x * scale_, l.to.y * scale_};
        // A thin line along an axis: one crisp pixel wide, on the pixel grid.
        if (width <= 1.5 && (from.x == to.x || from.y == to.y)) {
            width = 1;
            if (from.y == to.y)
                from.y = to.y = std::floor(from.y) + 0.5;
            else
                from.x = to.x = std::floor(from.x) + 0.5;
        }
        Stroke({from, to}, width, l.color, l.style);
    }

    void operator()(const reports::Rect& r) const
    {
        if (!r.fill && !r.stroke)
            return;
        UseBrush(r.fill);
        if (r.stroke)
            UsePen(*r.stroke, r.stroke_width * scale_, LineStyle::Solid);
        else
            UseNoPen();
        gc_.DrawRectangle(r.x * scale_, r.y * scale_, r.width * scale_, r.height * scale_);
    }

    void operator()(const reports::Polyline& p) const
    {
        if (p.points.size() < 2)
            return;
        std::vector<Point> points;
        points.reserve(p.points.size() + 1);
        for (const auto& point : p.points)
            points.push_back({point.x * scale_, point.y * scale_});
        if (p.closed && p.fill) {
            auto path = gc_.CreatePath();
            path.MoveToPoint(points.front().x, points.front().y);
            for (auto it = points.begin() + 1; it != points.end(); ++it)
                path.AddLineToPoint(it->x, it->y);
            path.CloseSubpath();
            UseBrush(p.fill);
            gc_.FillPath(path);
        }
        if (p.closed)
            points.push_back(points.front());
        Stroke(points, p.width * scale_, p.color, p.style);
    }

    // Rectangles [from, to), filled with the colour of the first and not outlined.
    void FillRects(std::vector<reports::Primitive>::const_iterator from,
                   std::vector<reports::Primitive>::const_iterator to) const
    {
        auto path = gc_.CreatePath();
        for (auto it = from; it != to; ++it) {
            const auto& r = std::get<reports::Rect>(*it);
            path.AddRectangle(r.x * scale_, r.y * scale_, r.width * scale_, r.height * scale_);
        }
        UseBrush(std::get<reports::Rect>(*from).fill);
        gc_.FillPath(path, wxWINDING_RULE);
    }

private:
    wxColour Colour(const Color& c) const
    {
        if (colour_)
            return colour_(c);
        return wxColour(Mix(0, 255, c.r), Mix(0, 255, c.g), Mix(0, 255, c.b));
    }

    // `points` in pixels.
    void Stroke(const std::vector<Point>& points, double width, const Color& color, LineStyle style) const
    {
        UsePen(color, width, style);
        if (style == LineStyle::Solid) {
            auto path = gc_.CreatePath();
            path.MoveToPoint(points.front().x, points.front().y);
            for (auto it = points.begin() + 1; it != points.end(); ++it)
                path.AddLineToPoint(it->x, it->y);
            gc_.StrokePath(path);
            return;
        }
        const bool dots = style == LineStyle::Dotted;
        const auto pieces = DashSegments(points, (dots ? dot_on : dash_on) * scale_,
                                         (dots ? dot_off : dash_off) * scale_);
        std::vector<wxPoint2DDouble> begins, ends;
        for (const auto& [a, b] : pieces) {
            begins.emplace_back(a.x, a.y);
            ends.emplace_back(b.x, b.y);
        }
        if (!begins.empty())
            gc_.StrokeLines(begins.size(), begins.data(), ends.data());
    }

    // Pens and brushes are made again only when they change: a chart's markers share theirs.
    void UsePen(const Color& color, double width, LineStyle style) const
    {
        if (pen_ && pen_->color == color && pen_->width == width && pen_->style == style)
            return;
        gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(Colour(color), width)
                                     .Join(wxJOIN_ROUND)
                                     .Cap(style == LineStyle::Dashed ? wxCAP_BUTT : wxCAP_ROUND)));
        pen_ = PenKey{color, width, style};
    }
    void UseNoPen() const
    {
        gc_.SetPen(wxNullGraphicsPen);
        pen_.reset();
    }
    void UseBrush(const std::optional<Color>& fill) const
    {
        if (brush_set_ && brush_ == fill)
            return;
        gc_.SetBrush(fill ? gc_.CreateBrush(wxBrush(Colour(*fill))) : wxNullGraphicsBrush);
        brush_ = fill;
        brush_set_ = true;
    }

    struct PenKey {
        Color color;
        double width;
        LineStyle style;
    };
    wxGraphicsContext& gc_;
    const GraphicsFontMetrics& metrics_;
    const ColourOf& colour_;
    double scale_;
    mutable std::optional<PenKey> pen_;
    mutable std::optional<Color> brush_;
    mutable bool brush_set_ = false;
};

} // namespace

GraphicsFontMetrics::GraphicsFontMetrics(wxGraphicsContext& gc, const wxFont& base, double scale)
    : gc_(gc), base_(base), scale_(scale)
{
}

const GraphicsFontMetrics::Face& GraphicsFontMetrics::face(double size, reports::FontStyle style) const
{
    const auto key = std::make_pair(hundredths(size), style);
    auto it = faces_.find(key);
    if (it != faces_.end())
        return it->second;
    Face f{base_, 0, 0};
    f.font.SetFractionalPointSize(size * scale_ * points_per_pixel);
    f.font.SetWeight(style == reports::FontStyle::Bold ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    gc_.SetFont(f.font, *wxBLACK);
    double width = 0, height = 0, descent = 0, leading = 0;
    gc_.GetTextExtent("Hg", &width, &height, &descent, &leading);
    f.ascent = height - descent;
    f.descent = descent;
    return faces_.emplace(key, std::move(f)).first->second;
}

double GraphicsFontMetrics::text_width(std::string_view utf8, double size, reports::FontStyle style) const
{
    if (utf8.empty())
        return 0;
    std::string key;
    key.reserve(utf8.size() + 12);
    key += style == reports::FontStyle::Bold ? 'b' : 'r';
    key += std::to_string(hundredths(size));
    key += '\x1f';
    key += utf8;
    if (const auto it = widths_.find(key); it != widths_.end())
        return it->second;
    gc_.SetFont(face(size, style).font, *wxBLACK);
    double width = 0, height = 0;
    gc_.GetTextExtent(to_wx(utf8), &width, &height);
    return widths_.emplace(std::move(key), width / scale_).first->second;
}

double GraphicsFontMetrics::ascent(double size, reports::FontStyle style) const
{
    return face(size, style).ascent / scale_;
}

double GraphicsFontMetrics::descent(double size, reports::FontStyle style) const
{
    return face(size, style).descent / scale_;
}

ColourOf ThemeColours(const wxColour& text, const wxColour& background)
{
    const double ink = Lightness(reports::style::ink);
    return [=](const Color& c) {
        if (!IsGrey(c))
            return wxColour(Mix(0, 255, c.r), Mix(0, 255, c.g), Mix(0, 255, c.b));
        const double t = (Lightness(c) - ink) / (1 - ink); // 0: the ink, 1: white
        return wxColour(Mix(text.Red(), background.Red(), t), Mix(text.Green(), background.Green(), t),
                        Mix(text.Blue(), background.Blue(), t));
    };
}

void PaintPrimitives(wxGraphicsContext& gc, const GraphicsFontMetrics& metrics,
                     const std::vector<reports::Primitive>& items, const ColourOf& colour)
{
    const Painter painter(gc, metrics, colour);
    for (auto it = items.begin(); it != items.end();) {
        // A run of filled rectangles of one colour (a chart's markers) is one path: the same
        // pixels as one by one, in a fraction of the time.
        const auto* first = std::get_if<reports::Rect>(&*it);
        auto end = it + 1;
        if (first && first->fill && !first->stroke)
            while (end != items.end()) {
                const auto* next = std::get_if<reports::Rect>(&*end);
                if (!next || next->stroke || next->fill != first->fill)
                    break;
                ++end;
            }
        if (end - it > 1) {
            painter.FillRects(it, end);
            it = end;
            continue;
        }
        std::visit(painter, *it);
        ++it;
    }
}

std::vector<std::array<Point, 2>> DashSegments(const std::vector<Point>& path, double on, double off)
{
    std::vector<std::array<Point, 2>> out;
    if (path.size() < 2 || on <= 0 || off < 0)
        return out;
    bool drawing = true;
    double left = on; // of the current dash or gap
    for (std::size_t i = 1; i < path.size(); ++i) {
        const Point a = path[i - 1], b = path[i];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        const auto at = [&](double d) { return Point{a.x + (b.x - a.x) * d / length, a.y + (b.y - a.y) * d / length}; };
        double done = 0;
        while (length - done > 1e-9) {
            const double step = std::min(left, length - done);
            if (drawing)
                out.push_back({at(done), at(done + step)}); // a dash over a corner is two pieces
            done += step;
            left -= step;
            if (left <= 1e-9) {
                drawing = !drawing;
                left = drawing ? on : off;
            }
        }
    }
    return out;
}

} // namespace fc::ui
