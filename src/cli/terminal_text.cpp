#include "cli/terminal_text.h"

#include "core/text.h"

#include <fmt/format.h>

#include <unistd.h>

namespace fc::cli {

namespace {
constexpr std::uint32_t first_strong_isolate = 0x2068;
constexpr std::uint32_t pop_directional_isolate = 0x2069;

enum class Keep { Nothing, LineBreaks, Isolates };

bool on_terminal()
{
    static const bool terminal = isatty(STDOUT_FILENO) == 1;
    return terminal;
}

bool is_control(std::uint32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

// Invisible or reordering: shown by name rather than left to act. ZWNJ and ZWJ are spelling
// in Persian and Indic scripts and are kept; the isolates only when printable() guards text
// that shown() has already isolated.
bool is_hidden(std::uint32_t cp, Keep keep)
{
    if (keep == Keep::Isolates && (cp == first_strong_isolate || cp == pop_directional_isolate))
        return false;
    return text::is_bidi_control(cp) || (text::is_zero_width(cp) && cp != 0x200C && cp != 0x200D) || cp == 0x2028 ||
           cp == 0x2029;
}

// `s` with controls and hidden characters escaped; `right_to_left` says whether a character of
// a right-to-left script was seen.
std::string escaped(std::string_view s, Keep keep, bool& right_to_left)
{
    std::string out;
    out.reserve(s.size());
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto n = text::decode(s, i, cp);
        if (n == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
            ++i;
            continue;
        }
        const bool kept_break = keep != Keep::Nothing && (cp == '\n' || cp == '\t');
        if (is_control(cp) && !kept_break)
            out += fmt::format("\\x{:02x}", cp);
        else if (is_hidden(cp, keep))
            out += fmt::format("\\u{:04x}", cp);
        else
            out.append(s.substr(i, n));
        right_to_left = right_to_left || text::is_right_to_left(cp);
        i += n;
    }
    return out;
}

std::string isolated_line(std::string_view line, Keep keep)
{
    bool right_to_left = false;
    auto out = escaped(line, keep, right_to_left);
    return right_to_left && on_terminal() ? "\u2068" + out + "\u2069" : out;
}
} // namespace

std::string shown(std::string_view value)
{
    return isolated_line(value, Keep::Nothing);
}

std::string shown_lines(std::string_view value)
{
    std::string out;
    for (std::size_t start = 0;;) {
        const auto end = value.find('\n', start);
        out += isolated_line(value.substr(start, end - start), Keep::LineBreaks);
        if (end == std::string_view::npos)
            return out;
        out += '\n';
        start = end + 1;
    }
}

std::string printable(std::string_view text)
{
    bool right_to_left = false;
    return escaped(text, Keep::Isolates, right_to_left);
}

std::size_t shown_width(std::string_view shown_text)
{
    std::size_t width = 0;
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < shown_text.size();) {
        const auto n = text::decode(shown_text, i, cp);
        if (n == 0)
            return width + text::length(shown_text.substr(i)); // not from shown(); count the rest as it comes
        if (cp != first_strong_isolate && cp != pop_directional_isolate && cp != 0x200C && cp != 0x200D)
            ++width;
        i += n;
    }
    return width;
}

} // namespace fc::cli
