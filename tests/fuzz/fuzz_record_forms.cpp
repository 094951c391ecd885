// The patient, session-note and home-log forms as typed: checking them never crashes, and a
// form the check passes is converted without throwing.
#include "core/home_log.h"
#include "core/patient.h"
#include "core/session_note.h"
#include "fuzz_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto f = fc::fuzz::fields(data + 1, size - 1, 20);
    const fc::Date today(2026, 11, 25);
    switch (data[0] % 3) {
    case 0: {
        const fc::PatientForm p{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13]};
        fc::check_patient_form(p, today);
        break;
    }
    case 1: {
        fc::NoteForm n;
        n.appointment = f[0];
        n.date = f[1];
        n.start = f[2];
        n.duration = f[3];
        n.type = f[4];
        n.attendance = f[5];
        n.subjective = f[6];
        n.measures = fc::MeasuresForm{f[7], f[8], f[9], f[10], f[11], f[12], f[13], f[14], f[15], f[16], f[17]};
        n.screening = {f[18]};
        n.next_steps = f[19];
        const fc::RecordingContext ctx{fc::Date(1980, 1, 1), today, fc::standard_dilator_set()};
        if (fc::check_note_form(n, ctx).empty())
            fc::note_from_form(n, ctx);
        break;
    }
    default: {
        const fc::HomeLogForm h{f[0], f[1], f[2], f[3], f[4], !f[5].empty(), f[6]};
        const fc::RecordingContext ctx{fc::Date(1980, 1, 1), today, std::nullopt};
        if (fc::check_home_log_form(h, ctx).empty())
            fc::home_log_from_form(h, ctx);
        break;
    }
    }
    return 0;
}
