#include "services/session_notes.h"

#include "core/note_defaults.h"
#include "services/appointment_links.h"
#include "services/flag_raising.h"
#include "services/record_lookup.h"
#include "store/row_mapping.h"

#include <fmt/format.h>

#include <ctime>

namespace fc {

namespace {
SessionNote existing_note(Clinic::Impl& impl, std::int64_t note_id)
{
    auto n = impl.notes.find(note_id);
    if (!n)
        throw NotFound(fmt::format("session note {} not found", note_id));
    return *n;
}

std::string local_time_now()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return fmt::format("{:02d}:{:02d}", tm.tm_hour, tm.tm_min);
}

Conflict stale(std::int64_t note_id)
{
    return Conflict(fmt::format("session note {} was changed by someone else since it was loaded; reload it and "
                                "make the change again",
                                note_id));
}
} // namespace

std::int64_t SessionNotes::clinician()
{
    return acting_clinician(actor_);
}

SessionNote SessionNotes::add_draft(std::int64_t patient_id, NoteForm form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] { return insert_draft(impl, patient_id, std::move(form), by); });
}

SessionNote SessionNotes::insert_draft(Clinic::Impl& impl, std::int64_t patient_id, NoteForm form, std::int64_t by)
{
    if (form.start.empty())
        form.start = local_time_now();
    const auto patient = existing_patient(impl, patient_id);
    if (form.duration.empty() && (form.attendance.empty() || form.attendance == "attended")) {
        const auto plan = active_plan_version(impl, patient_id);
        form.duration =
            next_note_form(impl.notes.for_patient(patient_id), plan ? &plan->plan : nullptr, clinic_.today()).duration;
    }
    auto note = note_from_form(form, recording_context(impl, patient, clinic_.today()));
    note.patient_id = patient_id;
    note.clinician_id = by;
    check_appointment_link(impl, note);
    note.id = impl.notes.insert(note);
    note.version = 1;
    impl.audit.append(by, "create", "note", note.id, fmt::format("patient {}; draft", patient_id));
    record_on_appointment(impl, note, std::nullopt, by);
    return note;
}

SessionNote SessionNotes::edit_draft(std::int64_t note_id, const NoteForm& form, std::int64_t expected_version)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        const auto current = existing_note(impl, note_id);
        return update_draft(impl, current, form, expected_version, by);
    });
}

SessionNote SessionNotes::update_draft(Clinic::Impl& impl, const SessionNote& current, const NoteForm& form,
                                       std::int64_t expected_version, std::int64_t by)
{
    require_draft(current, "edit");
    if (current.version != expected_version)
        throw stale(current.id);
    const auto patient = existing_patient(impl, current.patient_id);
    auto note = edited_note(current, form, recording_context(impl, patient, clinic_.today()));
    check_appointment_link(impl, note);
    if (!impl.notes.update(note))
        throw stale(current.id);
    ++note.version;
    impl.audit.append(by, "update", "note", current.id, "draft edited");
    record_on_appointment(impl, note, current.appointment_id, by);
    return note;
}

DraftSaved SessionNotes::save_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id,
                                     const NoteForm& form, std::int64_t expected_version)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        existing_patient(impl, patient_id);
        DraftSaved result;
        const auto keep_aside = [&] {
            impl.note_typing.put(NoteTyping{patient_id, by, note_id, note_id ? expected_version : 0, form, {}});
        };
        std::optional<SessionNote> current;
        if (note_id) {
            current = existing_note(impl, *note_id);
            if (current->patient_id != patient_id)
                throw NotFound(fmt::format("session note {} is not a note of patient {}", *note_id, patient_id));
            if (current->is_signed() || current->version != expected_version) {
                result.note = current;
                result.stale = true;
                result.problems.push_back({"note", current->is_signed() ? "signed" : "stale",
                                           current->is_signed() ? "it was signed meanwhile; add what is new as an "
                                                                  "addendum"
                                                                : "it was changed elsewhere meanwhile"});
                keep_aside();
                return result;
            }
        }
        // The rules are checked before anything is written, so a refusal leaves nothing half done.
        try {
            result.note = current ? update_draft(impl, *current, form, expected_version, by)
                                  : insert_draft(impl, patient_id, form, by);
        } catch (const InvalidInput& e) {
            result.note = current;
            result.problems = e.errors();
            keep_aside();
            return result;
        }
        impl.note_typing.remove(patient_id, by, note_id);
        return result;
    });
}

std::optional<NoteTyping> SessionNotes::kept_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id)
{
    const auto by = note_id ? actor_.clinician_id.value_or(0) : clinician();
    auto& impl = clinic_.impl();
    return impl.read([&] { return impl.note_typing.find(patient_id, by, note_id); });
}

void SessionNotes::discard_typing(std::int64_t patient_id, std::optional<std::int64_t> note_id)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    impl.write([&] { impl.note_typing.remove(patient_id, by, note_id); });
}

SignedNote SessionNotes::sign(std::int64_t note_id)
{
    return sign_if(note_id, std::nullopt);
}

SignedNote SessionNotes::sign(std::int64_t note_id, std::int64_t expected_version)
{
    return sign_if(note_id, expected_version);
}

SignedNote SessionNotes::sign_if(std::int64_t note_id, std::optional<std::int64_t> expected_version)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        const auto current = existing_note(impl, note_id);
        if (expected_version && !current.is_signed() && current.version != *expected_version)
            throw stale(note_id);
        auto note = signed_note(current, by, store::utc_now_iso());
        if (!impl.notes.update(note))
            throw stale(note_id);
        ++note.version;
        impl.audit.append(by, "sign", "note", note_id, fmt::format("patient {}", note.patient_id));
        auto flags = raise_new_flags(impl, note.patient_id, by, [&](const auto& ctx, const auto& settings) {
            return flags_for_note(note, ctx, settings);
        });
        return SignedNote{std::move(note), std::move(flags)};
    });
}

std::vector<RedFlag> SessionNotes::flags_if_signed(std::int64_t note_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        auto note = existing_note(impl, note_id);
        if (!note.is_signed()) {
            note.status = NoteStatus::Signed;
            note.signed_by = actor_.clinician_id.value_or(note.clinician_id);
            note.signed_at = store::utc_now_iso();
        }
        const auto ctx = red_flag_context(impl, note.patient_id);
        return flags_not_yet_raised(flags_for_note(note, ctx, impl.red_flags.settings()),
                                    impl.red_flags.keys_for_patient(note.patient_id));
    });
}

Addendum SessionNotes::add_addendum(std::int64_t note_id, const AddendumForm& form)
{
    const auto by = clinician();
    auto& impl = clinic_.impl();
    return impl.write([&] {
        const auto note = existing_note(impl, note_id);
        auto a = addendum_from_form(form, note, by, store::utc_now_iso());
        a.id = impl.notes.insert_addendum(a);
        impl.audit.append(by, "create", "addendum", a.id, fmt::format("note {}", note_id));
        return a;
    });
}

NoteWithAddenda SessionNotes::get(std::int64_t note_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        NoteWithAddenda n{existing_note(impl, note_id), {}};
        n.addenda = impl.notes.addenda(note_id);
        return n;
    });
}

std::vector<SessionNote> SessionNotes::for_patient(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing_patient(impl, patient_id);
        return impl.notes.for_patient(patient_id);
    });
}

NoteForm SessionNotes::new_note_form(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] {
        existing_patient(impl, patient_id);
        const auto plan = active_plan_version(impl, patient_id);
        return next_note_form(impl.notes.for_patient(patient_id), plan ? &plan->plan : nullptr, clinic_.today());
    });
}

RecordingContext SessionNotes::note_rules(std::int64_t patient_id)
{
    auto& impl = clinic_.impl();
    return impl.read([&] { return recording_context(impl, existing_patient(impl, patient_id), clinic_.today()); });
}

} // namespace fc
