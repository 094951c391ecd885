#include "reports/document.h"

#include <fmt/format.h>

namespace fc::reports {

PageSize page_size(PaperSize paper)
{
    constexpr double points_per_mm = 72.0 / 25.4;
    switch (paper) {
    case PaperSize::Letter:
        return {612, 792};
    case PaperSize::A4:
        break;
    }
    return {210 * points_per_mm, 297 * points_per_mm};
}

std::string to_text(const Timestamp& t)
{
    return fmt::format("{} {}", to_iso(t.date), to_iso(t.time));
}

} // namespace fc::reports
