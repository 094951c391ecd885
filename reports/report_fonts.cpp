#include "reports/report_fonts.h"

#include <cstdlib>

namespace fc::reports {

FontFiles default_font_files()
{
    const char* dir = std::getenv("FLOORCHART_FONT_DIR");
    const std::filesystem::path base = dir && *dir ? dir : "/usr/share/fonts/truetype/dejavu";
    return {base / "DejaVuSans.ttf", base / "DejaVuSans-Bold.ttf"};
}

ReportFonts::ReportFonts(FontFiles files)
    : files_(std::move(files)), regular_(TrueTypeFont::from_file(files_.regular)),
      bold_(TrueTypeFont::from_file(files_.bold)), metrics_(regular_, bold_)
{
}

const ReportFonts& ReportFonts::shared()
{
    static const ReportFonts fonts(default_font_files());
    return fonts;
}

} // namespace fc::reports
