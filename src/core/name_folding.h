#pragma once
// Folds names for searching: any script to Latin, diacritics removed, lower case, so that
// "odegaard" finds "Ødegaard", "elene" finds "Ελένη" and "dmitrij" finds "Дмитрий".
#include <string>
#include <string_view>

namespace fc {

std::string fold_for_search(std::string_view utf8);

} // namespace fc
