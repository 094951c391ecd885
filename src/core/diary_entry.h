#pragma once
// An appointment as the diary shows it: with the names of its patient and clinician, read with it,
// so that a day or a week is shown from one read however many patients it holds.
#include "core/appointment.h"
#include "core/patient.h"

#include <string>

namespace fc {

struct DiaryEntry {
    Appointment appointment;
    std::string family_name; // the patient's
    std::string given_name;
    std::string preferred_name;
    std::string clinician_name;

    std::string patient_name() const { return display_name(family_name, given_name, preferred_name); }
};

} // namespace fc
