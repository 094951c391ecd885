#include "cli/option_fields.h"

#include "core/errors.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace fc::cli {

std::string text_or_file(const CLI::Option* text, const CLI::Option* file, const std::string& field)
{
    if (!file->count())
        return value_of(text);
    const auto path = file->as<std::string>();
    if (path == "-")
        return {std::istreambuf_iterator<char>(std::cin), {}};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InvalidInput(FieldError{field + "-file", "readable-file", "cannot read the file " + path});
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace fc::cli
