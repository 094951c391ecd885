#pragma once
// The PDF backend's fonts (not part of the reports API). Each regular and bold DejaVu Sans is
// cut once per process to the characters of the single-byte code pages (no hinting, a few
// hundred glyphs) and loaded into the long-lived libharu document, which keeps it across
// HPDF_NewDoc; only the glyphs a report uses are embedded. Characters outside every code page
// (≥, ✓, Vietnamese letters...) are drawn as UTF-8 with a CID font cut to just the characters
// of that document (reused by later documents that need the same ones).
#include "reports/pdf_doc.h"
#include "reports/pdf_encodings.h"
#include "reports/report_fonts.h"

#include <array>
#include <map>
#include <utility>
#include <vector>
#include <set>
#include <string>

namespace fc::reports::pdf {

class FontSet {
public:
    // `doc` must be fresh (HPDF_New) and outlive the set; enables UTF-8 on it once.
    FontSet(const Doc& doc, const ReportFonts& fonts);

    const Encodings& encodings() const { return encodings_; }
    // Forget the previous document's fonts (call after HPDF_NewDoc) and load the cuts for the
    // characters of `document` that no code page holds.
    void begin_document(const Document& document);
    // The font for text of `style` in code page `page` (Encodings::cid for UTF-8).
    HPDF_Font font(FontStyle style, int page);
    // Cut fonts loaded for single documents: libharu keeps each until the document is freed.
    int extra_fonts_loaded() const { return extra_loaded_; }

private:
    const Doc& doc_;
    const ReportFonts& report_fonts_;
    Encodings encodings_;
    std::array<std::string, 2> cut_names_;
    std::array<std::string, 2> extra_names_; // this document's, when it needs one
    std::map<std::pair<std::size_t, std::vector<char32_t>>, std::string> extra_cuts_; // loaded so far
    std::array<std::array<HPDF_Font, Encodings::count + 1>, 2> fonts_{};
    int extra_loaded_ = 0;
};

} // namespace fc::reports::pdf
