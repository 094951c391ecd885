#include "core/dilator_set.h"

#include "core/field_values.h"
#include "core/text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace fc {

namespace {
constexpr std::array<std::string_view, 6> material_ids = {"silicone", "plastic", "glass", "metal", "latex", "other"};

// "16 mm" or "16mm" -> "16"; anything else unchanged.
std::string without_mm(std::string item)
{
    const auto lower = text::to_lower_ascii(item);
    if (lower.size() > 2 && lower.ends_with("mm"))
        item = text::trim(std::string_view(item).substr(0, item.size() - 2));
    return item;
}

std::vector<int> read_sizes(FieldCheck& check, std::string_view value)
{
    const auto items = comma_items(value);
    if (items.empty()) {
        check.fail("sizes", "required", "is required: at least two sizes in mm, smallest first (10, 13, 16)");
        return {};
    }
    if (items.size() > max_dilator_sizes) {
        check.fail("sizes", "too-many",
                   fmt::format("lists {} sizes; a set has at most {}", items.size(), max_dilator_sizes));
        return {};
    }
    std::vector<int> sizes;
    const auto errors_before = check.errors().size();
    for (const auto& item : items)
        if (const auto mm = whole_number(check, "sizes", without_mm(item),
                                         NumberRule{.min = min_dilator_mm, .max = max_dilator_mm, .unit = "mm"}))
            sizes.push_back(*mm);
    if (check.errors().size() != errors_before)
        return {};
    if (sizes.size() < 2) {
        check.fail("sizes", "too-few", "must list at least two sizes");
        return {};
    }
    for (std::size_t i = 1; i < sizes.size(); ++i)
        if (sizes[i] <= sizes[i - 1]) {
            check.fail("sizes", "ascending",
                       fmt::format("must go strictly up, smallest first; {} mm follows {} mm", sizes[i], sizes[i - 1]));
            return {};
        }
    return sizes;
}

DilatorSet validate(const DilatorSetForm& f, FieldCheck& check)
{
    DilatorSet set;
    set.name = check.text("name", f.name, TextRule{.required = true, .max_length = 100});
    if (!text::trim(f.material).empty()) {
        const std::vector<std::string_view> ids(material_ids.begin(), material_ids.end());
        if (const auto id = check.one_of("material", f.material, ids); !id.empty())
            set.material = *parse_dilator_material(id);
    }
    set.sizes_mm = read_sizes(check, f.sizes);
    return set;
}
} // namespace

std::string_view to_string(DilatorMaterial m)
{
    return material_ids[static_cast<std::size_t>(m)];
}

std::optional<DilatorMaterial> parse_dilator_material(std::string_view id)
{
    for (std::size_t i = 0; i < material_ids.size(); ++i)
        if (id == material_ids[i])
            return static_cast<DilatorMaterial>(i);
    return std::nullopt;
}

bool DilatorSet::has_size(int mm) const
{
    return std::find(sizes_mm.begin(), sizes_mm.end(), mm) != sizes_mm.end();
}

DilatorSetForm DilatorSetForm::from(const DilatorSet& set)
{
    return DilatorSetForm{.name = set.name,
                          .material = std::string(to_string(set.material)),
                          .sizes = fmt::format("{}", fmt::join(set.sizes_mm, ", "))};
}

std::vector<FieldError> check_dilator_set_form(const DilatorSetForm& form)
{
    FieldCheck check;
    validate(form, check);
    return check.errors();
}

DilatorSet dilator_set_from_form(const DilatorSetForm& form)
{
    FieldCheck check;
    auto set = validate(form, check);
    check.throw_if_failed();
    return set;
}

DilatorSet standard_dilator_set()
{
    DilatorSet set;
    set.name = "Standard 8";
    set.material = DilatorMaterial::Silicone;
    set.sizes_mm = {10, 13, 16, 19, 22, 25, 28, 32};
    return set;
}

std::optional<int> dilator_step(const DilatorSet& set, int size_mm)
{
    const auto it = std::find(set.sizes_mm.begin(), set.sizes_mm.end(), size_mm);
    if (it == set.sizes_mm.end())
        return std::nullopt;
    return static_cast<int>(it - set.sizes_mm.begin());
}

std::optional<int> steps_between(const DilatorSet& set, int from_mm, int to_mm)
{
    const auto from = dilator_step(set, from_mm);
    const auto to = dilator_step(set, to_mm);
    if (!from || !to)
        return std::nullopt;
    return *to - *from;
}

std::string sizes_text(const DilatorSet& set)
{
    return fmt::format("{} mm", fmt::join(set.sizes_mm, ", "));
}

std::optional<int> dilator_size(FieldCheck& check, std::string_view field, std::string_view value,
                                const DilatorSet* set)
{
    const auto mm = whole_number(check, field, without_mm(text::trim(value)),
                                 NumberRule{.min = min_dilator_mm, .max = max_dilator_mm, .unit = "mm"});
    if (mm && set && !set->has_size(*mm)) {
        check.fail(
            field, "not-in-set",
            fmt::format("{} mm is not a size of the set '{}'; its sizes are {}", *mm, set->name, sizes_text(*set)));
        return std::nullopt;
    }
    return mm;
}

const DilatorSet* DilatorCatalogue::find(std::int64_t id) const&
{
    for (const auto& s : sets)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace fc
