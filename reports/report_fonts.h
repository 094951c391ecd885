#pragma once
// The typeface every report is set in: DejaVu Sans (fonts-dejavu-core), regular and bold,
// read once per process and shared read-only by layout (metrics) and the PDF backend (the
// font files and their subsets).
#include "reports/font_metrics.h"
#include "reports/truetype_font.h"

#include <filesystem>
#include <memory>

namespace fc::reports {

struct FontFiles {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

// $FLOORCHART_FONT_DIR when set, else /usr/share/fonts/truetype/dejavu; DejaVuSans.ttf and
// DejaVuSans-Bold.ttf in it.
FontFiles default_font_files();

class ReportFonts {
public:
    explicit ReportFonts(FontFiles files); // throws ReportError when a file is missing or broken
    ReportFonts(const ReportFonts&) = delete;
    ReportFonts& operator=(const ReportFonts&) = delete;

    // The fonts of default_font_files(), loaded on first use (thread-safe); throws ReportError.
    static const ReportFonts& shared();

    const FontMetrics& metrics() const { return metrics_; }
    const TrueTypeFont& font(FontStyle style) const { return style == FontStyle::Bold ? bold_ : regular_; }
    const std::filesystem::path& file(FontStyle style) const
    {
        return style == FontStyle::Bold ? files_.bold : files_.regular;
    }

private:
    FontFiles files_;
    TrueTypeFont regular_;
    TrueTypeFont bold_;
    TrueTypeMetrics metrics_;
};

} // namespace fc::reports
