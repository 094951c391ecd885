// The diary's CLI contract: `appt add | list | status | move | export-ics` and `settings`, their
// output, warnings on standard error and exit codes, against a real clinic file.
#include "cli_fixture.h"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

using fc::test::CliTest;

namespace {
// Dates about half a year ahead, counted from the Monday of that week, so that they stay in the
// future and within the two years a booking may be made ahead, whenever the tests run.
std::string day(int offset)
{
    using namespace std::chrono;
    auto base = floor<days>(system_clock::now()) + days(182);
    base -= days(weekday(base).iso_encoding() - 1);
    const year_month_day d{base + days(offset)};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

std::string compact(std::string iso)
{
    std::erase(iso, '-');
    return iso;
}

class CliAppointmentTest : public CliTest {
protected:
    std::string sam = add_clinician("Sam Lee");
    std::string ana = add_clinician("Ana Ruiz");
    std::string jane = add_patient_as(sam, "Doe", "Jane", "1980-01-02");
    std::string mia = add_patient_as(sam, "Roe", "Mia", "1990-03-04");

    std::string add_patient_as(const std::string& clinician, const std::string& family, const std::string& given,
                               const std::string& dob)
    {
        const auto r = cli({"--clinician", clinician, "patient", "add", "--family", family, "--given", given, "--dob",
                            dob});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return trimmed(r.out);
    }
    fc::test::ProgramResult as_sam(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--clinician", sam});
        return cli(args);
    }
    int appointments()
    {
        SQLite::Database raw(db);
        return raw.execAndGet("SELECT count(*) FROM appointments").getInt();
    }
    static std::vector<std::string> lines(const std::string& text)
    {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);)
            out.push_back(line);
        return out;
    }
    static int lines_starting(const std::string& text, const std::string& prefix)
    {
        int n = 0;
        for (const auto& l : lines(text))
            n += l.rfind(prefix, 0) == 0;
        return n;
    }
};
} // namespace

TEST_F(CliAppointmentTest, AddPrintsOnlyTheNewIdAndListShowsIt)
{
    const auto r = as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00", "--room", "Room 2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 1u);
    EXPECT_EQ(r.err, "");
    const auto id = std::stoll(r.out);
    const auto list = json({"appt", "list", "--day", day(1)});
    ASSERT_EQ(list.size(), 1u);
    const auto& a = list[0];
    EXPECT_EQ(a["id"], id);
    EXPECT_EQ(a["patient_id"], std::stoll(jane));
    EXPECT_EQ(a["clinician_id"], std::stoll(sam));
    EXPECT_EQ(a["date"], day(1));
    EXPECT_EQ(a["time"], "09:00");
    EXPECT_EQ(a["duration"], 45);
    EXPECT_EQ(a["type"], "follow-up");
    EXPECT_EQ(a["room"], "Room 2");
    EXPECT_EQ(a["status"], "booked");
    EXPECT_TRUE(a["series_id"].is_null());
}

TEST_F(CliAppointmentTest, ARepeatPrintsOneIdPerOccurrence)
{
    const auto r = as_sam({"appt", "add", jane, "--date", day(0), "--time", "10:00", "--repeat", "weekly",
                           "--on", "mon,thu", "--count", "8", "--every", "2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 8u);
    const auto list = json({"appt", "list", "--patient", jane});
    ASSERT_EQ(list.size(), 8u);
    EXPECT_EQ(list[0]["date"], day(0));
    EXPECT_EQ(list[1]["date"], day(3));
    EXPECT_EQ(list[2]["date"], day(14)); // every two weeks
    EXPECT_FALSE(list[0]["series_id"].is_null());
    for (const auto& a : list)
        EXPECT_EQ(a["series_id"], list[0]["series_id"]);
}

TEST_F(CliAppointmentTest, ConflictsGoToStandardErrorAndTheBookingIsStillMade)
{
    ASSERT_EQ(as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00"}).exit_code, 0);
    const auto r = as_sam({"appt", "add", mia, "--date", day(1), "--time", "09:30"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 1u) << "ids only on stdout";
    EXPECT_EQ(lines_starting(r.err, "conflict:"), 1) << r.err;
    EXPECT_NE(r.err.find("appointment 1"), std::string::npos) << r.err;
    // The same patient with another clinician at once.
    const auto twice = cli({"--clinician", ana, "appt", "add", jane, "--date", day(1), "--time", "09:15"});
    EXPECT_EQ(twice.exit_code, 0);
    EXPECT_GE(lines_starting(twice.err, "conflict:"), 1) << twice.err;
    EXPECT_EQ(appointments(), 3);
    // Outside the clinic's hours (a Saturday) and in the past are warned about too.
    const auto saturday = as_sam({"appt", "add", jane, "--date", day(5), "--time", "10:00"});
    EXPECT_EQ(saturday.exit_code, 0);
    EXPECT_NE(saturday.err.find("outside clinic hours"), std::string::npos) << saturday.err;
    const auto past = as_sam({"appt", "add", jane, "--date", "2001-06-04", "--time", "10:00"});
    EXPECT_EQ(past.exit_code, 0);
    EXPECT_NE(past.err.find("in the past"), std::string::npos) << past.err;
}

TEST_F(CliAppointmentTest, BadInputIsRefusedByNameAndChangesNothing)
{
    const std::vector<std::vector<std::string>> bad = {
        {"--date", day(1), "--time", "25:00"},
        {"--date", day(1), "--time", "09:61"},
        {"--date", day(1), "--time", "09:00", "--duration", "0"},
        {"--date", day(1), "--time", "09:00", "--duration", "-15"},
        {"--date", "2027-02-31", "--time", "09:00"},
        {"--date", day(1), "--time", "09:00", "--repeat", "weekly", "--count", "4"},
        {"--date", day(1), "--time", "09:00", "--repeat", "weekly", "--on", "", "--count", "4"},
        {"--date", day(1), "--time", "09:00", "--type", "massage"},
    };
    for (auto args : bad) {
        args.insert(args.begin(), {"appt", "add", jane});
        const auto r = as_sam(args);
        EXPECT_EQ(r.exit_code, 3) << args[4] << " " << args[6] << ": " << r.err;
        EXPECT_NE(r.err.find("invalid input:"), std::string::npos);
        EXPECT_EQ(r.out, "");
    }
    EXPECT_EQ(appointments(), 0);
    EXPECT_EQ(as_sam({"appt", "add", "999", "--date", day(1), "--time", "09:00"}).exit_code, 4);
    EXPECT_EQ(as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00", "--with", "99"}).exit_code, 4);
}

TEST_F(CliAppointmentTest, StatusAttendedOrDnaForAFutureAppointmentExits3)
{
    const auto future = trimmed(as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00"}).out);
    EXPECT_EQ(as_sam({"appt", "status", future, "attended"}).exit_code, 3);
    EXPECT_EQ(as_sam({"appt", "status", future, "dna"}).exit_code, 3);
    EXPECT_EQ(as_sam({"appt", "status", future, "cancelled"}).exit_code, 3) << "a reason is required";
    EXPECT_EQ(as_sam({"appt", "status", future, "maybe"}).exit_code, 3);
    const auto r = as_sam({"appt", "status", future, "cancelled", "--reason", "Rang to cancel"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const auto list = json({"appt", "list", "--patient", jane});
    EXPECT_EQ(list[0]["status"], "cancelled");
    EXPECT_EQ(list[0]["reason"], "Rang to cancel");

    const auto past = trimmed(as_sam({"appt", "add", jane, "--date", "2020-06-04", "--time", "09:00"}).out);
    EXPECT_EQ(as_sam({"appt", "status", past, "dna"}).exit_code, 0);
    EXPECT_EQ(json({"appt", "list", "--day", "2020-06-04"})[0]["status"], "dna");
    EXPECT_EQ(as_sam({"appt", "status", "999", "attended"}).exit_code, 4);
}

TEST_F(CliAppointmentTest, MoveChangesDateAndTimeAndWarns)
{
    const auto first = trimmed(as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00"}).out);
    const auto second = trimmed(as_sam({"appt", "add", mia, "--date", day(2), "--time", "11:00"}).out);
    const auto r = as_sam({"appt", "move", second, "--date", day(1), "--time", "09:15"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(trimmed(r.out), second);
    EXPECT_EQ(lines_starting(r.err, "conflict:"), 1) << r.err;
    const auto on_day = json({"appt", "list", "--day", day(1)});
    ASSERT_EQ(on_day.size(), 2u);
    EXPECT_EQ(on_day[1]["time"], "09:15");
    EXPECT_EQ(as_sam({"appt", "move", first, "--date", day(1), "--time", "24:00"}).exit_code, 3);
    EXPECT_EQ(json({"appt", "list", "--day", day(1)})[0]["time"], "09:00") << "unchanged";
}

TEST_F(CliAppointmentTest, ListFiltersByWeekClinicianAndPatient)
{
    as_sam({"appt", "add", jane, "--date", day(0), "--time", "09:00"});
    as_sam({"appt", "add", mia, "--date", day(6), "--time", "09:00"});
    cli({"--clinician", ana, "appt", "add", mia, "--date", day(2), "--time", "08:00"});
    as_sam({"appt", "add", jane, "--date", day(7), "--time", "09:00"});
    const auto week = json({"appt", "list", "--week", day(2)});
    ASSERT_EQ(week.size(), 3u);
    EXPECT_EQ(week[0]["date"], day(0));
    EXPECT_EQ(week[1]["date"], day(2));
    EXPECT_EQ(week[2]["date"], day(6));
    EXPECT_EQ(json({"appt", "list", "--week", day(2), "--with", ana}).size(), 1u);
    EXPECT_EQ(json({"appt", "list", "--week", day(2), "--patient", mia}).size(), 2u);
    EXPECT_EQ(json({"appt", "list", "--patient", jane}).size(), 2u);
    EXPECT_EQ(cli({"appt", "list", "--day", "2030-02-30"}).exit_code, 3);
    const auto text = cli({"appt", "list", "--week", day(2)});
    EXPECT_NE(text.out.find("Doe, Jane"), std::string::npos) << text.out;
}

TEST_F(CliAppointmentTest, AWeekPartlyOffTheCalendarIsInvalidInput)
{
    for (const char* date : {"9999-12-31", "9999-12-27", "1400-01-01", "1400-01-05"}) {
        for (const auto& r : {cli({"appt", "list", "--week", date}),
                              as_sam({"appt", "export-ics", "--week", date, "-o", dir.file("w.ics").string()})}) {
            EXPECT_EQ(r.exit_code, 3) << date << ": " << r.err;
            EXPECT_NE(r.err.find("week"), std::string::npos) << r.err;
            EXPECT_NE(r.err.find("9999-12-26"), std::string::npos) << r.err;
        }
    }
    EXPECT_EQ(cli({"appt", "list", "--week", "9999-12-26"}).exit_code, 0);
    EXPECT_EQ(cli({"appt", "list", "--week", "1400-01-06"}).exit_code, 0);
}

TEST_F(CliAppointmentTest, ExportIcsWritesTheClinicianWeekWithoutNames)
{
    as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00", "--room", "Room 2"});
    as_sam({"appt", "add", mia, "--date", day(3), "--time", "14:30", "--type", "review"});
    cli({"--clinician", ana, "appt", "add", mia, "--date", day(2), "--time", "08:00"});
    ASSERT_EQ(as_sam({"settings", "--time-zone", "Europe/London"}).exit_code, 0);
    const auto file = dir.file("week.ics").string();
    const auto r = cli({"appt", "export-ics", "--with", sam, "--week", day(2), "-o", file});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::ifstream in(file, std::ios::binary);
    const std::string ics((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
    std::size_t events = 0;
    for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1))
        ++events;
    EXPECT_EQ(events, 2u);
    EXPECT_NE(ics.find("DTSTART;TZID=Europe/London:" + compact(day(1)) + "T090000"), std::string::npos) << ics;
    EXPECT_EQ(ics.find("Doe"), std::string::npos);
    EXPECT_EQ(ics.find("Jane"), std::string::npos);
    EXPECT_EQ(ics.find("J.D."), std::string::npos);
    const auto with_initials = cli({"--clinician", sam, "appt", "export-ics", "--week", day(2), "-o", file,
                                    "--initials", "--force"}); // replacing the first export
    ASSERT_EQ(with_initials.exit_code, 0) << with_initials.err;
    std::ifstream again(file, std::ios::binary);
    const std::string named((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
    EXPECT_NE(named.find("J.D."), std::string::npos);
    EXPECT_EQ(named.find("Jane"), std::string::npos);
    EXPECT_EQ(cli({"appt", "export-ics", "--with", "99", "--week", day(2), "-o", file}).exit_code, 4);
}

TEST_F(CliAppointmentTest, SettingsShowAndChangeOpeningHours)
{
    ASSERT_EQ(as_sam({"settings", "--sat", "09:00-12:00"}).exit_code, 0);
    const auto s = json({"settings"});
    EXPECT_EQ(s["hours"]["sat"], "09:00-12:00");
    EXPECT_EQ(s["hours"]["sun"], "closed");
    const auto saturday = as_sam({"appt", "add", jane, "--date", day(5), "--time", "10:00"});
    EXPECT_EQ(saturday.err, "");
    EXPECT_EQ(as_sam({"settings", "--mon", "9-5"}).exit_code, 3);
    EXPECT_EQ(as_sam({"settings", "--time-zone", "Nowhere/Atall"}).exit_code, 3);
}

TEST_F(CliAppointmentTest, DemoBooksAppointmentsConsistentWithTheNotes)
{
    ASSERT_EQ(cli({"demo", "--patients", "15", "--seed", "2"}).exit_code, 0);
    SQLite::Database raw(db);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM session_notes WHERE appointment_id IS NULL").getInt(), 0);
    EXPECT_GT(raw.execAndGet("SELECT count(*) FROM appointments WHERE status = 'booked'").getInt(), 0);
}

TEST_F(CliAppointmentTest, ReportBatchForThePatientsWithAnAppointmentThatDay)
{
    const auto ben = add_patient_as(sam, "Poe", "Ben", "1970-05-06");
    as_sam({"appt", "add", jane, "--date", day(1), "--time", "09:00"});
    as_sam({"appt", "add", mia, "--date", day(1), "--time", "10:00"});
    const auto cancelled = trimmed(as_sam({"appt", "add", ben, "--date", day(1), "--time", "11:00"}).out);
    as_sam({"appt", "status", cancelled, "cancelled", "--reason", "Unwell"});
    as_sam({"appt", "add", ben, "--date", day(2), "--time", "11:00"});
    const auto out = dir.file("reports").string();
    const auto r = json({"report", "batch", "--out-dir", out, "--appointments-on", day(1)});
    EXPECT_EQ(r["files"].size(), 2u) << r.dump();
    const auto only_mia = json({"report", "batch", "--out-dir", out, "--appointments-on", day(1), "--patients",
                                mia + "," + ben, "--force"}); // replacing Mia's first report
    EXPECT_EQ(only_mia["files"].size(), 1u) << only_mia.dump();
    EXPECT_EQ(cli({"report", "batch", "--out-dir", out, "--appointments-on", "2027-13-01"}).exit_code, 3);
}

TEST_F(CliAppointmentTest, HostileTextInRoomNoteAndReasonIsStoredVerbatimOrRefusedByName)
{
    const std::vector<std::string> kept = {"'); DROP TABLE appointments;--", "%s%n%x%p", "abc\u202Eevil",
                                           "\"quoted\" \\ back"};
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const auto& text = kept[i];
        const auto time = "1" + std::to_string(i) + ":00";
        auto r = as_sam({"appt", "add", jane, "--date", day(1), "--time", time, "--room", text, "--note", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const auto id = trimmed(r.out);
        r = as_sam({"appt", "status", id, "cancelled", "--reason", text});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    const auto list = json({"appt", "list", "--patient", jane});
    ASSERT_EQ(list.size(), kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(list[i]["room"], kept[i]);
        EXPECT_EQ(list[i]["note"], kept[i]);
        EXPECT_EQ(list[i]["reason"], kept[i]);
    }
    EXPECT_EQ(cli({"appt", "list", "--patient", jane}).exit_code, 0) << "the text table shows them too";

    // Refused by name: invalid UTF-8, control characters in a one-line field, 100,000 characters.
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused = {
        {{"--room", "bad \xff byte"}, "room: is not valid UTF-8 text"},
        {{"--room", "bell \a here"}, "room: must not contain control characters"},
        {{"--note", std::string(100000, 'x')}, "note: is 100000 characters long"}, // argv holds 128 KB at most
    };
    for (const auto& [options, message] : refused) {
        std::vector<std::string> args = {"appt", "add", jane, "--date", day(2), "--time", "09:00"};
        args.insert(args.end(), options.begin(), options.end());
        const auto r = as_sam(args);
        EXPECT_EQ(r.exit_code, 3) << message;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err.substr(0, 300);
    }
    const auto first = list[0]["id"].get<std::int64_t>();
    const auto r = as_sam({"appt", "status", std::to_string(first), "cancelled", "--reason", "bad \xfe"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(json({"appt", "list", "--patient", jane}).size(), kept.size()) << "nothing refused was saved";
}

TEST_F(CliAppointmentTest, TheClinicsDetailsAndPaperAreInItsReports)
{
    ASSERT_EQ(as_sam({"settings", "--clinic-name", "Harbour Lane Pelvic Health", "--address",
                      "Unit 4, 12 Harbour Lane\\nPortsmouth", "--phone", "023 9200 0000", "--paper", "letter"})
                  .exit_code,
              0);
    const auto s = json({"settings"});
    EXPECT_EQ(s["clinic"]["name"], "Harbour Lane Pelvic Health");
    EXPECT_EQ(s["clinic"]["address"], "Unit 4, 12 Harbour Lane\nPortsmouth");
    EXPECT_EQ(s["clinic"]["paper"], "letter");
    const auto pdf = dir.file("note.pdf").string();
    const auto note = trimmed(as_sam({"note", "add", jane, "--date", "2026-11-20", "--time", "09:00", "--duration",
                                      "30", "--subjective", "Comfortable."})
                                  .out);
    ASSERT_EQ(cli({"report", "note", note, "-o", pdf}).exit_code, 0);
    std::ifstream in(pdf, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(bytes.find("/MediaBox [ 0 0 612 792 ]"), std::string::npos) << "US Letter by default now";
    // Bad values change nothing, and every broken rule is named at once.
    const auto bad = as_sam({"settings", "--paper", "a5", "--sun", "9-5", "--clinic-name", "bell \a"});
    EXPECT_EQ(bad.exit_code, 3);
    EXPECT_NE(bad.err.find("paper:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("sun:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("clinic-name:"), std::string::npos) << bad.err;
    EXPECT_EQ(json({"settings"})["clinic"]["paper"], "letter");
}
