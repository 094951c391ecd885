#include "reports/font_subset.h"

#include "reports/report_error.h"

#include <algorithm>
#include <map>
#include <string>

namespace fc::reports {

namespace {

using sfnt::s16;
using sfnt::u16;
using sfnt::u32;
using Bytes = std::vector<std::uint8_t>;

void put16(Bytes& b, std::uint32_t v)
{
    b.push_back(static_cast<std::uint8_t>(v >> 8));
    b.push_back(static_cast<std::uint8_t>(v));
}
void put32(Bytes& b, std::uint32_t v)
{
    put16(b, v >> 16);
    put16(b, v & 0xFFFF);
}
void set16(Bytes& b, std::size_t at, std::uint32_t v)
{
    b.at(at) = static_cast<std::uint8_t>(v >> 8);
    b.at(at + 1) = static_cast<std::uint8_t>(v);
}
void set32(Bytes& b, std::size_t at, std::uint32_t v)
{
    set16(b, at, v >> 16);
    set16(b, at + 2, v & 0xFFFF);
}
void append(Bytes& b, std::span<const std::uint8_t> s)
{
    b.insert(b.end(), s.begin(), s.end());
}

// Composite glyph flags (OpenType glyf table).
constexpr std::uint16_t args_are_words = 0x0001, has_scale = 0x0008, more_components = 0x0020, has_xy_scale = 0x0040,
                        has_two_by_two = 0x0080, has_instructions = 0x0100;

// Calls `each(offset_of_glyph_index)` for every component of a composite glyph; returns the
// offset just after the last component.
template <class Each>
std::size_t walk_components(std::span<const std::uint8_t> glyph, Each each)
{
    std::size_t at = 10;
    for (;;) {
        const auto flags = u16(glyph, at);
        each(at);
        at += 4 + ((flags & args_are_words) ? 4 : 2);
        if (flags & has_scale)
            at += 2;
        else if (flags & has_xy_scale)
            at += 4;
        else if (flags & has_two_by_two)
            at += 8;
        if (!(flags & more_components))
            return at;
    }
}

std::vector<std::uint16_t> glyph_closure(const TrueTypeFont& font, std::span<const char32_t> code_points)
{
    std::vector<bool> used(static_cast<std::size_t>(font.glyph_count()), false);
    std::vector<std::uint16_t> todo{0};
    for (const auto cp : code_points)
        if (const auto g = font.glyph_for(cp))
            todo.push_back(g);
    while (!todo.empty()) {
        const auto g = todo.back();
        todo.pop_back();
        if (g >= used.size() || used[g])
            continue;
        used[g] = true;
        const auto data = font.glyph_data(g);
        if (data.size() >= 10 && s16(data, 0) < 0)
            walk_components(data, [&](std::size_t at) { todo.push_back(u16(data, at + 2)); });
    }
    std::vector<std::uint16_t> glyphs;
    for (std::size_t g = 0; g < used.size(); ++g)
        if (used[g])
            glyphs.push_back(static_cast<std::uint16_t>(g));
    return glyphs;
}

// One glyph without its hinting instructions, composite parts renumbered.
Bytes cut_glyph(std::span<const std::uint8_t> data, const std::vector<int>& new_id)
{
    Bytes out;
    if (data.size() < 10)
        return out;
    const auto contours = s16(data, 0);
    if (contours >= 0) {
        const std::size_t ends = 10 + 2 * static_cast<std::size_t>(contours);
        const std::size_t instructions = u16(data, ends);
        append(out, data.first(ends));
        put16(out, 0);
        if (ends + 2 + instructions <= data.size())
            append(out, data.subspan(ends + 2 + instructions));
    } else {
        const auto end = walk_components(data, [](std::size_t) {});
        append(out, data.first(std::min(end, data.size())));
        walk_components(data, [&](std::size_t at) {
            set16(out, at, u16(data, at) & ~has_instructions);
            const std::size_t part = u16(data, at + 2);
            set16(out, at + 2, static_cast<std::uint32_t>(part < new_id.size() ? new_id[part] : 0));
        });
    }
    while (out.size() % 4)
        out.push_back(0);
    return out;
}

Bytes cmap_table(const std::map<char32_t, std::uint16_t>& chars)
{
    struct Segment {
        std::uint32_t first, last;
        std::vector<std::uint16_t> glyphs;
    };
    std::vector<Segment> segments;
    for (const auto& [cp, glyph] : chars) {
        if (cp >= 0xFFFF)
            continue;
        if (segments.empty() || segments.back().last + 1 != cp)
            segments.push_back({cp, cp, {}});
        segments.back().last = cp;
        segments.back().glyphs.push_back(glyph);
    }
    segments.push_back({0xFFFF, 0xFFFF, {0}});
    const std::size_t n = segments.size();
    std::size_t power = 1, log2 = 0;
    while (power * 2 <= n)
        power *= 2, ++log2;

    Bytes sub;
    put16(sub, 4), put16(sub, 0), put16(sub, 0); // format, length (set below), language
    put16(sub, 2 * n), put16(sub, 2 * power), put16(sub, log2), put16(sub, 2 * n - 2 * power);
    for (const auto& s : segments)
        put16(sub, s.last);
    put16(sub, 0);
    for (const auto& s : segments)
        put16(sub, s.first);
    Bytes deltas, ranges, glyph_array;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& s = segments[i];
        const bool straight = std::adjacent_find(s.glyphs.begin(), s.glyphs.end(),
                                                 [](auto a, auto b) { return b != a + 1; }) == s.glyphs.end();
        if (s.first == 0xFFFF || straight) {
            put16(deltas, s.first == 0xFFFF ? 1 : (s.glyphs.front() - s.first) & 0xFFFF);
            put16(ranges, 0);
        } else {
            put16(deltas, 0);
            put16(ranges, 2 * (n - i) + glyph_array.size());
            for (const auto g : s.glyphs)
                put16(glyph_array, g);
        }
    }
    append(sub, deltas), append(sub, ranges), append(sub, glyph_array);
    if (sub.size() > 0xFFFF)
        throw ReportError("too many characters for one font subset");
    set16(sub, 2, static_cast<std::uint32_t>(sub.size()));

    Bytes cmap;
    put16(cmap, 0), put16(cmap, 1);                  // version, one subtable
    put16(cmap, 3), put16(cmap, 1), put32(cmap, 12); // Windows, Unicode BMP
    append(cmap, sub);
    return cmap;
}

// Family, style and PostScript names (ids 0 to 6) for Macintosh Roman and Windows Unicode,
// the PostScript name (id 6) replaced.
Bytes name_table(std::span<const std::uint8_t> name, std::string_view postscript_name)
{
    Bytes records, strings;
    int count = 0;
    const std::size_t total = u16(name, 2), storage = u16(name, 4);
    for (std::size_t i = 0; i < total; ++i) {
        const std::size_t rec = 6 + 12 * i;
        const auto platform = u16(name, rec), encoding = u16(name, rec + 2), language = u16(name, rec + 4),
                   id = u16(name, rec + 6), length = u16(name, rec + 8), offset = u16(name, rec + 10);
        const bool mac = platform == 1 && encoding == 0 && language == 0;
        const bool windows = platform == 3 && encoding == 1 && language == 0x409;
        if (id > 6 || !(mac || windows) || storage + offset + length > name.size())
            continue;
        Bytes text;
        if (id == 6) {
            for (const char c : postscript_name) {
                if (windows)
                    text.push_back(0);
                text.push_back(static_cast<std::uint8_t>(c));
            }
        } else {
            append(text, name.subspan(storage + offset, length));
        }
        put16(records, platform), put16(records, encoding), put16(records, language), put16(records, id);
        put16(records, static_cast<std::uint32_t>(text.size())),
            put16(records, static_cast<std::uint32_t>(strings.size()));
        append(strings, text);
        ++count;
    }
    Bytes out;
    put16(out, 0), put16(out, static_cast<std::uint32_t>(count)),
        put16(out, 6 + 12 * static_cast<std::uint32_t>(count));
    append(out, records), append(out, strings);
    return out;
}

std::uint32_t checksum(std::span<const std::uint8_t> b)
{
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < b.size(); i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k)
            word = word << 8 | (i + k < b.size() ? b[i + k] : 0);
        sum += word;
    }
    return sum;
}

Bytes assemble(std::map<std::string, Bytes> tables)
{
    const auto n = static_cast<std::uint32_t>(tables.size());
    std::uint32_t power = 1, log2 = 0;
    while (power * 2 <= n)
        power *= 2, ++log2;
    Bytes font;
    put32(font, 0x00010000), put16(font, n), put16(font, 16 * power), put16(font, log2), put16(font, 16 * (n - power));
    std::size_t offset = 12 + 16 * tables.size(), head_at = 0;
    for (const auto& [tag, data] : tables) { // std::map: sorted by tag, as the format asks
        put32(font, sfnt::tag(tag)), put32(font, checksum(data));
        put32(font, static_cast<std::uint32_t>(offset)), put32(font, static_cast<std::uint32_t>(data.size()));
        if (tag == "head")
            head_at = offset;
        offset += (data.size() + 3) / 4 * 4;
    }
    for (auto& [tag, data] : tables) {
        append(font, data);
        font.resize((font.size() + 3) / 4 * 4, 0);
    }
    set32(font, head_at + 8, 0xB1B0AFBA - checksum(font));
    return font;
}

} // namespace

std::vector<std::uint8_t> subset_font(const TrueTypeFont& font, std::span<const char32_t> code_points,
                                      std::string_view postscript_name)
{
    const auto glyphs = glyph_closure(font, code_points);
    std::vector<int> new_id(static_cast<std::size_t>(font.glyph_count()), 0);
    for (std::size_t i = 0; i < glyphs.size(); ++i)
        new_id[glyphs[i]] = static_cast<int>(i);
    const auto count = static_cast<std::uint32_t>(glyphs.size());

    std::map<std::string, Bytes> tables;
    Bytes glyf, loca, hmtx;
    const auto old_hmtx = font.table("hmtx");
    const std::size_t old_metrics = u16(font.table("hhea"), 34);
    for (const auto g : glyphs) {
        put32(loca, static_cast<std::uint32_t>(glyf.size()));
        append(glyf, cut_glyph(font.glyph_data(g), new_id));
        const std::size_t lsb_at = g < old_metrics ? 4 * g + 2 : 4 * old_metrics + 2 * (g - old_metrics);
        put16(hmtx, static_cast<std::uint32_t>(font.advance(g)));
        put16(hmtx, lsb_at + 2 <= old_hmtx.size() ? u16(old_hmtx, lsb_at) : 0);
    }
    put32(loca, static_cast<std::uint32_t>(glyf.size()));

    std::map<char32_t, std::uint16_t> chars;
    for (const auto cp : code_points)
        if (const auto g = font.glyph_for(cp))
            chars[cp] = static_cast<std::uint16_t>(new_id[g]);

    auto copy = [&](const char* tag) {
        const auto t = font.table(tag);
        return Bytes(t.begin(), t.end());
    };
    auto head = copy("head");
    set32(head, 8, 0);
    set16(head, 50, 1); // long loca offsets
    auto hhea = copy("hhea");
    set16(hhea, 34, count);
    auto maxp = copy("maxp");
    set16(maxp, 4, count);
    if (maxp.size() >= 28)
        set16(maxp, 26, 0); // maxSizeOfInstructions
    auto post = copy("post");
    post.resize(32, 0);
    set32(post, 0, 0x00030000); // no glyph names

    tables["cmap"] = cmap_table(chars);
    tables["glyf"] = std::move(glyf);
    tables["head"] = std::move(head);
    tables["hhea"] = std::move(hhea);
    tables["hmtx"] = std::move(hmtx);
    tables["loca"] = std::move(loca);
    tables["maxp"] = std::move(maxp);
    tables["name"] = name_table(font.table("name"), postscript_name);
    tables["post"] = std::move(post);
    tables["OS/2"] = copy("OS/2");
    return assemble(std::move(tables));
}

} // namespace fc::reports
