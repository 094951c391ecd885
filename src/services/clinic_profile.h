#pragma once
// The clinic as its reports present it: name, address, phone and email in the header of every
// report, and the paper reports are made on unless asked otherwise. Kept in the clinic file.
#include "services/actor.h"
#include "services/clinic.h"

#include <string>

namespace fc {

struct ClinicProfile {
    std::string name; // the clinic file's name until one is saved
    std::string address;
    std::string phone;
    std::string email;
    std::string paper = "a4"; // a4|letter
};

// Field names: clinic-name, address, phone, email, paper. Empty fields keep the current value.
struct ClinicProfileForm {
    std::string name;
    std::string address;
    std::string phone;
    std::string email;
    std::string paper;
};

ClinicProfile clinic_profile(Clinic& clinic);
// Rules: clinic-name, address, phone, email "max-length", "control-characters" (address may
// hold line breaks); paper "one-of". Throws InvalidInput (nothing saved), ClinicianRequired.
void check_clinic_profile(const ClinicProfileForm& form); // the same rules, saving nothing
ClinicProfile save_clinic_profile(Clinic& clinic, const Actor& actor, const ClinicProfileForm& form);

} // namespace fc
