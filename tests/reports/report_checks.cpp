#include "report_checks.h"

#include <fmt/format.h>

namespace fc::test {

using namespace reports;

std::vector<TextBox> text_boxes(const Page& page, const FontMetrics& m)
{
    std::vector<TextBox> boxes;
    for (const auto& item : page.items)
        if (const auto* t = std::get_if<TextRun>(&item); t && t->angle == 0 && !t->text.empty())
            boxes.push_back({t->at.x, t->at.y - m.ascent(t->size, t->style),
                             t->at.x + m.text_width(t->text, t->size, t->style), t->at.y + m.descent(t->size, t->style),
                             t});
    return boxes;
}

std::vector<std::string> overlapping_text(const Page& page, const FontMetrics& m)
{
    const auto boxes = text_boxes(page, m);
    std::vector<std::string> found;
    constexpr double slack = 0.8; // ascent and descent boxes of adjacent lines may touch
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t k = i + 1; k < boxes.size(); ++k) {
            const auto& a = boxes[i];
            const auto& b = boxes[k];
            if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack &&
                b.top < a.bottom - slack)
                found.push_back(a.run->text + " | " + b.run->text);
        }
    return found;
}

std::vector<std::string> text_off_page(const Document& doc, const FontMetrics& m, double margin, double vertical)
{
    std::vector<std::string> found;
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& b : text_boxes(doc.pages[p], m))
            if (b.left < margin - 0.01 || b.right > doc.size.width - margin + 0.01 || b.top < vertical ||
                b.bottom > doc.size.height - vertical)
                found.push_back(fmt::format("page {}: {} ({:.1f}..{:.1f}, {:.1f}..{:.1f})", p + 1, b.run->text, b.left,
                                            b.right, b.top, b.bottom));
    return found;
}

std::string page_text(const Page& page)
{
    std::string text;
    for (const auto& item : page.items)
        if (const auto* t = std::get_if<TextRun>(&item))
            text += t->text + "\n";
    return text;
}

std::string document_text(const Document& doc)
{
    std::string text;
    for (const auto& p : doc.pages)
        text += page_text(p);
    return text;
}

} // namespace fc::test
