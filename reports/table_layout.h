#pragma once
// Tables that wrap their cells and run over pages: each row is kept whole on one page, the
// column headers are repeated at the top of every page the table reaches, and only a row taller
// than a whole page is split between lines.
#include "reports/page_flow.h"

#include <optional>
#include <string>
#include <vector>

namespace fc::reports {

enum class Align { Left, Right, Center };

struct TableColumn {
    std::string header;
    double weight = 1; // share of the table's width
    Align align = Align::Left;
};

struct TableCell {
    std::string text;
    FontStyle style = FontStyle::Regular;
    std::optional<Color> color;
    int boxes = 0; // empty tick boxes after the text, to fill in by hand
};

struct TableRow {
    std::vector<TableCell> cells;
    std::optional<Color> background;
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    bool header = true; // column headers, repeated on every page
    bool ruled = true;  // stripes and rules; off for label/value blocks
    double size = style::table_size;
    double min_row_height = 0; // e.g. room to write in by hand
    bool column_rules = false; // vertical rules between columns (a grid to write in)
};

// The table at the flow's cursor, across as many pages as it needs.
void place_table(PageFlow& flow, const Table& table);

} // namespace fc::reports
