#pragma once
// Invisible characters a name must not hold: they reorder or hide the letters around them, so
// two records can look like the same person while the clinic file holds two different names.
#include <cstdint>
#include <optional>
#include <string_view>

namespace fc {

struct HiddenCharacter {
    std::uint32_t code_point = 0;
    bool bidi_control = false; // else a zero-width character
};

// The first such character in the UTF-8 `name`, if any: every bidi control (embeddings,
// overrides, isolates, LRM/RLM/ALM) and every zero-width character, except ZWNJ and ZWJ
// between two letters or marks of a script that spells with them.
std::optional<HiddenCharacter> hidden_character_in_name(std::string_view name);

} // namespace fc
