#include "core/patient_search.h"

#include "core/name_folding.h"
#include "core/text.h"

#include <algorithm>

namespace fc {

std::string patient_search_text(const Patient& p)
{
    auto names = p.family_name + " " + p.given_name;
    if (!p.preferred_name.empty())
        names += " " + p.preferred_name;
    return fold_for_search(names) + " " + text::to_lower_ascii(p.mrn) + " " + to_iso(p.dob);
}

std::string patient_sort_key(const Patient& p)
{
    return fold_for_search(p.family_name + " " + p.given_name);
}

std::vector<std::string> search_words(std::string_view query)
{
    std::vector<std::string> words;
    const auto folded = fold_for_search(query);
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == ','))
            ++i;
        std::size_t j = i;
        while (j < folded.size() && folded[j] != ' ' && folded[j] != '\t' && folded[j] != ',')
            ++j;
        if (j > i) {
            std::string w = folded.substr(i, j - i);
            if (std::find(words.begin(), words.end(), w) == words.end())
                words.push_back(std::move(w));
        }
        i = j;
    }
    return words;
}

} // namespace fc
