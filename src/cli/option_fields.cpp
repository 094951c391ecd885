#include "cli/option_fields.h"

#include "core/errors.h"
#include "core/text.h"

#include <fmt/format.h>

#include <sys/stat.h>

#include <fstream>
#include <iostream>

namespace fc::cli {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// Up to `limit` + 1 bytes of `in`, without a leading UTF-8 byte-order mark: enough to tell a
// text that fits from one that does not, however much (/dev/zero, a pipe that never ends) follows.
std::string read_at_most(std::istream& in, std::size_t limit)
{
    std::string text(byte_order_mark.size() + limit + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(byte_order_mark.size()));
    auto got = static_cast<std::size_t>(in.gcount());
    if (std::string_view(text.data(), got) == byte_order_mark)
        got = 0;
    in.read(text.data() + got, static_cast<std::streamsize>(limit + 1 - got));
    text.resize(got + static_cast<std::size_t>(in.gcount()));
    return text;
}
} // namespace

std::string text_or_file(const CLI::Option* text, const CLI::Option* file, const std::string& field,
                         std::size_t max_length)
{
    if (!file->count())
        return value_of(text);
    const auto option = field + "-file";
    const auto path = file->as<std::string>();
    // Only a file, or a pipe (process substitution): read bounded, a pipe that never ends stops
    // at the limit. A folder, a device or a socket is not text someone meant to give.
    struct stat info {};
    if (path != "-" && stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode))
        throw InvalidInput(FieldError{option, "regular-file", fmt::format("{} is not a file (a folder or a device)", path)});
    std::ifstream opened;
    if (path != "-") {
        opened.open(path, std::ios::binary);
        if (!opened)
            throw InvalidInput(FieldError{option, "readable-file", "cannot read the file " + path});
    }
    const auto limit = max_length * text::max_bytes_per_character;
    auto content = read_at_most(path == "-" ? std::cin : opened, limit);
    if (content.size() > limit)
        throw InvalidInput(FieldError{option, "max-length",
                                      fmt::format("holds more than {} bytes; the {} text may be at most {} characters",
                                                  limit, field, max_length)});
    return content;
}

} // namespace fc::cli
