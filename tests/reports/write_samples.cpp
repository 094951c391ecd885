// Writes the sample reports into a folder (default /tmp/floorchart-reports) to look at them:
//   floorchart_report_samples_pdf [DIR] && pdftoppm -png -r 60 DIR/progress-a4.pdf DIR/progress-a4
#include "reports/reports.h"
#include "sample_reports.h"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    namespace r = fc::reports;
    const std::filesystem::path dir = argc > 1 ? argv[1] : "/tmp/floorchart-reports";
    std::filesystem::create_directories(dir);
    const auto& m = r::ReportFonts::shared().metrics();
    r::PdfRenderer pdf;
    auto long_name = fc::test::sample_progress_report();
    long_name.patient.family_name.clear();
    for (int i = 0; i < 100; ++i)
        long_name.patient.family_name += "Łukasiewicz-Żółw ";
    auto letter = fc::test::sample_progress_report({60, 3, r::PaperSize::Letter});
    auto home_letter = fc::test::sample_home_programme();
    home_letter.paper = r::PaperSize::Letter;
    auto bench = fc::test::sample_progress_report({4, 2});
    for (int notes = 4; notes <= 60; ++notes) { // the report the benchmark times: three pages
        auto d = fc::test::sample_progress_report({notes, 2});
        if (r::layout_progress_report(d, m).pages.size() > 3)
            break;
        bench = std::move(d);
    }
    std::cout << "benchmark report: " << bench.notes.size() << " notes, " << bench.home_log.size()
              << " home sessions\n";
    const std::pair<const char*, r::Document> docs[] = {
        {"progress-bench", r::layout_progress_report(bench, m)},
        {"progress-a4", r::layout_progress_report(fc::test::sample_progress_report(), m)},
        {"progress-letter-long", r::layout_progress_report(letter, m)},
        {"progress-empty", r::layout_progress_report(fc::test::empty_progress_report(), m)},
        {"progress-long-name", r::layout_progress_report(long_name, m)},
        {"note-signed", r::layout_session_note(fc::test::sample_session_note(true), m)},
        {"note-draft", r::layout_session_note(fc::test::sample_session_note(false), m)},
        {"home-programme", r::layout_home_programme(fc::test::sample_home_programme(), m)},
        {"home-programme-letter", r::layout_home_programme(home_letter, m)},
    };
    for (const auto& [name, doc] : docs) {
        const auto file = dir / (std::string(name) + ".pdf");
        std::ofstream(file, std::ios::binary) << pdf.render(doc);
        std::cout << file.string() << ": " << doc.pages.size() << " pages\n";
    }
}
