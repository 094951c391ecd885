#pragma once
// UTF-8 text checks shared by every form: trimming, length in characters, control characters.
#include <cstddef>
#include <string>
#include <string_view>

namespace fc::text {

std::string trim(std::string_view s);
bool is_valid_utf8(std::string_view s);
// Number of Unicode code points; only meaningful for valid UTF-8.
std::size_t length(std::string_view s);
// True when s holds C0/C1 control characters or DEL; newline and tab pass when multiline.
bool has_control_characters(std::string_view s, bool multiline);
std::string to_lower_ascii(std::string_view s);
bool is_ascii(std::string_view s);

} // namespace fc::text
