#pragma once
// Typed values read out of form fields: whole numbers within a range, record ids, times of day
// and lists. Like FieldCheck::date, each records its broken rule on the check and returns
// nullopt; an empty field is "not given" unless the rule says it is required.
#include "core/field_rules.h"
#include "core/time_of_day.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct NumberRule {
    bool required = false;
    int min = 0;
    int max = 0;
    std::string_view unit; // "mm", "minutes", "s": shown after the numbers in messages
};

// Rules: "required", "number-format" (not a whole number), "range" (outside min..max).
std::optional<int> whole_number(FieldCheck& check, std::string_view field, std::string_view value,
                                const NumberRule& rule);
// The number, or `fallback` when the field is empty or broken (the error is recorded).
int whole_number_or(FieldCheck& check, std::string_view field, std::string_view value, const NumberRule& rule,
                    int fallback);
// A positive record id (rule "id-format").
std::optional<std::int64_t> record_id(FieldCheck& check, std::string_view field, std::string_view value, bool required);
// HH:MM (rule "time-format").
std::optional<TimeOfDay> time_of_day(FieldCheck& check, std::string_view field, std::string_view value, bool required);
// "10, 13, 16": the trimmed, non-empty items between commas.
std::vector<std::string> comma_items(std::string_view value);
// `value` quoted for a message when it is short printable text; "" otherwise (never echo 1 MB).
std::string quoted_for_message(std::string_view value);

} // namespace fc
