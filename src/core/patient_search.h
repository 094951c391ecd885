#pragma once
// How patients are found: the folded text a patient is matched against, the folded words of a
// query, and the rows a patient list shows.
#include "core/date.h"
#include "core/patient.h"
#include "core/time_of_day.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct PatientQuery {
    std::string text;              // words typed; each must occur in the name, MRN or date of birth
    bool include_archived = false;
    std::size_t limit = 0;         // 0: every match
    // The next appointment of each patient is the first booked one on or after this date.
    std::optional<Date> appointments_from;
};

struct PatientListEntry {
    std::int64_t id = 0;
    std::string mrn;
    std::string family_name;
    std::string given_name;
    std::string preferred_name;
    Date dob;
    Sex sex = Sex::Unknown;
    bool archived = false;
    int open_precautions = 0;
    int open_flags = 0;   // red flags waiting for review
    int urgent_flags = 0; // of those, urgent
    // The next booked appointment from today on (date and start), if any.
    std::optional<Date> next_appointment;
    std::optional<TimeOfDay> next_appointment_time;
};

// Folded names, MRN and date of birth: "odegaard ingrid fc000012 1984-02-29".
std::string patient_search_text(const Patient& p);
// Folded "family given" for ordering the list.
std::string patient_sort_key(const Patient& p);
// The folded words of a query, in order, without duplicates.
std::vector<std::string> search_words(std::string_view query);

} // namespace fc
