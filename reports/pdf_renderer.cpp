#include "reports/pdf_renderer.h"

#include "reports/pdf_doc.h"
#include "reports/pdf_fonts.h"
#include "reports/report_error.h"
#include "reports/text_layout.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <optional>

namespace fc::reports {

namespace {

HPDF_REAL unit(double v)
{
    return static_cast<HPDF_REAL>(std::clamp(v, 0.0, 1.0));
}

HPDF_Date pdf_date(const Timestamp& t)
{
    HPDF_Date d{};
    d.year = t.date.is_not_a_date() ? 2000 : static_cast<HPDF_INT>(t.date.year());
    d.month = t.date.is_not_a_date() ? 1 : static_cast<HPDF_INT>(t.date.month());
    d.day = t.date.is_not_a_date() ? 1 : static_cast<HPDF_INT>(t.date.day());
    d.hour = t.time.hour();
    d.minutes = t.time.minute();
    d.seconds = 0;
    d.ind = ' '; // local time, offset unknown
    if (t.utc_offset_minutes && std::abs(*t.utc_offset_minutes) < 24 * 60) {
        const int offset = *t.utc_offset_minutes;
        d.ind = offset < 0 ? '-' : offset > 0 ? '+' : 'Z';
        d.off_hour = std::abs(offset) / 60;
        d.off_minutes = std::abs(offset) % 60;
    }
    return d;
}

// Draws one page, remembering the graphics state to skip operators that change nothing.
class PagePainter {
public:
    PagePainter(HPDF_Page page, double height, pdf::FontSet& fonts) : page_(page), height_(height), fonts_(fonts)
    {
        HPDF_Page_SetLineJoin(page_, HPDF_ROUND_JOIN);
    }

    void operator()(const TextRun& t)
    {
        if (t.text.empty())
            return;
        if (!text_)
            text_.emplace(page_);
        fill(t.color);
        const double a = t.angle * std::numbers::pi / 180.0;
        const auto c = static_cast<HPDF_REAL>(std::round(std::cos(a) * 1e4) / 1e4);
        const auto s = static_cast<HPDF_REAL>(std::round(std::sin(a) * 1e4) / 1e4);
        HPDF_Page_SetTextMatrix(page_, c, s, -s, c, x(t.at.x), y(t.at.y));
        const auto size = static_cast<HPDF_REAL>(std::clamp(t.size, 0.5, 300.0));
        for (const auto& run : fonts_.encodings().split(t.text)) {
            const HPDF_Font font = fonts_.font(t.style, run.page);
            if (font != font_ || size != size_) {
                HPDF_Page_SetFontAndSize(page_, font, size);
                font_ = font;
                size_ = size;
            }
            HPDF_Page_ShowText(page_, run.bytes.c_str());
        }
    }

    void operator()(const Line& l)
    {
        end_text();
        stroke(l.color, l.width, l.style);
        HPDF_Page_MoveTo(page_, x(l.from.x), y(l.from.y));
        HPDF_Page_LineTo(page_, x(l.to.x), y(l.to.y));
        HPDF_Page_Stroke(page_);
    }

    void operator()(const Rect& r)
    {
        if (!r.fill && !r.stroke)
            return;
        end_text();
        prepare(r.fill, r.stroke, r.stroke_width, LineStyle::Solid);
        HPDF_Page_Rectangle(page_, x(r.x), y(r.y + r.height), round(r.width), round(r.height));
        paint(r.fill.has_value(), r.stroke.has_value());
    }

    void operator()(const Polyline& p)
    {
        if (p.points.size() < 2)
            return;
        end_text();
        const auto fill_color = p.closed ? p.fill : std::nullopt;
        prepare(fill_color, p.color, p.width, p.style);
        HPDF_Page_MoveTo(page_, x(p.points.front().x), y(p.points.front().y));
        for (std::size_t i = 1; i < p.points.size(); ++i)
            HPDF_Page_LineTo(page_, x(p.points[i].x), y(p.points[i].y));
        if (p.closed)
            HPDF_Page_ClosePath(page_);
        paint(fill_color.has_value(), true);
    }

    void end_text() { text_.reset(); }

private:
    // Hundredths of a point: invisible, and libharu then writes "312.87" instead of "312.87432".
    static HPDF_REAL round(double v) { return static_cast<HPDF_REAL>(std::round(v * 100) / 100); }
    HPDF_REAL x(double v) const { return round(v); }
    HPDF_REAL y(double v) const { return round(height_ - v); }

    void fill(const Color& c)
    {
        if (fill_ != c) {
            HPDF_Page_SetRGBFill(page_, unit(c.r), unit(c.g), unit(c.b));
            fill_ = c;
        }
    }

    void stroke(const Color& c, double width, LineStyle style)
    {
        if (stroke_ != c) {
            HPDF_Page_SetRGBStroke(page_, unit(c.r), unit(c.g), unit(c.b));
            stroke_ = c;
        }
        if (width != width_) {
            HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(std::max(width, 0.0)));
            width_ = width;
        }
        if (style != dash_) {
            static constexpr std::array<HPDF_UINT16, 2> dashed{3, 2}, dotted{1, 2};
            if (style == LineStyle::Solid)
                HPDF_Page_SetDash(page_, nullptr, 0, 0);
            else
                HPDF_Page_SetDash(page_, (style == LineStyle::Dashed ? dashed : dotted).data(), 2, 0);
            dash_ = style;
        }
    }

    // Colours and line settings go before the path: PDF refuses them inside a path.
    void prepare(const std::optional<Color>& fill_color, const std::optional<Color>& stroke_color, double width,
                 LineStyle style)
    {
        if (fill_color)
            fill(*fill_color);
        if (stroke_color)
            stroke(*stroke_color, width, style);
    }

    void paint(bool filled, bool stroked)
    {
        if (filled && stroked)
            HPDF_Page_FillStroke(page_);
        else if (filled)
            HPDF_Page_Fill(page_);
        else
            HPDF_Page_Stroke(page_);
    }

    HPDF_Page page_;
    double height_;
    pdf::FontSet& fonts_;
    std::optional<pdf::TextObject> text_;
    HPDF_Font font_ = nullptr;
    HPDF_REAL size_ = 0;
    std::optional<Color> fill_ = Color{}, stroke_ = Color{}; // PDF defaults: black
    double width_ = 1;
    LineStyle dash_ = LineStyle::Solid;
};

} // namespace

class PdfRenderer::Engine {
public:
    explicit Engine(const ReportFonts& fonts) : fonts_(doc_, fonts) {}

    std::string render(const Document& document, const PdfOptions& options)
    {
        if (used_)
            HPDF_NewDoc(doc_.get());
        used_ = true;
        fonts_.begin_document(document);
        const HPDF_Doc d = doc_.get();
        HPDF_SetCompressionMode(d, options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
        doc_.check("starting a document");

        HPDF_SetCurrentEncoder(d, "UTF-8"); // metadata strings are written as UTF-16
        const auto& info = document.info;
        const auto set = [d](HPDF_InfoType type, const std::string& text) {
            HPDF_SetInfoAttr(d, type, clean_text(text).c_str());
        };
        set(HPDF_INFO_TITLE, info.title);
        set(HPDF_INFO_AUTHOR, info.author);
        set(HPDF_INFO_SUBJECT, info.subject);
        set(HPDF_INFO_CREATOR, info.creator);
        HPDF_SetInfoDateAttr(d, HPDF_INFO_CREATION_DATE, pdf_date(info.created));
        doc_.check("writing the document information");

        const auto size = document.size.width > 0 ? document.size : page_size(PaperSize::A4);
        const std::size_t pages = std::max<std::size_t>(document.pages.size(), 1);
        for (std::size_t n = 0; n < pages; ++n) {
            const HPDF_Page page = doc_.checked(HPDF_AddPage(d), "adding a page");
            HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(size.width));
            HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(size.height));
            if (n < document.pages.size()) {
                PagePainter painter(page, size.height, fonts_);
                for (const auto& item : document.pages[n].items)
                    std::visit(painter, item);
                painter.end_text();
            }
            doc_.check(fmt::format("drawing page {}", n + 1));
        }

        HPDF_SaveToStream(d);
        doc_.check("saving the document");
        std::string bytes(HPDF_GetStreamSize(d), '\0');
        HPDF_ResetStream(d);
        auto length = static_cast<HPDF_UINT32>(bytes.size());
        HPDF_ReadFromStream(d, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &length);
        doc_.check("reading the document");
        bytes.resize(length);
        return bytes;
    }

    // Each document that needed its own cut left a font behind in libharu's list.
    bool worn() const { return fonts_.extra_fonts_loaded() >= 32; }

private:
    pdf::Doc doc_;
    pdf::FontSet fonts_;
    bool used_ = false;
};

PdfRenderer::PdfRenderer(const ReportFonts& fonts, PdfOptions options) : fonts_(fonts), options_(options) {}

PdfRenderer::~PdfRenderer() = default;

std::string PdfRenderer::render(const Document& document)
{
    if (!engine_)
        engine_ = std::make_unique<Engine>(fonts_);
    try {
        auto bytes = engine_->render(document, options_);
        if (engine_->worn())
            engine_.reset(); // start afresh rather than let libharu's font list grow
        return bytes;
    } catch (...) {
        engine_.reset(); // a libharu document that reported an error is not reused
        throw;
    }
}

} // namespace fc::reports
