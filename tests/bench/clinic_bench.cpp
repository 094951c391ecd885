// Service-level timings on a demo clinic: search, opening a record with its notes, signing a
// note (validation, audit, fsync with synchronous=FULL). The clinic file is FLOORCHART_BENCH_DB
// (run.sh makes a 10,000-patient demo clinic); signing writes drafts into it.
#include "services/clinic.h"
#include "services/clinician_directory.h"
#include "services/patient_records.h"
#include "services/session_notes.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace {

fc::Clinic& clinic()
{
    static std::unique_ptr<fc::Clinic> c = [] {
        const char* path = std::getenv("FLOORCHART_BENCH_DB");
        if (!path)
            throw std::runtime_error("set FLOORCHART_BENCH_DB to a demo clinic file");
        return std::make_unique<fc::Clinic>(path, false);
    }();
    return *c;
}

fc::Actor actor()
{
    const auto first = fc::ClinicianDirectory(clinic()).list(false).front();
    return fc::Actor{first.id, first.name};
}

// The patient with the most session notes (the demo makes a few with 300+).
std::int64_t busiest_patient()
{
    static const std::int64_t id = [] {
        fc::SessionNotes notes(clinic(), fc::Actor::nobody());
        std::int64_t best = 1;
        std::size_t most = 0;
        for (std::int64_t p = 1; p <= 400; ++p) {
            const auto n = notes.for_patient(p).size();
            if (n > most) {
                most = n;
                best = p;
            }
        }
        return best;
    }();
    return id;
}

void search_three_letters(benchmark::State& state)
{
    fc::PatientRecords records(clinic(), fc::Actor::nobody());
    for (auto _ : state)
        benchmark::DoNotOptimize(records.search({.text = "ode", .limit = 200}));
}
BENCHMARK(search_three_letters)->Unit(benchmark::kMillisecond);

void search_one_letter(benchmark::State& state)
{
    fc::PatientRecords records(clinic(), fc::Actor::nobody());
    for (auto _ : state)
        benchmark::DoNotOptimize(records.search({.text = "o", .limit = 200}));
}
BENCHMARK(search_one_letter)->Unit(benchmark::kMillisecond);

// What a keystroke waits for: the app's first page (80 rows) of two rare letters, which no
// trigram narrows, so every folded name is looked at before the page is known to be short.
void search_two_rare_letters_first_page(benchmark::State& state)
{
    fc::PatientRecords records(clinic(), fc::Actor::nobody());
    for (auto _ : state)
        benchmark::DoNotOptimize(records.search({.text = "zq", .limit = 80}));
}
BENCHMARK(search_two_rare_letters_first_page)->Unit(benchmark::kMillisecond);

// The first page (80 rows) as a keystroke asks for it, for prefixes of common surnames, whose
// trigrams match thousands of patients at 100,000.
void search_first_page(benchmark::State& state, const char* typed)
{
    fc::PatientRecords records(clinic(), fc::Actor::nobody());
    for (auto _ : state)
        benchmark::DoNotOptimize(records.search({.text = typed, .limit = 80}));
}
BENCHMARK_CAPTURE(search_first_page, k, "k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search_first_page, ngu, "ngu")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search_first_page, nguye, "nguye")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search_first_page, smi, "smi")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search_first_page, ode, "ode")->Unit(benchmark::kMillisecond);

// Two rare letters: no trigram to narrow with, so every folded name is scanned; every match.
void search_two_rare_letters_all_matches(benchmark::State& state)
{
    fc::PatientRecords records(clinic(), fc::Actor::nobody());
    for (auto _ : state)
        benchmark::DoNotOptimize(records.search({.text = "zq"}));
}
BENCHMARK(search_two_rare_letters_all_matches)->Unit(benchmark::kMillisecond);

void open_record_and_notes_of_busiest_patient(benchmark::State& state)
{
    const auto id = busiest_patient();
    fc::PatientRecords records(clinic(), actor());
    fc::SessionNotes notes(clinic(), actor());
    std::size_t count = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(records.open(id));
        count = notes.for_patient(id).size();
    }
    state.counters["notes"] = static_cast<double>(count);
}
BENCHMARK(open_record_and_notes_of_busiest_patient)->Unit(benchmark::kMillisecond);

void sign_a_note(benchmark::State& state)
{
    fc::SessionNotes notes(clinic(), actor());
    fc::NoteForm form;
    form.start = "10:00";
    form.duration = "45";
    form.subjective = "Benchmark note";
    form.measures.pain_during = "3";
    for (auto _ : state) {
        state.PauseTiming();
        const auto draft = notes.add_draft(busiest_patient() + 1, form);
        state.ResumeTiming();
        benchmark::DoNotOptimize(notes.sign(draft.id));
    }
}
BENCHMARK(sign_a_note)->Unit(benchmark::kMillisecond)->Iterations(200)->Repetitions(3)->ReportAggregatesOnly(true);

} // namespace

BENCHMARK_MAIN();
