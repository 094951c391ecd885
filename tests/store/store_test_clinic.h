#pragma once
// A fresh clinic file in a temporary folder with one clinician and two patients, for the
// repository tests of migration 2.
#include "store/clinic_file.h"
#include "store/clinician_repository.h"
#include "store/patient_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace fc::test {

class StoreTestClinic : public ::testing::Test {
protected:
    TempDir dir;
    store::ClinicFile file{dir.file("clinic.floorchart")};
    SQLite::Database& db = file.db();
    std::int64_t clinician = 0;
    std::int64_t other_clinician = 0;
    std::int64_t patient = 0;
    std::int64_t other_patient = 0;

    void SetUp() override
    {
        store::ClinicianRepository clinicians(db);
        clinician = clinicians.insert(Clinician{.name = "Aroha Ngata", .profession = "Physiotherapist"});
        other_clinician = clinicians.insert(Clinician{.name = "Bea Lindqvist", .profession = "Physiotherapist"});
        store::PatientRepository patients(db);
        patient = patients.insert(
            Patient{.mrn = "FC000001", .family_name = "Ødegaard", .given_name = "Ingrid", .dob = Date(1984, 2, 29)});
        other_patient = patients.insert(
            Patient{.mrn = "FC000002", .family_name = "O'Brien", .given_name = "Siobhán", .dob = Date(1990, 7, 2)});
    }

    std::int64_t count(const std::string& table)
    {
        return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
    }
};

} // namespace fc::test
