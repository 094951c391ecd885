#include "reports/text_layout.h"

#include "reports/utf8.h"

namespace fc::reports {

namespace {

constexpr std::string_view ellipsis = "\u2026";
constexpr double tolerance = 1e-6;

bool is_combining(char32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

struct Token {
    std::string text;
    double width = 0;
    bool space_before = true;
};

// Words split at spaces, and after a hyphen or slash inside a word (a place a line may break).
std::vector<Token> tokens(const FontMetrics& m, std::string_view paragraph, Font font)
{
    std::vector<Token> out;
    Token current;
    const auto flush = [&](bool next_space_before) {
        if (!current.text.empty()) {
            current.width = m.text_width(current.text, font.size, font.style);
            out.push_back(std::move(current));
        }
        current = Token{{}, 0, next_space_before};
    };
    for (std::size_t i = 0; i < paragraph.size();) {
        const auto start = i;
        const char32_t cp = utf8::next(paragraph, i);
        if (cp == ' ') {
            flush(true);
            continue;
        }
        const bool after_digit = !current.text.empty() && current.text.back() >= '0' && current.text.back() <= '9';
        current.text.append(paragraph.substr(start, i - start));
        const bool more_follows = i < paragraph.size() && paragraph[i] != ' ';
        // "Łukasiewicz-Żółw" may break after its hyphen; "0-10" and "2026-09-13" stay whole.
        if ((cp == '-' || cp == '/' || cp == 0x2010) && more_follows && current.text.size() > 1 && !after_digit)
            flush(false);
    }
    flush(true);
    return out;
}

class LineBreaker {
public:
    LineBreaker(const FontMetrics& m, Font font, double width)
        : m_(m), font_(font), width_(width), space_(m.text_width(" ", font.size, font.style))
    {
    }

    void add(const Token& t)
    {
        const double gap = line_.empty() || !t.space_before ? 0 : space_;
        if (used_ + gap + t.width <= width_ + tolerance) {
            if (gap > 0)
                line_ += ' ';
            line_ += t.text;
            used_ += gap + t.width;
            return;
        }
        if (!line_.empty())
            flush();
        if (t.width <= width_ + tolerance) {
            line_ = t.text;
            used_ = t.width;
        } else {
            break_word(t.text);
        }
    }

    void flush()
    {
        lines_.push_back(std::move(line_));
        line_.clear();
        used_ = 0;
    }

    std::vector<std::string> take() { return std::move(lines_); }

private:
    void break_word(std::string_view word)
    {
        for (std::size_t i = 0; i < word.size();) {
            const auto start = i;
            const char32_t cp = utf8::next(word, i);
            const auto piece = word.substr(start, i - start);
            const double w = m_.text_width(piece, font_.size, font_.style);
            if (!line_.empty() && used_ + w > width_ + tolerance && !is_combining(cp))
                flush();
            line_ += piece;
            used_ += w;
        }
    }

    const FontMetrics& m_;
    Font font_;
    double width_;
    double space_;
    std::string line_;
    double used_ = 0;
    std::vector<std::string> lines_;
};

} // namespace

std::string clean_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = utf8::next(text, i);
        if (cp == '\r') {
            if (i < text.size() && text[i] == '\n')
                continue;
            out += '\n';
        } else if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
            out += '\n';
        } else if (cp == '\t') {
            out += ' ';
        } else if (cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0)) {
            utf8::append(out, cp);
        }
    }
    return out;
}

std::vector<std::string> wrap_text(const FontMetrics& metrics, std::string_view text, Font font, double width)
{
    const auto clean = clean_text(text);
    LineBreaker breaker(metrics, font, width);
    std::size_t start = 0;
    for (;;) {
        const auto end = clean.find('\n', start);
        const auto paragraph = std::string_view(clean).substr(start, end == std::string::npos ? end : end - start);
        for (const auto& t : tokens(metrics, paragraph, font))
            breaker.add(t);
        breaker.flush();
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return breaker.take();
}

std::string fit_line(const FontMetrics& metrics, std::string_view text, Font font, double width)
{
    auto line = clean_text(text);
    for (auto& c : line)
        if (c == '\n')
            c = ' ';
    if (metrics.text_width(line, font.size, font.style) <= width + tolerance)
        return line;
    const double room = width - metrics.text_width(ellipsis, font.size, font.style);
    std::string kept;
    double used = 0;
    for (std::size_t i = 0; i < line.size();) {
        const auto start = i;
        utf8::next(line, i);
        const auto piece = std::string_view(line).substr(start, i - start);
        used += metrics.text_width(piece, font.size, font.style);
        if (used > room + tolerance)
            break;
        kept += piece;
    }
    while (!kept.empty() && kept.back() == ' ')
        kept.pop_back();
    return kept + std::string(ellipsis);
}

std::vector<std::string> wrap_text_limited(const FontMetrics& metrics, std::string_view text, Font font, double width,
                                           std::size_t max_lines)
{
    auto lines = wrap_text(metrics, text, font, width);
    if (max_lines == 0 || lines.size() <= max_lines)
        return lines;
    lines.resize(max_lines);
    auto& last = lines.back();
    while (!last.empty() &&
           metrics.text_width(last + std::string(ellipsis), font.size, font.style) > width + tolerance) {
        std::size_t cut = last.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80)
            --cut; // back to the first byte of the last character
        last.erase(cut);
    }
    while (!last.empty() && last.back() == ' ')
        last.pop_back();
    last += ellipsis;
    return lines;
}

} // namespace fc::reports
