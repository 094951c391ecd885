#pragma once
// A fresh clinic file per test, with the clinic's "today" pinned so that date rules are exact.
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace fc::test {

inline const Date pinned_today(2026, 11, 25);

class ClinicTest : public ::testing::Test {
protected:
    TempDir dir;
    std::filesystem::path path = dir.file("clinic.floorchart");
    Clinic clinic{path};

    ClinicTest() { clinic.set_today([] { return pinned_today; }); }

    Actor add_clinician(const std::string& name)
    {
        const auto c = ClinicianDirectory(clinic).add(ClinicianForm{name, "", ""}, Actor::nobody());
        return Actor{c.id, c.name};
    }

    static PatientForm form(const std::string& family, const std::string& given, const std::string& dob)
    {
        PatientForm f;
        f.family = family;
        f.given = given;
        f.dob = dob;
        return f;
    }
};

} // namespace fc::test
