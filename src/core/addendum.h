#pragma once
// A dated correction or addition to a signed session note; the note itself is never changed.
#include "core/errors.h"
#include "core/session_note.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct Addendum {
    std::int64_t id = 0;
    std::int64_t note_id = 0;
    std::string text;
    std::int64_t by = 0; // clinician id
    std::string at;      // UTC, 2026-11-25T10:05:00Z
};

struct AddendumForm {
    std::string text;
};

inline constexpr std::size_t max_addendum_length = 20000;

// The rules of the text alone: "required", "max-length" (for checking as it is typed).
std::vector<FieldError> check_addendum_form(const AddendumForm& form);
// An addendum to the signed `note` by clinician `by` at the UTC instant `at`. Conflict when the
// note is still a draft (edit it instead); ClinicianRequired without a clinician; InvalidInput
// when the text is empty or too long ("text": "required", "max-length").
Addendum addendum_from_form(const AddendumForm& form, const SessionNote& note, std::int64_t by, std::string_view at);

} // namespace fc
