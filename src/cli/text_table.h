#pragma once
// Plain-text columns for terminal output, aligned by characters (UTF-8 aware). Cells hold
// shown text (terminal_text.h): user-supplied values passed through shown() by the caller.
#include <string>
#include <vector>

namespace fc::cli {

std::string format_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

} // namespace fc::cli
