#pragma once
// Private to src/services: the store behind a Clinic, and the one way use cases write:
// one IMMEDIATE transaction that commits all or nothing, SQLite errors turned into the clinic's.
#include "services/clinic.h"
#include "store/appointment_repository.h"
#include "store/audit_log.h"
#include "store/clinic_file.h"
#include "store/clinic_settings.h"
#include "store/clinician_repository.h"
#include "store/condition_repository.h"
#include "store/dilator_set_repository.h"
#include "store/home_log_repository.h"
#include "store/note_typing_repository.h"
#include "store/output_file.h"
#include "store/patient_repository.h"
#include "store/plan_repository.h"
#include "store/precaution_repository.h"
#include "store/red_flag_repository.h"
#include "store/session_note_repository.h"
#include "store/sqlite_errors.h"

#include <SQLiteCpp/Transaction.h>

namespace fc {

struct Clinic::Impl {
    explicit Impl(const std::filesystem::path& path, bool create)
        : file(path, store::OpenOptions{.create_if_missing = create})
    {
    }

    store::ClinicFile file;
    store::ClinicianRepository clinicians{file.db()};
    store::PatientRepository patients{file.db()};
    store::PrecautionRepository precautions{file.db()};
    store::ConditionRepository conditions{file.db()};
    store::ConsentRepository consents{file.db()};
    store::AuditLog audit{file.db()};
    store::DilatorSetRepository dilator_sets{file.db()};
    store::PlanRepository plans{file.db()};
    store::SessionNoteRepository notes{file.db()};
    store::HomeLogRepository home_log{file.db()};
    store::NoteTypingRepository note_typing{file.db()};
    store::RedFlagRepository red_flags{file.db()};
    store::AppointmentRepository appointments{file.db()};
    store::ClinicSettings settings{file.db()};
    std::function<Date()> today;

    // The one way use cases write: refused for a backup or a damaged file (the full check runs
    // before this process's first write), then one IMMEDIATE transaction, run again from the start
    // while other writers keep the file busy.
    template <class F>
    decltype(auto) write(F&& f)
    {
        return store::translating_errors(file.path(), [&]() -> decltype(auto) {
            file.prepare_write();
            return store::retrying_while_busy([&]() -> decltype(auto) {
                SQLite::Transaction tx(file.db(), SQLite::TransactionBehavior::IMMEDIATE);
                if constexpr (std::is_void_v<decltype(f())>) {
                    f();
                    tx.commit();
                } else {
                    auto result = f();
                    tx.commit();
                    return result;
                }
            });
        });
    }

    template <class F>
    decltype(auto) read(F&& f)
    {
        return store::translating_errors(file.path(), std::forward<F>(f));
    }
};

// A file to write for the clinician (a report, a calendar file, a backup) that may never replace the
// clinic file, its companions or its backups (store/output_file.h). In clinic_backups.cpp, beside
// backup_folder.
store::OutputTarget output_target(const Clinic& clinic, const std::filesystem::path& file, ExistingFile existing);

} // namespace fc
