#include "core/internal_work.h"

#include "core/field_rules.h"
#include "core/plan_component.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>

namespace fc {

bool is_internal_work(ComponentKind kind)
{
    return kind == ComponentKind::Dilator;
}

std::vector<Precaution> blocking_precautions(ComponentKind kind, const std::vector<Precaution>& precautions,
                                             const Date& on)
{
    std::vector<Precaution> out;
    if (!is_internal_work(kind))
        return out;
    for (const auto& p : precautions)
        if (p.is_open_on(on))
            out.push_back(p);
    return out;
}

PrecautionOverride precaution_override_from_form(const OverrideForm& form, const std::vector<Precaution>& blocking,
                                                 std::int64_t clinician_id, const Date& today)
{
    FieldCheck check;
    PrecautionOverride o;
    o.reason = check.text("override-reason", form.override_reason,
                          TextRule{.required = true, .max_length = 1000, .multiline = true});
    check.throw_if_failed();
    o.clinician_id = clinician_id;
    o.on = today;
    for (const auto& p : blocking)
        o.precaution_ids.push_back(p.id);
    return o;
}

std::vector<FieldError> check_internal_work(ComponentKind kind, const std::vector<Precaution>& precautions,
                                            const Date& on, const std::optional<PrecautionOverride>& given)
{
    std::string open;
    for (const auto& p : blocking_precautions(kind, precautions, on)) {
        const bool overridden =
            given && !given->reason.empty() &&
            std::find(given->precaution_ids.begin(), given->precaution_ids.end(), p.id) != given->precaution_ids.end();
        if (overridden)
            continue;
        open += fmt::format("{}{} (noted {})", open.empty() ? "" : "; ", label(p.kind), to_iso(p.noted_on));
    }
    if (open.empty())
        return {};
    return {FieldError{"override-reason", "precaution-open",
                       fmt::format("is required: {} is open and not cleared by a medical practitioner, so the {} "
                                   "may start only with an override and its reason",
                                   open, text::to_lower_ascii(label(kind)))}};
}

} // namespace fc
