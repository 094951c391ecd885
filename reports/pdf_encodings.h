#pragma once
// Text for libharu's single-byte fonts. A PDF font with a single-byte encoding (CP1252, CP1253,
// CP1251, ...) costs a few hundred bytes, where a UTF-8 (CID) font writes a 128 KB CIDToGIDMap
// into every file. So a line is split into runs, each in the first code page that holds its
// characters (staying in the current one while it can); a character no code page holds is left
// to the UTF-8 font (page `cid`). Characters beyond the BMP, which libharu cannot show, become
// U+FFFD.
#include <hpdf.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fc::reports::pdf {

class Encodings {
public:
    static constexpr std::size_t count = 11; // code pages, in order of preference
    static constexpr int cid = -1;           // the UTF-8 fallback

    struct Run {
        int page = cid;
        std::string bytes; // in that code page, or UTF-8 for the fallback
    };

    explicit Encodings(HPDF_Doc doc); // reads each code page's table from libharu
    static const char* name(int page);
    std::vector<Run> split(std::string_view utf8) const;
    // Every character some code page holds, for cutting the font.
    std::vector<char32_t> repertoire() const;
    // Adds the characters of `utf8` that no code page holds to `out`.
    void beyond_code_pages(std::string_view utf8, std::set<char32_t>& out) const;

private:
    std::unordered_map<char32_t, std::array<std::uint8_t, count>> bytes_; // 0: not in that page
};

} // namespace fc::reports::pdf
