#pragma once
// The patient's own log of home sessions between visits (DOMAIN.md): one entry per session.
#include "core/date.h"
#include "core/errors.h"
#include "core/session_measures.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fc {

struct HomeLogEntry {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t version = 0;
    Date date;
    std::optional<int> dilator_mm; // a size of the programme's set when one is known
    std::optional<int> minutes;    // 0-120
    std::optional<int> comfort;    // 0-10
    std::optional<int> pain;       // NRS 0-10
    bool bleeding = false;
    std::string text;
};

// Field names: date, dilator-mm, minutes, comfort, pain, text; flag bleeding.
struct HomeLogForm {
    std::string date; // empty: today
    std::string dilator_mm;
    std::string minutes;
    std::string comfort;
    std::string pain;
    bool bleeding = false;
    std::string text;

    static HomeLogForm from(const HomeLogEntry& e);
};

inline constexpr std::size_t max_home_log_text = 4000;

std::vector<FieldError> check_home_log_form(const HomeLogForm& form, const RecordingContext& ctx);
HomeLogEntry home_log_from_form(const HomeLogForm& form, const RecordingContext& ctx); // throws InvalidInput

} // namespace fc
