#include "core/field_rules.h"

#include "core/name_characters.h"
#include "core/text.h"

#include <fmt/format.h>

namespace fc {

std::string FieldCheck::text(std::string_view field, std::string_view value, const TextRule& rule)
{
    if (!text::is_valid_utf8(value)) {
        fail(field, "utf8", "is not valid UTF-8 text");
        return {};
    }
    // A carriage return alone sends a terminal's cursor back over the words before it; in a
    // CRLF line end (Windows files, pasted e-mail) it is only a line end and is dropped.
    const auto lines = rule.multiline ? text::with_lf_line_ends(value) : std::string();
    if (rule.multiline) {
        value = lines;
        if (value.find('\r') != std::string_view::npos) {
            fail(field, "carriage-return",
                 "must not contain a carriage return except in a CRLF line end (it hides the words before it "
                 "on a terminal)");
            return {};
        }
    }
    if (text::has_control_characters(value, rule.multiline)) {
        fail(field, "control-characters",
             rule.multiline ? "must not contain control characters (only line breaks and tabs are allowed)"
                            : "must not contain control characters or line breaks");
        return {};
    }
    if (const auto hidden = rule.name ? hidden_character_in_name(value) : std::nullopt) {
        if (hidden->bidi_control)
            fail(field, "bidi-control",
                 fmt::format("must not contain the invisible direction control U+{:04X}: it reorders the letters "
                             "around it, so the name could look like another",
                             hidden->code_point));
        else
            fail(field, "zero-width",
                 fmt::format("must not contain the invisible character U+{:04X}: the name could look like another "
                             "(U+200C and U+200D are allowed between letters of scripts that spell with them)",
                             hidden->code_point));
        return {};
    }
    auto trimmed = text::trim(value);
    if (rule.required && trimmed.empty()) {
        fail(field, "required", "is required and must not be empty or only spaces");
        return {};
    }
    if (const auto n = text::length(trimmed); n > rule.max_length) {
        fail(field, "max-length", fmt::format("is {} characters long; at most {} are allowed", n, rule.max_length));
        return {};
    }
    return trimmed;
}

DateRule week_rule()
{
    constexpr auto range = "is in a week partly outside the calendar (weeks from 1400-01-06 to 9999-12-26)";
    return DateRule{.required = true,
                    .not_before = Date(1400, 1, 6),
                    .not_after = Date(9999, 12, 26),
                    .not_after_reason = range,
                    .not_before_reason = range};
}

std::optional<Date> FieldCheck::date(std::string_view field, std::string_view value, const DateRule& rule)
{
    const auto trimmed = text::trim(value);
    if (trimmed.empty()) {
        if (rule.required)
            fail(field, "required", "is required (YYYY-MM-DD)");
        return std::nullopt;
    }
    const auto d = parse_iso_date(trimmed);
    if (!d) {
        fail(field, "date-format",
             text::is_valid_utf8(trimmed) && !text::has_control_characters(trimmed, false)
                 ? fmt::format("'{}' is not a real calendar date in the form YYYY-MM-DD", trimmed)
                 : std::string("is not a real calendar date in the form YYYY-MM-DD"));
        return std::nullopt;
    }
    if (rule.not_before && *d < *rule.not_before) {
        fail(field, "too-early",
             rule.not_before_reason.empty()
                 ? fmt::format("{} is before {}", to_iso(*d), to_iso(*rule.not_before))
                 : fmt::format("{} {}", to_iso(*d), rule.not_before_reason));
        return std::nullopt;
    }
    if (rule.not_after && *d > *rule.not_after) {
        fail(field, "too-late", fmt::format("{} {}", to_iso(*d), rule.not_after_reason));
        return std::nullopt;
    }
    return d;
}

std::string FieldCheck::one_of(std::string_view field, std::string_view value,
                               const std::vector<std::string_view>& allowed)
{
    const auto wanted = text::to_lower_ascii(text::trim(value));
    for (const auto a : allowed)
        if (wanted == a)
            return std::string(a);
    std::string list;
    for (const auto a : allowed)
        list += (list.empty() ? "" : ", ") + std::string(a);
    fail(field, "one-of", fmt::format("must be one of: {}", list));
    return {};
}

void FieldCheck::fail(std::string_view field, std::string_view rule, std::string message)
{
    errors_.push_back(FieldError{std::string(field), std::string(rule), std::move(message)});
}

void FieldCheck::throw_if_failed() const
{
    if (!errors_.empty())
        throw InvalidInput(errors_);
}

} // namespace fc
