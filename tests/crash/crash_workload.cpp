#include "crash_workload.h"

#include "services/appointments.h"
#include "services/clinician_directory.h"
#include "services/home_log_book.h"
#include "services/patient_records.h"
#include "services/session_notes.h"
#include "services/therapy_plans.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <random>
#include <unistd.h>

namespace fc::test {

namespace {
// Appends a line and waits for it to reach the disk, so the journal never claims more than
// was reported complete.
class Journal {
public:
    explicit Journal(const std::filesystem::path& p) : fd_(::open(p.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600)) {}
    ~Journal() { ::close(fd_); }
    void note(const std::string& line)
    {
        const auto text = line + "\n";
        if (::write(fd_, text.data(), text.size()) < 0)
            _exit(3);
        ::fdatasync(fd_);
    }

private:
    int fd_;
};
} // namespace

void visit_clinic(const std::filesystem::path& clinic_path, const std::filesystem::path& journal_path,
                  const std::string& name)
{
    Clinic clinic(clinic_path, false);
    Journal journal(journal_path);
    const auto clinicians = ClinicianDirectory(clinic).list(false);
    const Actor actor{clinicians.front().id, clinicians.front().name};
    PatientForm f;
    f.family = name;
    f.given = "Visitor";
    f.dob = "1975-03-03";
    const auto p = PatientRecords(clinic, actor).add(f);
    journal.note(fmt::format("visitor {} {}", p.id, p.family_name));
}

int run_crash_workload(const std::filesystem::path& clinic_path, const std::filesystem::path& journal_path,
                       unsigned seed, int ready_fd, int go_fd)
{
    Clinic clinic(clinic_path);
    // The app's second connection (the patient list's background search), opened once the first
    // one is: opening it must not drop the first one's locks on the file.
    Clinic search(clinic_path, false);
    Journal journal(journal_path);
    auto clinicians = ClinicianDirectory(clinic).list(false);
    if (clinicians.empty())
        clinicians.push_back(ClinicianDirectory(clinic).add({"Harriet Ashdown", "", ""}, Actor::nobody()));
    const Actor actor{clinicians.front().id, clinicians.front().name};
    PatientRecords records(clinic, actor);
    SessionNotes notes(clinic, actor);
    HomeLogBook log(clinic, actor);
    TherapyPlans plans(clinic, actor);
    Appointments diary(clinic, actor);
    std::mt19937 rnd(seed);
    if (ready_fd >= 0) {
        const char ready = 'r';
        if (write(ready_fd, &ready, 1) != 1)
            return 3;
        close(ready_fd);
    }
    if (go_fd >= 0) { // the visitor comes and goes while the connections are open, before any write
        char go = 0;
        if (read(go_fd, &go, 1) != 1)
            return 3;
        close(go_fd);
    }

    for (int i = 0;; ++i) {
        PatientForm f;
        f.family = fmt::format("Crash{}-{}", seed, i);
        f.given = "Ødegaard";
        f.dob = "1980-05-05";
        const auto p = records.add(f);
        journal.note(fmt::format("patient {} {}", p.id, p.family_name));

        // A weekly series from today; the first is recorded by a note, another one is moved.
        const auto today = clinic.today();
        const auto series =
            diary.book(p.id, AppointmentForm{.date = to_iso(today), .time = "10:00", .repeat = "weekly",
                                             .on = std::string(to_string(weekday_of(today))), .count = "4"});
        for (const auto& a : series.appointments)
            journal.note(fmt::format("appointment {} booked", a.id));
        const auto first = series.appointments.front();
        const auto note = notes.add_draft(p.id, diary.note_form(first.id));
        journal.note(fmt::format("appointment {} attended", first.id));
        journal.note(fmt::format("note {} draft", note.id));
        const auto third = series.appointments[2];
        const int hour = 8 + static_cast<int>(rnd() % 9);
        diary.move(third.id, third.date, TimeOfDay::at(hour, 0), third.version);
        journal.note(fmt::format("appointment {} moved-{:02}:00", third.id, hour));
        if (rnd() % 3 == 0) {
            const auto pr = records.add_precaution(p.id, {"fissure", "crash test", ""});
            journal.note(fmt::format("precaution {}", pr.id));
        }
        const auto plan = plans.add(p.id, PlanForm{.title = "Crash plan"});
        ComponentForm c;
        c.kind = "pfmt";
        plans.add_component(plan.id, c, {});
        for (int k = 0; k < 3; ++k) {
            NoteForm n;
            n.start = "09:00";
            n.duration = "30";
            n.subjective = std::string(200 + rnd() % 2000, 'x');
            const auto draft = notes.add_draft(p.id, n);
            if (rnd() % 4 != 0) {
                notes.sign(draft.id);
                journal.note(fmt::format("note {} signed", draft.id));
            } else {
                journal.note(fmt::format("note {} draft", draft.id));
            }
        }
        const auto e = log.add(p.id, HomeLogForm{.minutes = std::to_string(rnd() % 60)}).entry;
        journal.note(fmt::format("homelog {} {}", e.id, *e.minutes));
        PatientRecords(search, Actor::nobody()).search(PatientQuery{.text = "crash", .limit = 20});

    }
}

} // namespace fc::test
