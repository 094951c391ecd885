#include "report_checks.h"
#include "sample_reports.h"

#include "reports/handout_layout.h"
#include "reports/note_report_layout.h"
#include "reports/progress_report_layout.h"
#include "reports/report_fonts.h"
#include "reports/report_style.h"

#include "core/text.h"
#include <fmt/ranges.h>

#include <gtest/gtest.h>

#include <fmt/format.h>

using namespace fc::reports;
using fc::test::document_text;
using fc::test::page_text;

namespace {

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

std::vector<std::pair<std::string, Document>> all_reports(PaperSize paper)
{
    auto progress = fc::test::sample_progress_report({24, 2, paper});
    auto empty = fc::test::empty_progress_report();
    empty.paper = paper;
    auto signed_note = fc::test::sample_session_note(true);
    signed_note.paper = paper;
    auto draft = fc::test::sample_session_note(false);
    draft.paper = paper;
    auto handout = fc::test::sample_home_programme();
    handout.paper = paper;
    std::vector<std::pair<std::string, Document>> docs;
    docs.emplace_back("progress", layout_progress_report(progress, metrics()));
    docs.emplace_back("empty progress", layout_progress_report(empty, metrics()));
    docs.emplace_back("signed note", layout_session_note(signed_note, metrics()));
    docs.emplace_back("draft note", layout_session_note(draft, metrics()));
    docs.emplace_back("home programme", layout_home_programme(handout, metrics()));
    return docs;
}

void expect_well_laid_out(const Document& doc)
{
    const auto off = fc::test::text_off_page(doc, metrics(), style::margin - 0.01, 9 * style::mm);
    EXPECT_TRUE(off.empty()) << fmt::format("{}", fmt::join(off, "\n"));
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const auto overlaps = fc::test::overlapping_text(doc.pages[p], metrics());
        EXPECT_TRUE(overlaps.empty()) << "page " << p + 1 << ": " << fmt::format("{}", fmt::join(overlaps, "\n"));
    }
}

} // namespace

TEST(ReportLayout, EveryPageHasTheHeaderAndFooter)
{
    for (const auto paper : {PaperSize::A4, PaperSize::Letter})
        for (const auto& [name, doc] : all_reports(paper)) {
            SCOPED_TRACE(name);
            ASSERT_FALSE(doc.pages.empty());
            for (std::size_t p = 0; p < doc.pages.size(); ++p) {
                const auto text = page_text(doc.pages[p]);
                EXPECT_NE(text.find(fmt::format("Page {} of {}\n", p + 1, doc.pages.size())), std::string::npos)
                    << "page " << p + 1;
                EXPECT_NE(text.find("Ødegaard, Ingrid\n"), std::string::npos);
                EXPECT_NE(text.find("DOB 1986-03-14"), std::string::npos);
                EXPECT_NE(text.find("MRN MRN-000734"), std::string::npos);
                EXPECT_NE(text.find("Confidential"), std::string::npos);
                EXPECT_NE(text.find("Generated 2026-11-25 10:05"), std::string::npos);
            }
        }
}

TEST(ReportLayout, NothingOverflowsOrOverlaps)
{
    for (const auto paper : {PaperSize::A4, PaperSize::Letter})
        for (const auto& [name, doc] : all_reports(paper)) {
            SCOPED_TRACE(name);
            expect_well_laid_out(doc);
        }
}

TEST(ReportLayout, PaperSizes)
{
    const auto a4 = page_size(PaperSize::A4);
    EXPECT_NEAR(a4.width, 595.28, 0.01);
    EXPECT_NEAR(a4.height, 841.89, 0.01);
    const auto letter = page_size(PaperSize::Letter);
    EXPECT_DOUBLE_EQ(letter.width, 612);
    EXPECT_DOUBLE_EQ(letter.height, 792);
    for (const auto& [name, doc] : all_reports(PaperSize::Letter)) {
        EXPECT_DOUBLE_EQ(doc.size.width, 612) << name;
        EXPECT_DOUBLE_EQ(doc.size.height, 792) << name;
    }
}

TEST(ReportLayout, ATwoThousandCharacterNameWrapsInsideThePage)
{
    auto data = fc::test::sample_progress_report();
    std::string family;
    while (fc::text::length(family) < 2000 - 8)
        family += "Łukasiewicz-Żółw Παπαδοπούλου ";
    data.patient.family_name = family;
    const auto doc = layout_progress_report(data, metrics());
    expect_well_laid_out(doc);
    // The patient block holds the whole name, line after line.
    std::string joined;
    for (const auto& item : doc.pages.front().items)
        if (const auto* t = std::get_if<TextRun>(&item); t && t->size == style::body_size - 0.5)
            joined += t->text + " ";
    std::string squeezed, wanted;
    for (const char c : joined)
        if (c != ' ')
            squeezed += c;
    for (const char c : data.patient.display_name())
        if (c != ' ')
            wanted += c;
    EXPECT_NE(squeezed.find(wanted), std::string::npos);
}

TEST(ReportLayout, AnEmptyPeriodSaysSo)
{
    const auto doc = layout_progress_report(fc::test::empty_progress_report(), metrics());
    const auto text = document_text(doc);
    EXPECT_NE(text.find("No sessions in this period."), std::string::npos);
    EXPECT_NE(text.find("No measurements in this period"), std::string::npos);
    expect_well_laid_out(doc);

    auto nothing = fc::test::empty_progress_report();
    nothing.plan.reset();
    nothing.conditions.clear();
    nothing.precautions.clear();
    nothing.adherence = {};
    nothing.progress = {};
    nothing.patient = fc::Patient{};
    nothing.clinic = {};
    nothing.signed_by = {};
    nothing.from = fc::Date(2026, 11, 1);
    nothing.to = fc::Date(2026, 10, 1); // backwards
    const auto bare = layout_progress_report(nothing, metrics());
    EXPECT_NE(document_text(bare).find("No sessions in this period."), std::string::npos);
    expect_well_laid_out(bare);
}

TEST(ReportLayout, ADraftNoteIsMarkedOnEveryPage)
{
    auto draft = fc::test::sample_session_note(false);
    draft.note.subjective = std::string(6000, 'x') + " and more";
    const auto doc = layout_session_note(draft, metrics());
    ASSERT_GE(doc.pages.size(), 2u);
    for (const auto& page : doc.pages)
        EXPECT_NE(page_text(page).find("DRAFT \u2013 NOT SIGNED"), std::string::npos);
    const auto signed_doc = layout_session_note(fc::test::sample_session_note(true), metrics());
    const auto text = document_text(signed_doc);
    EXPECT_EQ(text.find("DRAFT"), std::string::npos);
    EXPECT_NE(text.find("Addenda"), std::string::npos);
    EXPECT_NE(text.find("2026-11-21 08:15 UTC"), std::string::npos);
}

TEST(ReportLayout, TheHandoutHasInstructionsScheduleSafetyAndDiary)
{
    const auto data = fc::test::sample_home_programme();
    const auto text = document_text(layout_home_programme(data, metrics()));
    for (const char* wanted :
         {"Stop and call us", "bleeding", "sharp or intense pain", "burning", "Your dilator schedule", "Your diary",
          "Dilator programme", "Pelvic floor muscle training"})
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted;
}

TEST(ReportLayout, DilatorScheduleMovesUpAtMostOneSizeAWeek)
{
    const auto data = fc::test::sample_home_programme();
    const auto weeks = dilator_schedule(*fc::dilator_programme(data.plan), &*data.dilator_set, data.starts_on, 8);
    ASSERT_EQ(weeks.size(), 8u);
    EXPECT_EQ(weeks.front().start_mm, 10);
    EXPECT_EQ(weeks.front().minutes, 5);
    EXPECT_EQ(weeks.back().minutes, 15);
    EXPECT_EQ(weeks.back().up_to_mm, 25); // the target, not beyond
    for (std::size_t i = 1; i < weeks.size(); ++i) {
        EXPECT_EQ(weeks[i].start_mm, weeks[i - 1].up_to_mm);
        EXPECT_GE(weeks[i].minutes, weeks[i - 1].minutes);
        EXPECT_EQ(weeks[i].first, weeks[i - 1].first + boost::gregorian::days(7));
    }
}
