#pragma once
// Options whose values, when given, are copied into a form: the same table serves `add` (into
// an empty form) and `edit` (over the form of the stored record).
#include "core/existing_file.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace fc::cli {

template <class Form>
struct OptionField {
    CLI::Option* option;
    std::function<void(Form&, const CLI::Option&)> apply;
};

template <class Form>
void apply_given(const std::vector<OptionField<Form>>& fields, Form& form)
{
    for (const auto& f : fields)
        if (f.option->count())
            f.apply(form, *f.option);
}

// A text option copied into form.*member.
template <class Form>
OptionField<Form> text_option(CLI::App* cmd, const std::string& name, std::string Form::*member,
                              const std::string& help)
{
    return {cmd->add_option(name)->description(help),
            [member](Form& f, const CLI::Option& o) { f.*member = o.as<std::string>(); }};
}

// A flag with its negation (--bleeding / --no-bleeding) copied into form.*member.
template <class Form>
OptionField<Form> flag_option(CLI::App* cmd, const std::string& name, bool Form::*member, const std::string& help)
{
    return {cmd->add_flag("--" + name + ",!--no-" + name)->description(help),
            [member](Form& f, const CLI::Option& o) { f.*member = o.as<bool>(); }};
}

// The option's value, or "" when it was not given.
inline std::string value_of(const CLI::Option* o)
{
    return o->count() ? o->as<std::string>() : std::string();
}

// Text from --NAME, or from --NAME-file FILE ('-' for standard input) without a leading UTF-8
// byte-order mark, read no further than the field can hold (`max_length` characters, as bytes
// of UTF-8). Throws InvalidInput naming NAME-file when the file cannot be read ("readable-file"),
// is a folder or a device ("regular-file") or holds more than that ("max-length").
std::string text_or_file(const CLI::Option* text, const CLI::Option* file, const std::string& field,
                         std::size_t max_length);

// --force on a command that writes a file: replace a file already at its name (never the clinic
// file or a backup).
inline CLI::Option* add_force_flag(CLI::App* cmd)
{
    return cmd->add_flag("--force")->description("Replace an existing file (never the clinic file or a backup)");
}

inline ExistingFile existing_file(const CLI::Option* force)
{
    return force->count() ? ExistingFile::Replace : ExistingFile::Refuse;
}

// Text from --NAME, or from --NAME-file FILE ('-' for standard input); throws InvalidInput
// (field NAME-file) when the file cannot be read.
std::string text_or_file(const CLI::Option* text, const CLI::Option* file, const std::string& field);

} // namespace fc::cli
