#include "core/addendum.h"

#include "core/field_rules.h"
#include "core/time_of_day.h"

#include <fmt/format.h>

namespace fc {

namespace {
constexpr TextRule addendum_text{.required = true, .max_length = max_addendum_length, .multiline = true};
}

std::vector<FieldError> check_addendum_form(const AddendumForm& form)
{
    FieldCheck check;
    check.text("text", form.text, addendum_text);
    return check.errors();
}

Addendum addendum_from_form(const AddendumForm& form, const SessionNote& note, std::int64_t by, std::string_view at)
{
    if (!note.is_signed())
        throw Conflict(fmt::format("session note {} of {} is a draft; edit it instead of adding an addendum", note.id,
                                   to_iso(note.date)));
    if (by <= 0)
        throw ClinicianRequired("an addendum needs the clinician who writes it");
    FieldCheck check;
    Addendum a;
    a.text = check.text("text", form.text, addendum_text);
    if (!is_utc_instant(at))
        check.fail("at", "instant-format", "is not a UTC instant in the form YYYY-MM-DDTHH:MM:SSZ");
    check.throw_if_failed();
    a.note_id = note.id;
    a.by = by;
    a.at = std::string(at);
    return a;
}

} // namespace fc
