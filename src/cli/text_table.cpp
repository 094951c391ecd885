#include "cli/text_table.h"

#include "cli/terminal_text.h"

#include <algorithm>

namespace fc::cli {

std::string format_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> width(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], shown_width(row[i]));
    };
    measure(header);
    for (const auto& r : rows)
        measure(r);
    std::string out;
    auto emit = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(width[i] - shown_width(row[i]) + 2, ' ');
        }
        out += line + "\n";
    };
    emit(header);
    for (const auto& r : rows)
        emit(r);
    return out;
}

} // namespace fc::cli
