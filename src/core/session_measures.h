#pragma once
// What is measured and noticed at a session (DOMAIN.md): pain NRS, comfort, dilator size and
// minutes held, Modified Oxford, PERFECT, Bristol stool type, and the symptoms that matter for
// red flags. Every measure is optional. Shared with the home log: the patient, today and the
// dilator set that bound a dated record.
#include "core/date.h"
#include "core/dilator_set.h"
#include "core/field_rules.h"

#include <optional>
#include <string>
#include <string_view>

namespace fc {

// What a dated form about one patient is checked against.
struct RecordingContext {
    Date dob;
    Date today;
    std::optional<DilatorSet> set; // of the active dilator programme; sizes must belong to it
};

struct Measures {
    std::optional<int> pain_during;         // NRS 0-10
    std::optional<int> pain_after;          // NRS 0-10
    std::optional<int> comfort;             // 0-10
    std::optional<int> dilator_mm;          // a size of the programme's set
    std::optional<int> minutes_held;        // 0-120
    std::optional<int> oxford;              // Modified Oxford 0-5
    std::optional<int> perfect_power;       // P 0-5
    std::optional<int> perfect_endurance_s; // E 0-60 s
    std::optional<int> perfect_reps;        // R 0-20
    std::optional<int> perfect_fast;        // F 0-20
    std::optional<int> bristol;             // 1-7

    bool any() const;
    bool operator==(const Measures&) const = default;
};

struct Symptoms {
    bool bleeding = false;
    bool sharp_pain = false;
    bool burning = false;
    bool soreness_over_24h = false;
    bool worsening = false;
    bool distress = false;

    bool any() const;
    bool operator==(const Symptoms&) const = default;
};

// Field names: pain-during, pain-after, comfort, dilator-mm, minutes-held, oxford, perfect-p,
// perfect-e, perfect-r, perfect-f, bristol.
struct MeasuresForm {
    std::string pain_during;
    std::string pain_after;
    std::string comfort;
    std::string dilator_mm;
    std::string minutes_held;
    std::string oxford;
    std::string perfect_p;
    std::string perfect_e;
    std::string perfect_r;
    std::string perfect_f;
    std::string bristol;

    static MeasuresForm from(const Measures& m);
};

inline constexpr int max_minutes_held = 120;

// Each measure within its range (rules "number-format", "range", "not-in-set").
Measures read_measures(FieldCheck& check, const MeasuresForm& form, const DilatorSet* set);
// The date of a record about the patient: empty means today; "too-early" before the date of
// birth, "too-late" after today.
std::optional<Date> record_date(FieldCheck& check, std::string_view field, std::string_view value,
                                const RecordingContext& ctx);
// "" for nullopt, else the number: the form text of an optional measure.
std::string form_text(const std::optional<int>& value);

} // namespace fc
