#include "core/session_measures.h"

#include "core/field_values.h"
#include "core/text.h"

#include <fmt/format.h>

namespace fc {

bool Measures::any() const
{
    return pain_during || pain_after || comfort || dilator_mm || minutes_held || oxford || perfect_power ||
           perfect_endurance_s || perfect_reps || perfect_fast || bristol;
}

bool Symptoms::any() const
{
    return bleeding || sharp_pain || burning || soreness_over_24h || worsening || distress;
}

MeasuresForm MeasuresForm::from(const Measures& m)
{
    return MeasuresForm{.pain_during = form_text(m.pain_during),
                        .pain_after = form_text(m.pain_after),
                        .comfort = form_text(m.comfort),
                        .dilator_mm = form_text(m.dilator_mm),
                        .minutes_held = form_text(m.minutes_held),
                        .oxford = form_text(m.oxford),
                        .perfect_p = form_text(m.perfect_power),
                        .perfect_e = form_text(m.perfect_endurance_s),
                        .perfect_r = form_text(m.perfect_reps),
                        .perfect_f = form_text(m.perfect_fast),
                        .bristol = form_text(m.bristol)};
}

Measures read_measures(FieldCheck& check, const MeasuresForm& f, const DilatorSet* set)
{
    const NumberRule nrs{.min = 0, .max = 10};
    Measures m;
    m.pain_during = whole_number(check, "pain-during", f.pain_during, nrs);
    m.pain_after = whole_number(check, "pain-after", f.pain_after, nrs);
    m.comfort = whole_number(check, "comfort", f.comfort, nrs);
    m.dilator_mm = dilator_size(check, "dilator-mm", f.dilator_mm, set);
    m.minutes_held = whole_number(check, "minutes-held", f.minutes_held,
                                  NumberRule{.min = 0, .max = max_minutes_held, .unit = "minutes"});
    m.oxford = whole_number(check, "oxford", f.oxford, NumberRule{.min = 0, .max = 5});
    m.perfect_power = whole_number(check, "perfect-p", f.perfect_p, NumberRule{.min = 0, .max = 5});
    m.perfect_endurance_s = whole_number(check, "perfect-e", f.perfect_e, NumberRule{.min = 0, .max = 60, .unit = "s"});
    m.perfect_reps = whole_number(check, "perfect-r", f.perfect_r, NumberRule{.min = 0, .max = 20});
    m.perfect_fast = whole_number(check, "perfect-f", f.perfect_f, NumberRule{.min = 0, .max = 20});
    m.bristol = whole_number(check, "bristol", f.bristol, NumberRule{.min = 1, .max = 7});
    return m;
}

std::optional<Date> record_date(FieldCheck& check, std::string_view field, std::string_view value,
                                const RecordingContext& ctx)
{
    if (text::trim(value).empty())
        return ctx.today < ctx.dob ? std::nullopt : std::optional<Date>(ctx.today);
    return check.date(
        field, value,
        DateRule{.not_before = ctx.dob,
                 .not_after = ctx.today,
                 .not_after_reason = "is in the future",
                 .not_before_reason = fmt::format("is before the patient's date of birth ({})", to_iso(ctx.dob))});
}

std::string form_text(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string();
}

} // namespace fc
