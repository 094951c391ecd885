#pragma once
// Everything shown when a patient's record is opened.
#include "core/condition.h"
#include "core/consent.h"
#include "core/patient.h"
#include "core/precaution.h"
#include "core/red_flag.h"

#include <vector>

namespace fc {

struct PatientRecord {
    Patient patient;
    std::vector<Condition> conditions;
    std::vector<Precaution> precautions;
    std::vector<Consent> consents;
    std::vector<RedFlag> open_flags; // urgent first, oldest first: what waits for review

    int open_precautions_on(const Date& d) const
    {
        int n = 0;
        for (const auto& p : precautions)
            n += p.is_open_on(d) ? 1 : 0;
        return n;
    }
};

} // namespace fc
