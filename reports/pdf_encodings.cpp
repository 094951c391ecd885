#include "reports/pdf_encodings.h"

#include "reports/report_error.h"
#include "reports/utf8.h"

#include <algorithm>

namespace fc::reports::pdf {

namespace {
// Western, Central European, Baltic, Turkish, Romanian, South European (Maltese, Esperanto),
// Nordic and Sami, Greek, Cyrillic, Vietnamese (base letters).
constexpr std::array<const char*, Encodings::count> names{"CP1252",     "CP1250",    "CP1257",    "CP1254",
                                                          "ISO8859-16", "ISO8859-3", "ISO8859-4", "ISO8859-10",
                                                          "CP1253",     "CP1251",    "CP1258"};
} // namespace

const char* Encodings::name(int page)
{
    return page >= 0 && static_cast<std::size_t>(page) < count ? names[static_cast<std::size_t>(page)] : "UTF-8";
}

Encodings::Encodings(HPDF_Doc doc)
{
    for (std::size_t p = 0; p < count; ++p) {
        const HPDF_Encoder encoder = HPDF_GetEncoder(doc, names[p]);
        if (!encoder)
            throw ReportError(std::string("the PDF library has no encoding ") + names[p]);
        for (unsigned code = 0x20; code <= 0xFF; ++code) {
            const char32_t cp = HPDF_Encoder_GetUnicode(encoder, static_cast<HPDF_UINT16>(code));
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFF || cp == 0xFFFD)
                continue; // unused slot
            auto& slots = bytes_[cp];
            if (slots[p] == 0)
                slots[p] = static_cast<std::uint8_t>(code);
        }
    }
}

std::vector<char32_t> Encodings::repertoire() const
{
    std::vector<char32_t> all;
    for (const auto& [cp, slots] : bytes_)
        all.push_back(cp);
    std::sort(all.begin(), all.end());
    return all;
}

void Encodings::beyond_code_pages(std::string_view utf8, std::set<char32_t>& out) const
{
    for (std::size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80) {
            ++i;
            continue;
        }
        const char32_t cp = utf8::next(utf8, i);
        if (cp >= 0xA0 && !bytes_.contains(cp))
            out.insert(cp > 0xFFFF ? utf8::replacement : cp);
    }
}

std::vector<Encodings::Run> Encodings::split(std::string_view utf8) const
{
    std::vector<Run> runs;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = utf8::next(utf8, i);
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
            continue; // control characters have no glyph
        if (cp > 0xFFFF)
            cp = utf8::replacement; // libharu's UTF-8 fonts stop at the BMP
        const int current = runs.empty() ? 0 : runs.back().page;
        if (cp >= 0x20 && cp < 0x7F && !runs.empty()) { // ASCII: the same byte in every code page
            runs.back().bytes += static_cast<char>(cp); // the same in UTF-8
            continue;
        }
        int page = cid;
        std::uint8_t byte = 0;
        if (const auto it = bytes_.find(cp); it != bytes_.end()) {
            const auto& slots = it->second;
            if (current != cid && slots[static_cast<std::size_t>(current)] != 0) {
                page = current;
            } else {
                const auto found = std::find_if(slots.begin(), slots.end(), [](auto b) { return b != 0; });
                page = static_cast<int>(found - slots.begin());
            }
            byte = slots[static_cast<std::size_t>(page)];
        }
        if (runs.empty() || runs.back().page != page)
            runs.push_back({page, {}});
        if (page == cid)
            utf8::append(runs.back().bytes, cp);
        else
            runs.back().bytes += static_cast<char>(byte);
    }
    return runs;
}

} // namespace fc::reports::pdf
