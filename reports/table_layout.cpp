#include "reports/table_layout.h"

#include <algorithm>
#include <numeric>

namespace fc::reports {

namespace {

// The widest word of `text`: what a column needs so as not to break words.
double widest_word(const FontMetrics& m, std::string_view text, Font font)
{
    double widest = 0;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find_first_of(" \n", start);
        const auto word = text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!word.empty())
            widest = std::max(widest, m.text_width(word, font.size, font.style));
        if (end == std::string_view::npos)
            return widest;
        start = end + 1;
    }
}

// Shares of `total` by weight, each column at least as wide as its widest word (up to a third
// of the table), taken from the columns that have room to spare.
std::vector<double> column_widths(const FontMetrics& m, const Table& t, double total)
{
    const std::size_t n = t.columns.size();
    std::vector<double> need(n, 0), weight(n, 0), width(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        weight[c] = std::max(t.columns[c].weight, 0.0);
        double w = widest_word(m, t.columns[c].header, {t.size, FontStyle::Bold});
        for (const auto& row : t.rows)
            if (c < row.cells.size())
                w = std::max(w, widest_word(m, row.cells[c].text, {t.size, row.cells[c].style}));
        need[c] = std::min(w + 2 * style::cell_pad_x + 0.5, total / 3);
    }
    const double needed = std::accumulate(need.begin(), need.end(), 0.0);
    if (needed >= total) {
        for (std::size_t c = 0; c < n; ++c)
            width[c] = need[c] * total / needed;
        return width;
    }
    std::vector<bool> fixed(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        double room = total, weights = 0;
        for (std::size_t c = 0; c < n; ++c)
            fixed[c] ? room -= need[c] : weights += weight[c];
        for (std::size_t c = 0; c < n; ++c) {
            if (fixed[c])
                continue;
            width[c] = weights > 0 ? room * weight[c] / weights : room / static_cast<double>(n);
            if (width[c] < need[c]) {
                fixed[c] = changed = true;
                width[c] = need[c];
            }
        }
    }
    return width;
}

struct Laid {
    std::vector<std::vector<std::string>> cells; // lines of each cell
    std::size_t lines = 1;
};

class TablePlacer {
public:
    TablePlacer(PageFlow& flow, const Table& table) : flow_(flow), table_(table), lh_(style::line_height(table.size))
    {
        widths_ = column_widths(flow.metrics(), table, flow.body().width());
        double x = flow.body().left;
        for (const double w : widths_) {
            lefts_.push_back(x);
            x += w;
        }
        if (table.header) {
            std::vector<TableCell> cells;
            for (const auto& c : table.columns)
                cells.push_back({c.header, FontStyle::Bold});
            header_ = lay(cells);
        }
    }

    void place()
    {
        if (table_.columns.empty())
            return;
        const double first = table_.rows.empty() ? 0 : height(lay(table_.rows.front().cells));
        flow_.ensure(header_height() + std::min(first, flow_.body().height() / 3));
        draw_header();
        for (std::size_t i = 0; i < table_.rows.size(); ++i)
            place_row(i);
        flush_text();
        flow_.gap(style::paragraph_gap);
    }

private:
    Laid lay(const std::vector<TableCell>& cells) const
    {
        Laid laid;
        for (std::size_t c = 0; c < table_.columns.size(); ++c) {
            const auto& cell = c < cells.size() ? cells[c] : TableCell{};
            const double inner = std::max(widths_[c] - 2 * style::cell_pad_x, 1.0);
            laid.cells.push_back(wrap_text(flow_.metrics(), cell.text, {table_.size, cell.style}, inner));
            laid.lines = std::max(laid.lines, laid.cells.back().size());
        }
        return laid;
    }

    double height(const Laid& laid) const { return static_cast<double>(laid.lines) * lh_ + 2 * style::cell_pad_y; }
    double header_height() const { return table_.header ? height(header_) : 0; }

    void draw_header()
    {
        if (!table_.header)
            return;
        const double h = header_height();
        flow_.add(Rect{flow_.body().left, flow_.y(), flow_.body().width(), h, style::accent_light, std::nullopt});
        std::vector<TableCell> cells;
        for (const auto& c : table_.columns)
            cells.push_back({c.header, FontStyle::Bold, style::accent});
        draw_lines(header_, cells, 0, header_.lines, flow_.y());
        flow_.add(Line{{flow_.body().left, flow_.y() + h}, {flow_.body().right, flow_.y() + h}, 0.6, style::accent});
        flow_.advance(h);
    }

    void place_row(std::size_t index)
    {
        const auto& row = table_.rows[index];
        const Laid laid = lay(row.cells);
        const double extra = std::max(table_.min_row_height - height(laid), 0.0);
        std::size_t done = 0;
        bool fresh_page = false; // never two page breaks in a row, however small the page
        while (done < laid.lines) {
            const std::size_t left = laid.lines - done;
            const double whole = static_cast<double>(left) * lh_ + 2 * style::cell_pad_y + (done == 0 ? extra : 0);
            const double page_room = flow_.body().height() - header_height();
            if (!fresh_page && whole > flow_.room() &&
                (whole <= page_room || flow_.room() < lh_ + 2 * style::cell_pad_y)) {
                flush_text();
                flow_.new_page();
                draw_header();
                fresh_page = true;
                continue;
            }
            fresh_page = false;
            const auto fit = std::min<std::size_t>(
                left, static_cast<std::size_t>(std::max((flow_.room() - 2 * style::cell_pad_y) / lh_, 1.0)));
            const double h =
                static_cast<double>(fit) * lh_ + 2 * style::cell_pad_y + (fit == left && done == 0 ? extra : 0);
            const auto background = row.background                   ? row.background
                                    : table_.ruled && index % 2 == 1 ? std::optional<Color>(style::zebra)
                                                                     : std::nullopt;
            if (background)
                flow_.add(Rect{flow_.body().left, flow_.y(), flow_.body().width(), h, background, std::nullopt});
            draw_lines(laid, row.cells, done, done + fit, flow_.y());
            if (done == 0)
                draw_boxes(laid, row.cells, flow_.y());
            if (table_.ruled)
                flow_.add(
                    Line{{flow_.body().left, flow_.y() + h}, {flow_.body().right, flow_.y() + h}, 0.3, style::rule});
            if (table_.column_rules)
                for (std::size_t c = 1; c < lefts_.size(); ++c)
                    flow_.add(Line{{lefts_[c], flow_.y()}, {lefts_[c], flow_.y() + h}, 0.3, style::rule});
            flow_.advance(h);
            done += fit;
        }
    }

    void draw_lines(const Laid& laid, const std::vector<TableCell>& cells, std::size_t from, std::size_t to, double top)
    {
        for (std::size_t c = 0; c < laid.cells.size(); ++c) {
            const auto& cell = c < cells.size() ? cells[c] : TableCell{};
            const Font font{table_.size, cell.style};
            const Color color = cell.color.value_or(style::ink);
            const auto align = table_.columns[c].align;
            for (std::size_t l = from; l < std::min(to, laid.cells[c].size()); ++l) {
                const auto& text = laid.cells[c][l];
                if (text.empty())
                    continue;
                const double line_top = top + style::cell_pad_y + static_cast<double>(l - from) * lh_;
                const double inner_left = lefts_[c] + style::cell_pad_x;
                const double inner_right = lefts_[c] + widths_[c] - style::cell_pad_x;
                double x = inner_left;
                bool right = false;
                if (align == Align::Right) {
                    x = inner_right;
                    right = true;
                } else if (align == Align::Center) {
                    x = (inner_left + inner_right - flow_.metrics().text_width(text, font.size, font.style)) / 2;
                }
                text_.push_back(text_line(flow_.metrics(), text, font, color, x, line_top, right));
            }
        }
    }

    void draw_boxes(const Laid& laid, const std::vector<TableCell>& cells, double top)
    {
        const double side = table_.size * 0.95;
        for (std::size_t c = 0; c < cells.size() && c < laid.cells.size(); ++c) {
            if (cells[c].boxes <= 0)
                continue;
            const auto& lines = laid.cells[c];
            double x = lefts_[c] + style::cell_pad_x;
            if (!lines.empty() && !lines.back().empty())
                x += flow_.metrics().text_width(lines.back(), table_.size, cells[c].style) + side / 2;
            const double y = top + style::cell_pad_y + static_cast<double>(lines.empty() ? 0 : lines.size() - 1) * lh_ +
                             (lh_ - side) / 2;
            for (int b = 0; b < cells[c].boxes && x + side <= lefts_[c] + widths_[c]; ++b, x += side * 1.6)
                flow_.add(Rect{x, y, side, side, style::white, style::muted, 0.6});
        }
    }

    // Text goes onto the page after the rows' backgrounds and rules: one text object per page
    // segment instead of one per cell.
    void flush_text()
    {
        for (auto& t : text_)
            flow_.add(std::move(t));
        text_.clear();
    }

    PageFlow& flow_;
    const Table& table_;
    std::vector<Primitive> text_;
    double lh_;
    std::vector<double> lefts_, widths_;
    Laid header_;
};

} // namespace

void place_table(PageFlow& flow, const Table& table)
{
    TablePlacer(flow, table).place();
}

} // namespace fc::reports
