#pragma once
// A condition the patient is treated for: ICD-10 code (optional, e.g. sexual wellness has
// none), a label and the date of onset when known.
#include "core/date.h"
#include "core/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc {

struct Condition {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t version = 0;
    std::string code; // ICD-10, upper case, e.g. K60.1
    std::string label;
    std::optional<Date> onset;
};

struct ConditionForm {
    std::string code;
    std::string label;
    std::string onset;
};

Condition condition_from_form(const ConditionForm& form, const Date& today); // throws InvalidInput
std::vector<FieldError> check_condition_form(const ConditionForm& form, const Date& today);

// The conditions of DOMAIN.md, offered as choices in forms and used by the demo clinic.
struct KnownCondition {
    const char* code;
    const char* label;
};
const std::vector<KnownCondition>& known_conditions();

} // namespace fc
