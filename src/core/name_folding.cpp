#include "core/name_folding.h"

#include "core/text.h"

#include <memory>
#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace fc {

namespace {
icu::Transliterator& folder()
{
    // Transliterators are not thread-safe and costly to build: one per thread, built on first use.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !made)
            throw std::runtime_error("ICU transliterator for name folding is not available");
        return made;
    }();
    return *t;
}
} // namespace

std::string fold_for_search(std::string_view utf8)
{
    // ASCII folds to its lower case: skip ICU (and its start-up cost) for the common case.
    if (text::is_ascii(utf8))
        return text::to_lower_ascii(utf8);
    auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    folder().transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

} // namespace fc
