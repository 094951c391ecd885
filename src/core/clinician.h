#pragma once
// A clinician who works in the clinic and signs, stamps and acknowledges records.
#include "core/errors.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fc {

struct Clinician {
    std::int64_t id = 0;
    std::int64_t version = 0;
    std::string name;
    std::string profession;
    std::string registration; // professional registration number, printed on signed reports
    bool active = true;
};

struct ClinicianForm {
    std::string name;
    std::string profession;
    std::string registration;
};

std::vector<FieldError> check_clinician_form(const ClinicianForm& form);
Clinician clinician_from_form(const ClinicianForm& form); // throws InvalidInput

} // namespace fc
