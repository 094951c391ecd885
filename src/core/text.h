#pragma once
// UTF-8 text checks shared by every form: trimming, length in characters, control characters,
// line ends, and the invisible characters that reorder or hide text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fc::text {

std::string trim(std::string_view s);
bool is_valid_utf8(std::string_view s);
// Number of Unicode code points; only meaningful for valid UTF-8.
std::size_t length(std::string_view s);
// The most bytes one character takes in UTF-8: a field of n characters holds at most 4n bytes.
inline constexpr std::size_t max_bytes_per_character = 4;
// Decodes the code point at s[i] into cp; returns its length in bytes, or 0 when the bytes
// there are not UTF-8 (overlong, a surrogate, beyond U+10FFFF or cut short).
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp);
// True when s holds C0/C1 control characters or DEL; newline and tab pass when multiline.
bool has_control_characters(std::string_view s, bool multiline);
// s with every CRLF line end made LF; a carriage return on its own is left for the caller to refuse.
std::string with_lf_line_ends(std::string_view s);
// Bidirectional formatting characters: embeddings and overrides (U+202A..U+202E), isolates
// (U+2066..U+2069) and the invisible marks LRM, RLM (U+200E, U+200F) and ALM (U+061C).
bool is_bidi_control(std::uint32_t cp);
// Characters with no width: ZWSP (U+200B), ZWNJ (U+200C), ZWJ (U+200D), WORD JOINER (U+2060)
// and ZERO WIDTH NO-BREAK SPACE, the byte-order mark (U+FEFF).
bool is_zero_width(std::uint32_t cp);
// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...).
bool is_right_to_left(std::uint32_t cp);
std::string to_lower_ascii(std::string_view s);
bool is_ascii(std::string_view s);

} // namespace fc::text
