#include "pdf_tools.h"
#include "sample_reports.h"
#include "support/temp_dir.h"

#include "reports/reports.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace fc::reports;

namespace {

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

std::string tool_output(const std::string& tool, const std::vector<std::string>& args)
{
    const auto path = fc::test::find_tool(tool);
    if (!path)
        return {};
    const auto result = fc::test::run_program(*path, args);
    EXPECT_EQ(result.exit_code, 0) << tool << ": " << result.err;
    return result.out;
}

// The value of one "Name: value" line of pdfinfo's output.
std::string info_field(const std::string& info, const std::string& name)
{
    const auto at = info.find(name + ":");
    if (at == std::string::npos)
        return {};
    const auto value = info.find_first_not_of(' ', at + name.size() + 1);
    return info.substr(value, info.find('\n', value) - value);
}

class PdfFiles : public ::testing::Test {
protected:
    std::filesystem::path write(const Document& doc, const std::string& name)
    {
        const auto file = dir_.file(name);
        std::ofstream(file, std::ios::binary) << renderer_.render(doc);
        return file;
    }
    fc::test::TempDir dir_;
    PdfRenderer renderer_;
};

} // namespace

TEST_F(PdfFiles, EveryReportPassesQpdfCheck)
{
    if (!fc::test::find_tool("qpdf"))
        GTEST_SKIP() << "qpdf is not installed";
    auto handout = fc::test::sample_home_programme();
    handout.paper = PaperSize::Letter;
    const std::pair<const char*, Document> docs[] = {
        {"progress.pdf", layout_progress_report(fc::test::sample_progress_report(), metrics())},
        {"empty.pdf", layout_progress_report(fc::test::empty_progress_report(), metrics())},
        {"note.pdf", layout_session_note(fc::test::sample_session_note(true), metrics())},
        {"draft.pdf", layout_session_note(fc::test::sample_session_note(false), metrics())},
        {"handout.pdf", layout_home_programme(handout, metrics())},
        {"blank.pdf", Document{}},
    };
    for (const auto& [name, doc] : docs) {
        const auto file = write(doc, name);
        const auto out = tool_output("qpdf", {"--check", file.string()});
        EXPECT_NE(out.find("No syntax or stream encoding errors"), std::string::npos) << name << "\n" << out;
    }
}

TEST_F(PdfFiles, UnicodeNamesExtractExactly)
{
    if (!fc::test::find_tool("pdftotext"))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const auto file = write(layout_progress_report(fc::test::sample_progress_report(), metrics()), "progress.pdf");
    const auto text = tool_output("pdftotext", {"-enc", "UTF-8", file.string(), "-"});
    for (const char* name : {"Ødegaard", "Ingrid", "Ελένη", "Παπαδοπούλου", "Дмитрий", "Иванов"})
        EXPECT_NE(text.find(name), std::string::npos) << name;
    EXPECT_NE(text.find("Page 1 of"), std::string::npos);
}

TEST_F(PdfFiles, CharactersBeyondTheCodePagesStillExtract)
{
    if (!fc::test::find_tool("pdftotext") || !fc::test::find_tool("qpdf"))
        GTEST_SKIP() << "poppler-utils or qpdf is not installed";
    auto data = fc::test::sample_session_note(true);
    data.patient.family_name = "Nguyễn";
    data.patient.given_name = "Thị Łucja";
    data.note.subjective = "Pain ≥ 7 → stopped ✓; Ştefan, Ærø, Ħamrun, Ŋ, Ελένη, Дмитрий.";
    const auto doc = layout_session_note(data, metrics());
    // Twice: the second document reuses the cut font the first one loaded.
    for (const char* name : {"note.pdf", "again.pdf"}) {
        const auto file = write(doc, name);
        const auto text = tool_output("pdftotext", {"-enc", "UTF-8", file.string(), "-"});
        for (const char* s : {"Nguyễn", "Thị Łucja", "≥ 7 → stopped ✓", "Ştefan, Ærø, Ħamrun, Ŋ, Ελένη, Дмитрий."})
            EXPECT_NE(text.find(s), std::string::npos) << name << ": " << s;
        EXPECT_NE(tool_output("qpdf", {"--check", file.string()}).find("No syntax or stream encoding errors"),
                  std::string::npos);
    }
}

TEST_F(PdfFiles, OddTextNeverBreaksTheFile)
{
    if (!fc::test::find_tool("qpdf"))
        GTEST_SKIP() << "qpdf is not installed";
    auto data = fc::test::sample_session_note(false);
    data.patient.family_name = "李 \xF0\x9F\x98\x80 \xff\xfe broken \x01\x02 (parens) \\ back";
    data.patient.given_name = std::string(3000, 'A');
    data.note.subjective = "emoji \xF0\x9F\x98\x80, Arabic مرحبا, CJK 中文, tabs\tand\r\nnew lines, (unbalanced";
    data.clinicians.front().name = "\xF0\x9F\x98\x80 Dr ) ( \\";
    const auto file = write(layout_session_note(data, metrics()), "odd.pdf");
    EXPECT_NE(tool_output("qpdf", {"--check", file.string()}).find("No syntax or stream encoding errors"),
              std::string::npos);
}

TEST_F(PdfFiles, MetadataNamesTheReportAndTheClinicianOnly)
{
    if (!fc::test::find_tool("pdfinfo"))
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    // The same renderer writes another patient's report first: nothing of it may leak.
    auto other = fc::test::sample_progress_report();
    other.patient.family_name = "Иванова";
    other.patient.given_name = "Анна";
    other.patient.mrn = "MRN-999999";
    renderer_.render(layout_progress_report(other, metrics()));

    const auto file = write(layout_progress_report(fc::test::sample_progress_report(), metrics()), "progress.pdf");
    const auto info = tool_output("pdfinfo", {"-enc", "UTF-8", file.string()});
    EXPECT_EQ(info_field(info, "Title"), "Progress report \u2013 Ødegaard, Ingrid") << info;
    EXPECT_EQ(info_field(info, "Author"), "Ελένη Παπαδοπούλου") << info;
    // 10:05 at the clinic, an hour ahead of UTC.
    EXPECT_NE(info_field(info, "CreationDate").find("Nov 25 09:05:00 2026 UTC"), std::string::npos) << info;
    EXPECT_EQ(info.find("Иванова"), std::string::npos);
    const auto text = tool_output("pdftotext", {"-enc", "UTF-8", file.string(), "-"});
    EXPECT_EQ(text.find("Иванова"), std::string::npos);
    EXPECT_EQ(text.find("MRN-999999"), std::string::npos);
}

TEST_F(PdfFiles, RendersManyDocumentsWithOneRenderer)
{
    const auto doc = layout_session_note(fc::test::sample_session_note(true), metrics());
    const auto first = renderer_.render(doc);
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(renderer_.render(doc).size(), first.size());
    EXPECT_TRUE(first.starts_with("%PDF-"));
    EXPECT_NE(first.find("%%EOF"), std::string::npos);
}
