// Report timings, in-process: a 3-page progress report (patient, plan, a sessions table,
// three charts, adherence chart, flags, summary) with Latin, Greek and Cyrillic names in the
// embedded DejaVu Sans, laid out and written to PDF bytes 1,000 times. Reports the median and
// 95th percentile per report and the file size; results go to docs/PERFORMANCE.md.
#include "reports/reports.h"
#include "sample_reports.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

using namespace fc::reports;

const FontMetrics& metrics()
{
    return ReportFonts::shared().metrics();
}

// The sample report with as many sessions as still fit on three pages.
const ProgressReportData& three_page_report()
{
    static const ProgressReportData data = [] {
        ProgressReportData best = fc::test::sample_progress_report({4, 2});
        for (int notes = 4; notes <= 60; ++notes) {
            auto d = fc::test::sample_progress_report({notes, 2});
            if (layout_progress_report(d, metrics()).pages.size() > 3)
                break;
            best = std::move(d);
        }
        return best;
    }();
    return data;
}

void report_times(benchmark::State& state, std::vector<double>& ms, std::size_t bytes, std::size_t pages)
{
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[ms.size() * 95 / 100];
    state.counters["KB"] = static_cast<double>(bytes) / 1024.0;
    state.counters["pages"] = static_cast<double>(pages);
}

template <class Work>
void timed(benchmark::State& state, Work work)
{
    std::vector<double> ms;
    ms.reserve(1000);
    std::size_t bytes = 0, pages = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const auto [b, p] = work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        bytes = b;
        pages = p;
    }
    report_times(state, ms, bytes, pages);
}

// Layout and PDF together: what generating a report costs.
void BM_ProgressReport3Pages(benchmark::State& state)
{
    const auto& data = three_page_report();
    PdfRenderer pdf;
    pdf.render(layout_progress_report(data, metrics())); // fonts loaded once per renderer
    timed(state, [&] {
        const auto doc = layout_progress_report(data, metrics());
        const auto bytes = pdf.render(doc);
        benchmark::DoNotOptimize(bytes.data());
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_ProgressReport3Pages)->Iterations(1000)->Unit(benchmark::kMillisecond);

void BM_ProgressLayoutOnly(benchmark::State& state)
{
    const auto& data = three_page_report();
    timed(state, [&] {
        const auto doc = layout_progress_report(data, metrics());
        benchmark::DoNotOptimize(doc.pages.data());
        return std::pair{std::size_t{0}, doc.pages.size()};
    });
}
BENCHMARK(BM_ProgressLayoutOnly)->Iterations(1000)->Unit(benchmark::kMillisecond);

// The same without compression: faster, much larger.
void BM_ProgressReport3PagesUncompressed(benchmark::State& state)
{
    const auto& data = three_page_report();
    PdfRenderer pdf(ReportFonts::shared(), PdfOptions{false});
    const auto doc = layout_progress_report(data, metrics());
    pdf.render(doc);
    timed(state, [&] {
        const auto bytes = pdf.render(doc);
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_ProgressReport3PagesUncompressed)->Iterations(300)->Unit(benchmark::kMillisecond);

// A name outside every single-byte code page (Vietnamese) adds the UTF-8 (CID) font.
void BM_ProgressReport3PagesBeyondCodePages(benchmark::State& state)
{
    auto data = three_page_report();
    data.patient.family_name = "Nguyễn";
    PdfRenderer pdf;
    pdf.render(layout_progress_report(data, metrics()));
    timed(state, [&] {
        const auto doc = layout_progress_report(data, metrics());
        const auto bytes = pdf.render(doc);
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_ProgressReport3PagesBeyondCodePages)->Iterations(300)->Unit(benchmark::kMillisecond);

// First report of a process: reading DejaVu Sans, cutting it, loading it into libharu.
void BM_FirstReportOfARenderer(benchmark::State& state)
{
    const auto& data = three_page_report();
    const auto doc = layout_progress_report(data, metrics());
    timed(state, [&] {
        PdfRenderer pdf;
        const auto bytes = pdf.render(doc);
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_FirstReportOfARenderer)->Iterations(50)->Unit(benchmark::kMillisecond);

void BM_SessionNote(benchmark::State& state)
{
    const auto data = fc::test::sample_session_note(true);
    PdfRenderer pdf;
    timed(state, [&] {
        const auto doc = layout_session_note(data, metrics());
        const auto bytes = pdf.render(doc);
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_SessionNote)->Iterations(1000)->Unit(benchmark::kMillisecond);

void BM_HomeProgramme(benchmark::State& state)
{
    const auto data = fc::test::sample_home_programme();
    PdfRenderer pdf;
    timed(state, [&] {
        const auto doc = layout_home_programme(data, metrics());
        const auto bytes = pdf.render(doc);
        return std::pair{bytes.size(), doc.pages.size()};
    });
}
BENCHMARK(BM_HomeProgramme)->Iterations(1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
