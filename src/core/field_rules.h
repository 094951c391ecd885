#pragma once
// The common rules of every form field (UTF-8, no control characters, line ends, length, required,
// no invisible characters in names, real calendar dates within bounds), collecting every broken
// rule rather than stopping at one.
#include "core/date.h"
#include "core/errors.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct TextRule {
    bool required = false;
    std::size_t max_length = 200; // in characters
    bool multiline = false; // line breaks allowed; CRLF is stored as LF, a lone CR refused
    bool name = false;      // a person's or practice's name: no bidi controls or stray zero-width characters
};

struct DateRule {
    bool required = false;
    std::optional<Date> not_before;
    std::optional<Date> not_after;
    std::string not_after_reason = "must not be in the future";
    std::string not_before_reason; // empty: "is before <not_before>"
};

// A required date naming a week (Monday to Sunday): the whole week must lie on the calendar the
// program knows (weeks from Monday 1400-01-06 to Sunday 9999-12-26).
DateRule week_rule();

class FieldCheck {
public:
    // Trimmed value, or "" when a rule is broken (the error is recorded).
    std::string text(std::string_view field, std::string_view value, const TextRule& rule);
    // Parsed date; nullopt when empty or invalid (an error is recorded when it is invalid or required).
    std::optional<Date> date(std::string_view field, std::string_view value, const DateRule& rule);
    // Value matched case-insensitively against `allowed`; "" and an error when it is not one of them.
    std::string one_of(std::string_view field, std::string_view value, const std::vector<std::string_view>& allowed);
    void fail(std::string_view field, std::string_view rule, std::string message);

    bool ok() const { return errors_.empty(); }
    const std::vector<FieldError>& errors() const { return errors_; }
    // Throws InvalidInput with every recorded error, if any.
    void throw_if_failed() const;

private:
    std::vector<FieldError> errors_;
};

} // namespace fc
