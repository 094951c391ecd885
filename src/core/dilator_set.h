#pragma once
// The clinic's catalogue of dilator sets: each set is a named series of dilators of increasing
// diameter (DOMAIN.md: 10, 13, 16, 19, 22, 25, 28, 32 mm). Progression is counted in steps of
// the set (the next size up), not in millimetres.
#include "core/errors.h"
#include "core/field_rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class DilatorMaterial { Silicone, Plastic, Glass, Metal, Latex, Other };
inline constexpr DilatorMaterial all_dilator_materials[] = {DilatorMaterial::Silicone, DilatorMaterial::Plastic,
                                                            DilatorMaterial::Glass,    DilatorMaterial::Metal,
                                                            DilatorMaterial::Latex,    DilatorMaterial::Other};
std::string_view to_string(DilatorMaterial m); // silicone|plastic|glass|metal|latex|other
std::optional<DilatorMaterial> parse_dilator_material(std::string_view id);

inline constexpr int min_dilator_mm = 5;
inline constexpr int max_dilator_mm = 60;
inline constexpr std::size_t max_dilator_sizes = 20;

struct DilatorSet {
    std::int64_t id = 0;
    std::int64_t version = 0;
    std::string name;
    DilatorMaterial material = DilatorMaterial::Other;
    std::vector<int> sizes_mm; // at least two, strictly ascending
    bool active = true;        // retired sets stay for the plans that used them

    bool has_size(int mm) const;
    int smallest_mm() const { return sizes_mm.empty() ? 0 : sizes_mm.front(); }
    int largest_mm() const { return sizes_mm.empty() ? 0 : sizes_mm.back(); }
};

struct DilatorSetForm {
    std::string name;
    std::string material; // empty: other (not recorded)
    std::string sizes;    // "10, 13, 16" (a trailing "mm" on a size is allowed)

    static DilatorSetForm from(const DilatorSet& set);
};

// Rules: name "required"; sizes "required", "number-format", "range" (5..60 mm), "ascending",
// "too-few" (fewer than 2), "too-many" (more than 20); material "one-of".
std::vector<FieldError> check_dilator_set_form(const DilatorSetForm& form);
DilatorSet dilator_set_from_form(const DilatorSetForm& form); // throws InvalidInput

// The set seeded into a new clinic: "Standard 8", silicone, 10 to 32 mm.
DilatorSet standard_dilator_set();

// Index of `size_mm` in the set (0 = smallest); nullopt when it is not a size of the set.
std::optional<int> dilator_step(const DilatorSet& set, int size_mm);
// Steps from one size to another (+1: the next size up, -2: two sizes down); nullopt when
// either is not a size of the set.
std::optional<int> steps_between(const DilatorSet& set, int from_mm, int to_mm);
// "10, 13, 16 mm", for messages and reports.
std::string sizes_text(const DilatorSet& set);

// A dilator size typed on a form: a whole number of mm within 5..60 and, when `set` is given, a
// size of that set (rule "not-in-set", the message lists the set's sizes).
std::optional<int> dilator_size(FieldCheck& check, std::string_view field, std::string_view value,
                                const DilatorSet* set);

// Every set of the clinic and which one new dilator programmes use unless told otherwise.
struct DilatorCatalogue {
    std::vector<DilatorSet> sets;
    std::int64_t default_set_id = 0;

    const DilatorSet* find(std::int64_t id) const&;
    const DilatorSet* find(std::int64_t id) const&& = delete; // would dangle
    const DilatorSet* default_set() const& { return find(default_set_id); }
    const DilatorSet* default_set() const&& = delete;
};

} // namespace fc
