#pragma once
// The display list: a laid-out report as pages of primitives (text runs, lines, rectangles,
// polylines), built once and drawn by any backend (PDF here, wxDC for preview and printing).
// Units are PostScript points (1/72 inch); the origin is the page's top-left corner and y grows
// downwards. No backend type appears here.
//
// What every backend must honour (so that preview and print match the PDF): text is DejaVu Sans
// (bold for FontStyle::Bold) at `size` points, unkerned, its advance exactly that of
// FontMetrics::text_width; dashes are 3 pt on, 2 pt off and dots 1 pt on, 2 pt off; polylines
// join round; items are painted in order.
#include "core/date.h"
#include "core/time_of_day.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fc::reports {

enum class PaperSize { A4, Letter };

struct PageSize {
    double width = 0;
    double height = 0;
};
PageSize page_size(PaperSize paper); // A4 595.28 x 841.89 pt, US Letter 612 x 792 pt

// A local wall-clock moment in the clinic's time zone: when a report was generated.
struct Timestamp {
    Date date;
    TimeOfDay time;
    std::optional<int> utc_offset_minutes; // the clinic's offset from UTC then (+60 for CET), when known
};
std::string to_text(const Timestamp& t); // "2026-11-25 10:05"

struct Color {
    double r = 0, g = 0, b = 0; // 0..1
    bool operator==(const Color&) const = default;
};

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

enum class FontStyle { Regular, Bold };
enum class LineStyle { Solid, Dashed, Dotted };

// One line of text in one style; `at` is the start of its baseline. `angle` turns it
// anticlockwise about `at`, in degrees.
struct TextRun {
    Point at;
    std::string text; // UTF-8, no line breaks
    double size = 10;
    FontStyle style = FontStyle::Regular;
    Color color;
    double angle = 0;
};

struct Line {
    Point from, to;
    double width = 0.5;
    Color color;
    LineStyle style = LineStyle::Solid;
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0; // top-left corner and size
    std::optional<Color> fill;
    std::optional<Color> stroke;
    double stroke_width = 0.5;
};

struct Polyline {
    std::vector<Point> points;
    double width = 1;
    Color color;
    LineStyle style = LineStyle::Solid;
    bool closed = false;
    std::optional<Color> fill; // closed shapes only
};

using Primitive = std::variant<TextRun, Line, Rect, Polyline>;

struct Page {
    std::vector<Primitive> items; // drawn in order: later items paint over earlier ones
};

// Written into the file's metadata (title, author, subject, creation date).
struct DocumentInfo {
    std::string title;
    std::string author; // the clinician
    std::string subject;
    std::string creator = "FloorChart";
    Timestamp created;
};

struct Document {
    PageSize size;
    DocumentInfo info;
    std::vector<Page> pages;
};

} // namespace fc::reports
