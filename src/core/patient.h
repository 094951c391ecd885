#pragma once
// A patient's demographic record, and the form that creates or edits it.
#include "core/date.h"
#include "core/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class Sex { Unknown, Female, Male, Other };
std::string_view to_string(Sex s);
std::optional<Sex> parse_sex(std::string_view text); // female|male|other|unknown, any case

struct Patient {
    std::int64_t id = 0;
    std::int64_t version = 0; // bumped by every saved edit; a stale edit is refused
    bool archived = false;
    std::string mrn;
    std::string family_name;
    std::string given_name;
    std::string preferred_name;
    Date dob;
    Sex sex = Sex::Unknown;
    std::string pronouns;
    std::string phone;
    std::string email;
    std::string address;
    std::string referrer_name;
    std::string referrer_practice;
    std::string gp;
    std::string notes;

    std::string display_name() const; // "Family, Given (Preferred)"
};

// "Family, Given (Preferred)"; the preferred name only when it is not the given name.
std::string display_name(const std::string& family, const std::string& given, const std::string& preferred);

// What a person typed, field by field, before validation. Field names match the CLI options.
struct PatientForm {
    std::string mrn;
    std::string family;
    std::string given;
    std::string preferred;
    std::string dob;
    std::string sex;
    std::string pronouns;
    std::string phone;
    std::string email;
    std::string address;
    std::string referrer;
    std::string referrer_practice;
    std::string gp;
    std::string notes;

    static PatientForm from(const Patient& p);
};

// Every broken rule of the form; empty when it may be saved. `today` bounds the date of birth.
std::vector<FieldError> check_patient_form(const PatientForm& form, const Date& today);
// The validated, normalised patient fields (id, version, archived left default); throws InvalidInput.
Patient patient_from_form(const PatientForm& form, const Date& today);
// The MRN given to a patient whose form left it empty.
std::string generated_mrn(std::int64_t number);

inline constexpr std::size_t max_name_length = 100;
inline constexpr std::size_t max_notes_length = 8000;

} // namespace fc
