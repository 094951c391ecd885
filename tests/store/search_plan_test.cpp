// How much work a search does, counted by SQLite itself: every statement the search runs is
// caught at its end (sqlite3_trace_v2) and asked how many rows it stepped through in full scans
// and how many virtual-machine steps it took (sqlite3_stmt_status). A keystroke's first page
// must stay a few index ranges however many patients the clinic holds; these counts fail the
// moment a query plan goes back to reading every patient, as EXPLAIN QUERY PLAN would show.
#include "store/clinic_file.h"
#include "store/patient_repository.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace {

struct Work {
    long long full_scan_steps = 0;
    long long vm_steps = 0;
};

// Counts since the statement last ended (prepared statements are reused, by FTS5 too), added
// to the Work being measured, if any.
int on_statement_end(unsigned, void* context, void* statement, void*)
{
    auto* work = *static_cast<Work**>(context);
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    const int full_scan = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
    const int vm = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    if (work) {
        work->full_scan_steps += full_scan;
        work->vm_steps += vm;
    }
    return 0;
}

class SearchPlanTest : public ::testing::Test {
protected:
    static constexpr int batch = 500;
    fc::test::TempDir dir;
    fc::store::ClinicFile file{dir.file("clinic.floorchart")};
    fc::store::PatientRepository repo{file.db()};
    int added = 0;
    Work* measuring = nullptr; // where the statements' counts go

    SearchPlanTest()
    {
        sqlite3_trace_v2(file.db().getHandle(), SQLITE_TRACE_PROFILE, on_statement_end, &measuring);
    }
    ~SearchPlanTest() override { sqlite3_trace_v2(file.db().getHandle(), 0, nullptr, nullptr); }

    void add_patients(int n)
    {
        static const char* const families[] = {"Nguyen", "Smith", "Okafor", "Kowalczyk", "Brown", "Ødegaard", "Li"};
        SQLite::Transaction tx(file.db());
        for (int i = 0; i < n; ++i, ++added) {
            fc::Patient p;
            p.family_name = families[added % 7];
            p.given_name = "Given" + std::to_string(added);
            p.mrn = "FC" + std::to_string(100000 + added);
            p.dob = fc::Date(1950 + added % 50, 1 + added % 12, 1 + added % 28);
            repo.insert(p);
        }
        tx.commit();
    }

    void SetUp() override
    {
        fc::Patient rare;
        rare.family_name = "Zqwerty";
        rare.given_name = "Rare";
        rare.mrn = "FC-RARE";
        rare.dob = fc::Date(1980, 5, 5);
        repo.insert(rare);
        add_patients(batch);
    }

    Work measure(const fc::PatientQuery& query, std::size_t* rows = nullptr)
    {
        Work work;
        measuring = &work;
        const auto found = repo.search(query);
        measuring = nullptr;
        if (rows)
            *rows = found.size();
        return work;
    }

    Work scan_of_every_patient()
    {
        Work work;
        measuring = &work;
        file.db().execAndGet("SELECT count(*) FROM patients WHERE instr(search_text, 'zq') > 0");
        measuring = nullptr;
        return work;
    }

    // The search's work with the clinic as it is and with five times as many patients: a
    // first page must cost the same, where reading every patient costs five times as much.
    void expect_work_does_not_grow(const fc::PatientQuery& query, std::size_t expected_rows,
                                   long long scan_steps_allowed = 0)
    {
        std::size_t rows = 0;
        const auto small = measure(query, &rows);
        EXPECT_EQ(rows, expected_rows);
        const auto scan_before = scan_of_every_patient();
        add_patients(4 * batch);
        const auto large = measure(query, &rows);
        EXPECT_EQ(rows, expected_rows);
        EXPECT_GT(scan_of_every_patient().vm_steps, 4 * scan_before.vm_steps) << "the yardstick grew";
        EXPECT_LE(large.full_scan_steps, scan_steps_allowed) << "no full scan";
        EXPECT_LT(large.vm_steps, small.vm_steps * 5 / 4 + 100)
            << "work grew with the clinic: " << small.vm_steps << " then " << large.vm_steps << " steps";
    }
};

} // namespace

TEST_F(SearchPlanTest, ARareWordOfTwoLettersCostsTheSameInALargerClinic)
{
    expect_work_does_not_grow({.text = "zq", .limit = 80}, 1);
}

TEST_F(SearchPlanTest, ACommonLettersFirstPageCostsTheSameInALargerClinic)
{
    expect_work_does_not_grow({.text = "n", .limit = 80}, 80);
}

TEST_F(SearchPlanTest, AWordOfThreeLettersCostsTheSameInALargerClinic)
{
    expect_work_does_not_grow({.text = "zqw", .limit = 80}, 1);
}

TEST_F(SearchPlanTest, TheFirstPageOfEveryoneCostsTheSameInALargerClinic)
{
    expect_work_does_not_grow({.limit = 80}, 80, 80); // the sort-key index, stopped after the page
}
