#include "reports/pdf_fonts.h"

#include "reports/font_subset.h"
#include "reports/report_error.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <utility>
#include <unistd.h>

namespace fc::reports::pdf {

namespace {

std::size_t index(FontStyle style)
{
    return style == FontStyle::Bold ? 1 : 0;
}

// The code-page cuts, made once per process for each set of fonts and kept in memory.
const std::vector<std::uint8_t>& code_page_cut(const ReportFonts& fonts, FontStyle style, const Encodings& encodings)
{
    static std::mutex mutex;
    static std::map<std::pair<const ReportFonts*, std::size_t>, std::vector<std::uint8_t>> cache;
    const std::scoped_lock lock(mutex);
    auto& bytes = cache[{&fonts, index(style)}];
    if (bytes.empty())
        bytes = subset_font(fonts.font(style), encodings.repertoire(),
                            style == FontStyle::Bold ? "FloorChartSans-Bold" : "FloorChartSans");
    return bytes;
}

// libharu 2.3 loads TrueType only from a file: write the cut font to a private temporary file,
// load it and unlink it (libharu keeps its own handle open for embedding).
std::string load_from_memory(const Doc& doc, const std::vector<std::uint8_t>& bytes)
{
    auto path = (std::filesystem::temp_directory_path() / "floorchart-font-XXXXXX").string();
    const int fd = mkstemp(path.data());
    if (fd < 0)
        throw ReportError(
            fmt::format("cannot create a temporary font file in {}", std::filesystem::temp_directory_path().string()));
    const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    ::close(fd);
    const char* name = written ? HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE) : nullptr;
    std::remove(path.c_str());
    if (!written)
        throw ReportError("cannot write a temporary font file");
    return doc.checked(name, "loading the report font");
}

} // namespace

FontSet::FontSet(const Doc& doc, const ReportFonts& fonts)
    : doc_(doc), report_fonts_(fonts), encodings_((HPDF_UseUTFEncodings(doc.get()), doc.get()))
{
    doc.check("preparing the text encodings");
    for (const auto style : {FontStyle::Regular, FontStyle::Bold})
        cut_names_[index(style)] = load_from_memory(doc, code_page_cut(fonts, style, encodings_));
}

void FontSet::begin_document(const Document& document)
{
    fonts_ = {};
    extra_names_ = {};
    std::array<std::set<char32_t>, 2> extra;
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* t = std::get_if<TextRun>(&item))
                encodings_.beyond_code_pages(t->text, extra[index(t->style)]);
    for (const auto style : {FontStyle::Regular, FontStyle::Bold}) {
        const auto& chars = extra[index(style)];
        if (chars.empty())
            continue;
        std::vector<char32_t> wanted(chars.begin(), chars.end());
        auto& name = extra_cuts_[{index(style), wanted}]; // still loaded from an earlier document?
        if (name.empty()) {
            // libharu keeps fonts by name: each cut gets its own.
            const auto unique =
                fmt::format("FloorChartSansExtra{}{}", ++extra_loaded_, style == FontStyle::Bold ? "-Bold" : "");
            name = load_from_memory(doc_, subset_font(report_fonts_.font(style), wanted, unique));
        }
        extra_names_[index(style)] = name;
    }
}

HPDF_Font FontSet::font(FontStyle style, int page)
{
    const std::size_t s = index(style);
    const std::size_t slot = page == Encodings::cid ? Encodings::count : static_cast<std::size_t>(page);
    auto& font = fonts_[s][slot];
    if (!font) {
        const std::string& name = page == Encodings::cid ? extra_names_[s] : cut_names_[s];
        if (name.empty())
            throw ReportError("a character was not prepared for (begin_document was not called)");
        font = doc_.checked(HPDF_GetFont(doc_.get(), name.c_str(), Encodings::name(page)), "choosing a font");
    }
    return font;
}

} // namespace fc::reports::pdf
