// A batch of progress reports against a real clinic file: one PDF per patient named for the
// patient, progress told once a patient in order, failures told with their reasons while the others
// are written, files replaced only when asked, and the patients chosen by a day's diary.
#include "clinic_fixture.h"

#include "core/errors.h"
#include "services/appointments.h"
#include "services/report_batch.h"

#include <fstream>
#include <iterator>

using namespace fc;
namespace fs = std::filesystem;

namespace {
class ReportBatchTest : public test::ClinicTest {
protected:
    Actor sam = add_clinician("Sam Lee");
    PatientRecords records{clinic, sam};
    std::int64_t jane = add("Doe", "Jane", "MRN-1");
    std::int64_t mia = add("Roe", "Mia", "AB/7.x");
    std::int64_t kai = add("Poe", "Kai", "MRN-3");
    ReportBatch batch{clinic, sam};
    fs::path out = dir.file("reports");

    std::int64_t add(const std::string& family, const std::string& given, const std::string& mrn)
    {
        auto f = form(family, given, "1980-01-02");
        f.mrn = mrn;
        return records.add(f).id;
    }
    static std::string bytes(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    int reports_audited(std::int64_t patient)
    {
        int n = 0;
        for (const auto& e : records.history(patient))
            n += e.action == "report";
        return n;
    }
};
} // namespace

TEST_F(ReportBatchTest, ANameKeepsLettersDigitsAndDashesOfTheMrn)
{
    EXPECT_EQ(batch_report_name(12, "MRN-12"), "progress-12-MRN-12.pdf");
    EXPECT_EQ(batch_report_name(7, "AB/7 x.."), "progress-7-AB-7-x--.pdf");
    EXPECT_EQ(batch_report_name(3, "Ø1"), "progress-3---1.pdf") << "each byte of a UTF-8 letter";
}

TEST_F(ReportBatchTest, WritesAReportPerPatientInTheOrderAskedAndCountsThemInOrder)
{
    std::vector<std::pair<int, int>> told;
    const auto outcome = batch.write({kai, jane, mia}, out, ExistingFile::Refuse,
                                     [&](int done, int total) { told.emplace_back(done, total); });
    EXPECT_TRUE(outcome.failed.empty());
    ASSERT_EQ(outcome.written.size(), 3u);
    EXPECT_EQ(outcome.written[0], out / "progress-3-MRN-3.pdf");
    EXPECT_EQ(outcome.written[1], out / "progress-1-MRN-1.pdf");
    EXPECT_EQ(outcome.written[2], out / "progress-2-AB-7-x.pdf");
    for (const auto& f : outcome.written)
        EXPECT_TRUE(bytes(f).starts_with("%PDF-")) << f;
    EXPECT_EQ(told, (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    for (const auto id : {jane, mia, kai})
        EXPECT_EQ(reports_audited(id), 1) << id;
}

TEST_F(ReportBatchTest, MakesTheFolderAndItsParents)
{
    const auto deep = out / "2026" / "november";
    const auto outcome = batch.write({jane}, deep, ExistingFile::Refuse);
    ASSERT_EQ(outcome.written.size(), 1u);
    EXPECT_TRUE(fs::is_regular_file(deep / "progress-1-MRN-1.pdf"));
}

TEST_F(ReportBatchTest, AFailedReportIsToldWithItsReasonAndTheOthersAreWritten)
{
    fs::create_directories(out / "progress-2-AB-7-x.pdf"); // a folder where Mia's report goes
    std::vector<std::pair<int, int>> told;
    const auto outcome = batch.write({jane, mia, 999, kai}, out, ExistingFile::Refuse,
                                     [&](int done, int total) { told.emplace_back(done, total); });
    ASSERT_EQ(outcome.written.size(), 2u);
    EXPECT_EQ(outcome.written[0], out / "progress-1-MRN-1.pdf");
    EXPECT_EQ(outcome.written[1], out / "progress-3-MRN-3.pdf");
    ASSERT_EQ(outcome.failed.size(), 2u);
    EXPECT_EQ(outcome.failed[0].patient_id, mia);
    EXPECT_NE(outcome.failed[0].error.find((out / "progress-2-AB-7-x.pdf").string()), std::string::npos)
        << outcome.failed[0].error;
    EXPECT_EQ(outcome.failed[1].patient_id, 999);
    EXPECT_NE(outcome.failed[1].error.find("999"), std::string::npos) << outcome.failed[1].error;
    EXPECT_EQ(told.size(), 4u) << "every patient counted, written or not";
    EXPECT_EQ(reports_audited(mia), 0) << "a report never delivered is not audited";
    EXPECT_EQ(reports_audited(jane), 1);
}

TEST_F(ReportBatchTest, AnExistingFileIsReplacedOnlyWhenAsked)
{
    fs::create_directories(out);
    const auto file = out / "progress-1-MRN-1.pdf";
    std::ofstream(file) << "kept";
    auto outcome = batch.write({jane}, out, ExistingFile::Refuse);
    ASSERT_EQ(outcome.failed.size(), 1u);
    EXPECT_NE(outcome.failed[0].error.find("already exists"), std::string::npos) << outcome.failed[0].error;
    EXPECT_EQ(bytes(file), "kept");
    outcome = batch.write({jane}, out, ExistingFile::Replace);
    EXPECT_TRUE(outcome.failed.empty());
    EXPECT_TRUE(bytes(file).starts_with("%PDF-"));
}

TEST_F(ReportBatchTest, AFolderThatIsAFileIsRefusedBeforeAnyReport)
{
    std::ofstream(out) << "a file";
    EXPECT_THROW(ReportBatch::make_folder(out), Error);
    EXPECT_THROW(batch.write({jane}, out, ExistingFile::Refuse), Error);
    EXPECT_EQ(reports_audited(jane), 0);
}

TEST_F(ReportBatchTest, AnEmptyBatchWritesNothingAndTellsNothing)
{
    int calls = 0;
    const auto outcome = batch.write({}, out, ExistingFile::Refuse, [&](int, int) { ++calls; });
    EXPECT_TRUE(outcome.written.empty());
    EXPECT_TRUE(outcome.failed.empty());
    EXPECT_EQ(calls, 0);
}

TEST_F(ReportBatchTest, EveryPatientIsEachActivePatientOnce)
{
    auto all = batch.every_patient();
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (std::vector<std::int64_t>{jane, mia, kai}));
}

TEST_F(ReportBatchTest, PatientsWithAnAppointmentThatDayAreThoseNotCancelledInTheDiarysOrder)
{
    Appointments diary(clinic, sam);
    const auto book = [&](std::int64_t patient, const std::string& date, const std::string& time) {
        AppointmentForm f;
        f.date = date;
        f.time = time;
        return diary.book(patient, f).appointments.at(0).id;
    };
    book(mia, "2026-11-26", "09:00");
    book(jane, "2026-11-26", "10:00");
    book(mia, "2026-11-26", "11:00"); // twice that day: once in the batch
    diary.set_status(book(kai, "2026-11-26", "08:00"), AppointmentStatus::Cancelled, "Unwell");
    book(kai, "2026-11-27", "09:00");
    EXPECT_EQ(batch.with_appointment_on("2026-11-26", {jane, mia, kai}), (std::vector<std::int64_t>{mia, jane}));
    EXPECT_EQ(batch.with_appointment_on("2026-11-26", {jane, kai}), (std::vector<std::int64_t>{jane}));
    EXPECT_TRUE(batch.with_appointment_on("2026-11-28", {jane, mia, kai}).empty());
    EXPECT_THROW(batch.with_appointment_on("2026-13-01", {jane}), InvalidInput);
    EXPECT_THROW(batch.with_appointment_on("", {jane}), InvalidInput);
}
