#include "core/precaution.h"

#include "core/field_rules.h"

#include <fmt/format.h>

namespace fc {

namespace {
struct KindInfo {
    PrecautionKind kind;
    std::string_view id;
    std::string_view label;
};
constexpr KindInfo kinds[] = {
    {PrecautionKind::Fissure, "fissure", "History of anal fissure"},
    {PrecautionKind::Bleeding, "bleeding", "Rectal bleeding"},
    {PrecautionKind::Surgery, "surgery", "Recent anorectal surgery"},
    {PrecautionKind::Ibd, "ibd", "Inflammatory bowel disease"},
    {PrecautionKind::Haemorrhoids, "haemorrhoids", "Active painful haemorrhoids"},
    {PrecautionKind::Other, "other", "Other precaution"},
};

Precaution validate(const PrecautionForm& f, const Date& today, FieldCheck& check)
{
    Precaution p;
    std::vector<std::string_view> ids;
    for (const auto& k : kinds)
        ids.push_back(k.id);
    if (const auto id = check.one_of("kind", f.kind, ids); !id.empty())
        p.kind = *parse_precaution_kind(id);
    p.detail = check.text("detail", f.detail, TextRule{.max_length = 1000, .multiline = true});
    p.noted_on = today;
    if (const auto d = check.date("date", f.date, DateRule{.not_before = Date(1900, 1, 1), .not_after = today}))
        p.noted_on = *d;
    return p;
}
} // namespace

std::string_view to_string(PrecautionKind k)
{
    for (const auto& info : kinds)
        if (info.kind == k)
            return info.id;
    return "other";
}

std::optional<PrecautionKind> parse_precaution_kind(std::string_view id)
{
    for (const auto& info : kinds)
        if (info.id == id)
            return info.kind;
    return std::nullopt;
}

std::string_view label(PrecautionKind k)
{
    for (const auto& info : kinds)
        if (info.kind == k)
            return info.label;
    return "Other precaution";
}

Precaution precaution_from_form(const PrecautionForm& form, const Date& today)
{
    FieldCheck check;
    auto p = validate(form, today, check);
    check.throw_if_failed();
    return p;
}

std::vector<FieldError> check_precaution_form(const PrecautionForm& form, const Date& today)
{
    FieldCheck check;
    validate(form, today, check);
    return check.errors();
}

Precaution cleared(const Precaution& p, const ClearanceForm& form, const std::string& default_by, const Date& today)
{
    if (p.cleared_on)
        throw Conflict(fmt::format("precaution {} was already cleared on {} by {}", p.id, to_iso(*p.cleared_on),
                                   p.cleared_by));
    FieldCheck check;
    auto by = check.text("by", form.by, TextRule{.max_length = 200});
    const auto date = check.date("date", form.date,
                                 DateRule{.not_before = p.noted_on,
                                          .not_after = today,
                                          .not_after_reason = "is in the future",
                                          .not_before_reason = fmt::format(
                                              "is before the precaution was noted ({})", to_iso(p.noted_on))});
    check.throw_if_failed();
    auto out = p;
    out.cleared_on = date.value_or(today);
    out.cleared_by = by.empty() ? default_by : by;
    return out;
}

} // namespace fc
