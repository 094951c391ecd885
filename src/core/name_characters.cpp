#include "core/name_characters.h"

#include "core/text.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <vector>

namespace fc {

namespace {
constexpr std::uint32_t zwnj = 0x200C;
constexpr std::uint32_t zwj = 0x200D;

// ZWNJ and ZWJ are spelling in Persian (علی‌زاده: "Ali" kept from joining "zadeh"), Urdu,
// Kurdish, Hindi, Marathi, Malayalam, Sinhala and other scripts with joining letters or
// conjuncts: a clinic that sees patients from those communities must take such names as typed.
// In Latin, Greek and Cyrillic (and next to spaces, digits or punctuation) they change
// nothing a reader can see, so there they only make look-alike duplicates.
bool spells_with_joiners(std::uint32_t cp)
{
    const auto c = static_cast<UChar32>(cp);
    if ((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) == 0)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const auto script = uscript_getScript(c, &status);
    return U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_GREEK && script != USCRIPT_CYRILLIC &&
           script != USCRIPT_COMMON;
}
} // namespace

std::optional<HiddenCharacter> hidden_character_in_name(std::string_view name)
{
    std::vector<std::uint32_t> cps;
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < name.size();) {
        const auto n = text::decode(name, i, cp);
        if (n == 0)
            return std::nullopt; // not UTF-8: FieldCheck reports that first
        cps.push_back(cp);
        i += n;
    }
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (text::is_bidi_control(cps[i]))
            return HiddenCharacter{cps[i], true};
        if (!text::is_zero_width(cps[i]))
            continue;
        const bool joiner = cps[i] == zwnj || cps[i] == zwj;
        if (!joiner || i == 0 || i + 1 == cps.size() || !spells_with_joiners(cps[i - 1]) ||
            !spells_with_joiners(cps[i + 1]))
            return HiddenCharacter{cps[i], false};
    }
    return std::nullopt;
}

} // namespace fc
