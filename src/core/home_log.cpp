#include "core/home_log.h"

#include "core/field_values.h"

namespace fc {

namespace {
HomeLogEntry validate(const HomeLogForm& f, const RecordingContext& ctx, FieldCheck& check)
{
    HomeLogEntry e;
    e.date = record_date(check, "date", f.date, ctx).value_or(ctx.today);
    e.dilator_mm = dilator_size(check, "dilator-mm", f.dilator_mm, ctx.set ? &*ctx.set : nullptr);
    e.minutes =
        whole_number(check, "minutes", f.minutes, NumberRule{.min = 0, .max = max_minutes_held, .unit = "minutes"});
    e.comfort = whole_number(check, "comfort", f.comfort, NumberRule{.min = 0, .max = 10});
    e.pain = whole_number(check, "pain", f.pain, NumberRule{.min = 0, .max = 10});
    e.bleeding = f.bleeding;
    e.text = check.text("text", f.text, TextRule{.max_length = max_home_log_text, .multiline = true});
    return e;
}
} // namespace

HomeLogForm HomeLogForm::from(const HomeLogEntry& e)
{
    return HomeLogForm{.date = to_iso(e.date),
                       .dilator_mm = form_text(e.dilator_mm),
                       .minutes = form_text(e.minutes),
                       .comfort = form_text(e.comfort),
                       .pain = form_text(e.pain),
                       .bleeding = e.bleeding,
                       .text = e.text};
}

std::vector<FieldError> check_home_log_form(const HomeLogForm& form, const RecordingContext& ctx)
{
    FieldCheck check;
    validate(form, ctx, check);
    return check.errors();
}

HomeLogEntry home_log_from_form(const HomeLogForm& form, const RecordingContext& ctx)
{
    FieldCheck check;
    auto e = validate(form, ctx, check);
    check.throw_if_failed();
    return e;
}

} // namespace fc
