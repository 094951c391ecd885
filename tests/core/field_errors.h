#pragma once
// Test helpers: the rule ids and messages of the errors on one field.
#include "core/errors.h"

#include <string>
#include <vector>

namespace fc::test {

inline std::vector<std::string> rules_on(const std::vector<FieldError>& errors, const std::string& field)
{
    std::vector<std::string> rules;
    for (const auto& e : errors)
        if (e.field == field)
            rules.push_back(e.rule);
    return rules;
}

inline std::string message_on(const std::vector<FieldError>& errors, const std::string& field)
{
    for (const auto& e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

inline const std::vector<std::string> no_rules{};
inline std::vector<std::string> only(const std::string& rule)
{
    return {rule};
}

} // namespace fc::test
