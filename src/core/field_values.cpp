#include "core/field_values.h"

#include "core/text.h"

#include <fmt/format.h>

#include <charconv>

namespace fc {

namespace {
std::string with_unit(std::string_view number, std::string_view unit)
{
    return unit.empty() ? std::string(number) : fmt::format("{} {}", number, unit);
}

bool all_digits(std::string_view s)
{
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}
} // namespace

std::string quoted_for_message(std::string_view value)
{
    if (value.size() > 40 || !text::is_valid_utf8(value) || text::has_control_characters(value, false))
        return {};
    return fmt::format("'{}' ", value);
}

std::optional<int> whole_number(FieldCheck& check, std::string_view field, std::string_view value,
                                const NumberRule& rule)
{
    const auto trimmed = text::trim(value);
    if (trimmed.empty()) {
        if (rule.required)
            check.fail(field, "required", "is required");
        return std::nullopt;
    }
    const std::string_view body = trimmed.front() == '-' ? std::string_view(trimmed).substr(1) : trimmed;
    if (!all_digits(body)) {
        check.fail(field, "number-format", fmt::format("{}is not a whole number", quoted_for_message(trimmed)));
        return std::nullopt;
    }
    long long n = 0;
    const auto [end, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), n);
    if (ec != std::errc() || n < rule.min || n > rule.max) {
        check.fail(field, "range",
                   fmt::format("is {}; must be from {} to {}", with_unit(trimmed, rule.unit), rule.min,
                               with_unit(std::to_string(rule.max), rule.unit)));
        return std::nullopt;
    }
    return static_cast<int>(n);
}

int whole_number_or(FieldCheck& check, std::string_view field, std::string_view value, const NumberRule& rule,
                    int fallback)
{
    return whole_number(check, field, value, rule).value_or(fallback);
}

std::optional<std::int64_t> record_id(FieldCheck& check, std::string_view field, std::string_view value, bool required)
{
    const auto trimmed = text::trim(value);
    if (trimmed.empty()) {
        if (required)
            check.fail(field, "required", "is required");
        return std::nullopt;
    }
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), id);
    if (!all_digits(trimmed) || ec != std::errc() || id <= 0) {
        check.fail(field, "id-format",
                   fmt::format("{}is not a record id (a whole number from 1)", quoted_for_message(trimmed)));
        return std::nullopt;
    }
    return id;
}

std::optional<TimeOfDay> time_of_day(FieldCheck& check, std::string_view field, std::string_view value, bool required)
{
    const auto trimmed = text::trim(value);
    if (trimmed.empty()) {
        if (required)
            check.fail(field, "required", "is required (HH:MM)");
        return std::nullopt;
    }
    const auto t = parse_time_of_day(trimmed);
    if (!t)
        check.fail(
            field, "time-format",
            fmt::format("{}is not a time of day from 00:00 to 23:59 in the form HH:MM", quoted_for_message(trimmed)));
    return t;
}

std::vector<std::string> comma_items(std::string_view value)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= value.size()) {
        auto end = value.find(',', start);
        if (end == std::string_view::npos)
            end = value.size();
        if (auto item = text::trim(value.substr(start, end - start)); !item.empty())
            items.push_back(std::move(item));
        start = end + 1;
    }
    return items;
}

} // namespace fc
