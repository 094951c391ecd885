#include "report_checks.h"

#include "reports/report_fonts.h"
#include "reports/table_layout.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

using namespace fc::reports;

namespace {

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

BodyBox body_of(PageSize size)
{
    return {50, 80, size.width - 50, size.height - 70};
}

Table sessions_table(int rows)
{
    Table t{{{"Date", 1}, {"Type", 2}, {"Notes", 4}, {"Pain", 0.8, Align::Right}}};
    for (int i = 0; i < rows; ++i) {
        std::string notes = fmt::format("row-{} ", i);
        for (int k = 0; k < i % 5; ++k)
            notes += "a longer note that wraps onto more lines of the cell ";
        t.rows.push_back(
            {{{fmt::format("2026-10-{:02}", 1 + i % 28)}, {"Follow-up"}, {notes}, {std::to_string(i % 11)}}});
    }
    return t;
}

// Every text run of a page, in order.
std::vector<const TextRun*> runs(const Page& page)
{
    std::vector<const TextRun*> out;
    for (const auto& item : page.items)
        if (const auto* t = std::get_if<TextRun>(&item))
            out.push_back(t);
    return out;
}

} // namespace

TEST(TableLayout, PaginatesWithTheHeaderRepeatedAndRowsWhole)
{
    Document doc;
    doc.size = page_size(PaperSize::A4);
    PageFlow flow(doc, metrics(), body_of(doc.size));
    flow.paragraph("Some text before the table.");
    const auto table = sessions_table(150);
    place_table(flow, table);
    ASSERT_GE(doc.pages.size(), 3u);

    std::vector<int> page_of_row(table.rows.size(), -1);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const auto texts = runs(doc.pages[p]);
        // The header comes first on every page (after the paragraph on the first).
        std::size_t first = 0;
        while (first < texts.size() && texts[first]->text != "Date")
            ++first;
        ASSERT_LT(first + 3, texts.size()) << "page " << p + 1;
        EXPECT_EQ(texts[first + 1]->text, "Type");
        EXPECT_EQ(texts[first + 2]->text, "Notes");
        EXPECT_EQ(texts[first + 3]->text, "Pain");
        EXPECT_EQ(texts[first]->style, FontStyle::Bold);
        for (const auto* t : texts)
            if (t->text.starts_with("row-")) {
                const int row = std::stoi(t->text.substr(4));
                EXPECT_EQ(page_of_row[static_cast<std::size_t>(row)], -1) << "row " << row << " on two pages";
                page_of_row[static_cast<std::size_t>(row)] = static_cast<int>(p);
            }
        // All of each row's lines are on that page: nothing below the body.
        for (const auto& item : doc.pages[p].items) {
            if (const auto* r = std::get_if<Rect>(&item)) {
                EXPECT_LE(r->y + r->height, body_of(doc.size).bottom + 1e-6);
            }
        }
        EXPECT_TRUE(fc::test::overlapping_text(doc.pages[p], metrics()).empty());
    }
    for (std::size_t r = 0; r < page_of_row.size(); ++r)
        EXPECT_NE(page_of_row[r], -1) << "row " << r << " missing";
    EXPECT_TRUE(std::is_sorted(page_of_row.begin(), page_of_row.end()));
    EXPECT_TRUE(fc::test::text_off_page(doc, metrics(), 40, 40).empty());
}

TEST(TableLayout, SplitsOnlyARowTallerThanAPage)
{
    Document doc;
    doc.size = page_size(PaperSize::Letter);
    PageFlow flow(doc, metrics(), body_of(doc.size));
    Table t{{{"Date", 1}, {"Text", 5}}};
    std::string huge;
    for (int i = 0; i < 900; ++i)
        huge += fmt::format("word{} ", i);
    t.rows.push_back({{{"2026-10-01"}, {"short"}}});
    t.rows.push_back({{{"2026-10-02"}, {huge}}});
    t.rows.push_back({{{"2026-10-03"}, {"after"}}});
    place_table(flow, t);
    ASSERT_GE(doc.pages.size(), 2u);
    for (const auto& page : doc.pages) {
        EXPECT_EQ(runs(page).front()->text, "Date"); // the header on every page the row reaches
        EXPECT_TRUE(fc::test::overlapping_text(page, metrics()).empty());
    }
    EXPECT_TRUE(fc::test::text_off_page(doc, metrics(), 40, 40).empty());
    const auto all = fc::test::document_text(doc);
    EXPECT_NE(all.find("word0 "), std::string::npos);
    EXPECT_NE(all.find("word899"), std::string::npos);
}

TEST(TableLayout, ColumnsAreWideEnoughForTheirWords)
{
    Document doc;
    doc.size = page_size(PaperSize::A4);
    PageFlow flow(doc, metrics(), body_of(doc.size));
    Table t{{{"Date", 0.2}, {"Status", 0.2}, {"Text", 10}}};
    t.rows.push_back({{{"2026-09-13"}, {"acknowledged", FontStyle::Bold}, {"anything"}}});
    place_table(flow, t);
    const auto all = fc::test::page_text(doc.pages.front());
    EXPECT_NE(all.find("2026-09-13\n"), std::string::npos);
    EXPECT_NE(all.find("acknowledged\n"), std::string::npos);
}
