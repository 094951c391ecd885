#pragma once
// Precautions that need a medical practitioner's clearance before dilator or internal work
// (DOMAIN.md): history of anal fissure, rectal bleeding, recent anorectal surgery, IBD,
// active painful haemorrhoids. A precaution is open from its date until the day it is cleared.
#include "core/date.h"
#include "core/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class PrecautionKind { Fissure, Bleeding, Surgery, Ibd, Haemorrhoids, Other };
inline constexpr PrecautionKind all_precaution_kinds[] = {PrecautionKind::Fissure,      PrecautionKind::Bleeding,
                                                          PrecautionKind::Surgery,      PrecautionKind::Ibd,
                                                          PrecautionKind::Haemorrhoids, PrecautionKind::Other};
std::string_view to_string(PrecautionKind k); // the stable id: fissure, bleeding, ...
std::optional<PrecautionKind> parse_precaution_kind(std::string_view id);
std::string_view label(PrecautionKind k); // "History of anal fissure"

struct Precaution {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t version = 0;
    PrecautionKind kind = PrecautionKind::Other;
    std::string detail;
    Date noted_on;
    std::optional<Date> cleared_on;
    std::string cleared_by; // who gave the clearance, e.g. the referring doctor

    bool is_open_on(const Date& d) const { return noted_on <= d && (!cleared_on || d < *cleared_on); }
    bool is_cleared() const { return cleared_on.has_value(); }
};

struct PrecautionForm {
    std::string kind;
    std::string detail;
    std::string date; // empty: today
};

struct ClearanceForm {
    std::string by;   // empty: the clinician recording it
    std::string date; // empty: today
};

// Validated precaution (patient_id and id left for the caller); throws InvalidInput.
Precaution precaution_from_form(const PrecautionForm& form, const Date& today);
std::vector<FieldError> check_precaution_form(const PrecautionForm& form, const Date& today);
// Applies a clearance to an open precaution; throws InvalidInput (bad fields) or Conflict (already cleared).
Precaution cleared(const Precaution& p, const ClearanceForm& form, const std::string& default_by, const Date& today);

} // namespace fc
