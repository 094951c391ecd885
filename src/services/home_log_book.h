#pragma once
// The patient's home practice between visits, entered by the clinician from the patient's diary.
#include "core/home_log.h"
#include "core/red_flag.h"
#include "services/actor.h"
#include "services/clinic.h"

#include <cstdint>
#include <vector>

namespace fc {

struct LoggedHomeSession {
    HomeLogEntry entry;
    std::vector<RedFlag> flags_raised;
};

class HomeLogBook {
public:
    HomeLogBook(Clinic& clinic, Actor actor) : clinic_(clinic), actor_(std::move(actor)) {}

    // Saves the entry and raises its red flags in the same transaction. Throws InvalidInput, NotFound.
    LoggedHomeSession add(std::int64_t patient_id, const HomeLogForm& form);
    std::vector<HomeLogEntry> for_patient(std::int64_t patient_id);
    // What an entry about the patient is checked against (date of birth, today, the dilator set of
    // the active programme), for checking a form as it is typed (check_home_log_form).
    RecordingContext entry_rules(std::int64_t patient_id);

private:
    Clinic& clinic_;
    Actor actor_;
};

} // namespace fc
