#pragma once
// Consent for intimate (internal) examination, recorded with whether a chaperone was
// offered and present, on a date, by a clinician.
#include "core/date.h"
#include "core/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc {

struct Consent {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t clinician_id = 0;
    Date on;
    bool consent_given = false;
    bool chaperone_offered = false;
    bool chaperone_present = false;
    std::string note;
};

struct ConsentForm {
    std::string given;             // yes|no
    std::string chaperone_offered; // yes|no
    std::string chaperone_present; // yes|no
    std::string date;              // empty: today
    std::string note;
};

Consent consent_from_form(const ConsentForm& form, const Date& today); // throws InvalidInput
std::vector<FieldError> check_consent_form(const ConsentForm& form, const Date& today);

} // namespace fc
