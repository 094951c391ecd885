#include "core/session_note.h"

#include "core/enum_ids.h"
#include "core/field_values.h"
#include "core/text.h"

#include <fmt/format.h>

#include <array>

namespace fc {

namespace {
struct Named {
    std::string_view id;
    std::string_view label;
};
constexpr std::array<Named, 4> type_info = {
    {{"initial", "Initial assessment"}, {"follow-up", "Follow-up"}, {"review", "Review"}, {"discharge", "Discharge"}}};
constexpr std::array<std::string_view, 3> attendance_ids = {"attended", "cancelled", "did-not-attend"};
constexpr std::array<Named, 4> screening_info = {{{"bowel-change", "Change in bowel habit"},
                                                  {"weight-loss", "Unexplained weight loss"},
                                                  {"night-pain", "Night pain"},
                                                  {"fever", "Fever"}}};
constexpr std::array<std::string_view, 2> status_ids = {"draft", "signed"};

template <typename Enum, typename Table, typename Parse>
Enum one_of_or(FieldCheck& check, std::string_view field, const std::string& value, const Table& table, Parse parse,
               Enum fallback)
{
    if (text::trim(value).empty())
        return fallback;
    std::vector<std::string_view> ids;
    for (const auto& entry : table)
        ids.push_back(enum_ids::id_of(entry));
    const auto id = check.one_of(field, value, ids);
    return id.empty() ? fallback : *parse(id);
}

void read_screening(const NoteForm& f, SessionNote& n, FieldCheck& check)
{
    for (const auto& entry : f.screening)
        for (const auto& item : comma_items(entry)) {
            if (const auto q = parse_screening_question(text::to_lower_ascii(item)))
                n.screening.insert(*q);
            else
                check.fail("screening", "one-of",
                           fmt::format("{}is not a screening question; must be one of: bowel-change, weight-loss, "
                                       "night-pain, fever",
                                       quoted_for_message(item)));
        }
    n.screened = f.screened || !n.screening.empty();
}

SessionNote validate(const NoteForm& f, const RecordingContext& ctx, FieldCheck& check)
{
    SessionNote n;
    n.appointment_id = record_id(check, "appointment", f.appointment, false);
    n.date = record_date(check, "date", f.date, ctx).value_or(ctx.today);
    n.start = time_of_day(check, "start", f.start, true).value_or(TimeOfDay{});
    n.type = one_of_or(check, "type", f.type, type_info, parse_appointment_type, AppointmentType::FollowUp);
    n.attendance = one_of_or(check, "attendance", f.attendance, attendance_ids, parse_attendance, Attendance::Attended);
    const bool attended = n.attendance == Attendance::Attended;
    n.duration_min = whole_number(check, "duration", f.duration,
                                  NumberRule{.min = 1, .max = max_session_minutes, .unit = "minutes"});
    if (attended && text::trim(f.duration).empty())
        check.fail("duration", "required", "is required for an attended session (minutes)");

    const TextRule soap{.max_length = max_soap_length, .multiline = true};
    n.subjective = check.text("subjective", f.subjective, soap);
    n.objective = check.text("objective", f.objective, soap);
    n.assessment = check.text("assessment", f.assessment, soap);
    n.plan = check.text("plan", f.plan, soap);
    n.next_steps =
        check.text("next-steps", f.next_steps, TextRule{.max_length = max_next_steps_length, .multiline = true});

    n.measures = read_measures(check, f.measures, ctx.set ? &*ctx.set : nullptr);
    n.symptoms = f.symptoms;
    read_screening(f, n, check);
    n.consent_internal = f.consent_internal;
    n.chaperone_offered = f.chaperone_offered;
    n.chaperone_present = f.chaperone_present;
    if (n.chaperone_present && !n.chaperone_offered)
        check.fail("chaperone-offered", "chaperone-consistency", "must be set when a chaperone was present");

    const bool recorded = n.measures.any() || n.symptoms.any() || n.consent_internal || n.chaperone_present;
    if (!attended && recorded)
        check.fail("attendance", "not-attended",
                   fmt::format("is {}, but measures, symptoms or consent were recorded; record them only for a "
                               "session that took place",
                               to_string(n.attendance)));
    return n;
}
} // namespace

std::string_view to_string(AppointmentType t)
{
    return type_info[static_cast<std::size_t>(t)].id;
}
std::optional<AppointmentType> parse_appointment_type(std::string_view id)
{
    return enum_ids::parse_id<AppointmentType>(type_info, id);
}
std::string_view label(AppointmentType t)
{
    return type_info[static_cast<std::size_t>(t)].label;
}

std::string_view to_string(Attendance a)
{
    return attendance_ids[static_cast<std::size_t>(a)];
}
std::optional<Attendance> parse_attendance(std::string_view id)
{
    return enum_ids::parse_id<Attendance>(attendance_ids, id);
}

std::string_view to_string(ScreeningQuestion q)
{
    return screening_info[static_cast<std::size_t>(q)].id;
}
std::optional<ScreeningQuestion> parse_screening_question(std::string_view id)
{
    return enum_ids::parse_id<ScreeningQuestion>(screening_info, id);
}
std::string_view label(ScreeningQuestion q)
{
    return screening_info[static_cast<std::size_t>(q)].label;
}

std::string_view to_string(NoteStatus s)
{
    return status_ids[static_cast<std::size_t>(s)];
}
std::optional<NoteStatus> parse_note_status(std::string_view id)
{
    return enum_ids::parse_id<NoteStatus>(status_ids, id);
}

NoteForm NoteForm::from(const SessionNote& n)
{
    NoteForm f{.appointment = n.appointment_id ? std::to_string(*n.appointment_id) : std::string(),
               .date = to_iso(n.date),
               .start = to_iso(n.start),
               .duration = form_text(n.duration_min),
               .type = std::string(to_string(n.type)),
               .attendance = std::string(to_string(n.attendance)),
               .subjective = n.subjective,
               .objective = n.objective,
               .assessment = n.assessment,
               .plan = n.plan,
               .measures = MeasuresForm::from(n.measures),
               .symptoms = n.symptoms,
               .screened = n.screened,
               .consent_internal = n.consent_internal,
               .chaperone_offered = n.chaperone_offered,
               .chaperone_present = n.chaperone_present,
               .next_steps = n.next_steps};
    for (const auto q : n.screening)
        f.screening.emplace_back(to_string(q));
    return f;
}

std::vector<FieldError> check_note_form(const NoteForm& form, const RecordingContext& ctx)
{
    FieldCheck check;
    validate(form, ctx, check);
    return check.errors();
}

SessionNote note_from_form(const NoteForm& form, const RecordingContext& ctx)
{
    FieldCheck check;
    auto n = validate(form, ctx, check);
    check.throw_if_failed();
    return n;
}

void require_draft(const SessionNote& note, std::string_view doing)
{
    if (!note.is_signed())
        return;
    throw Conflict(fmt::format("session note {} of {} was signed by clinician {} at {} and cannot {}; a signed "
                               "note is never changed, only amended by an addendum",
                               note.id, to_iso(note.date), note.signed_by.value_or(0), note.signed_at, doing));
}

SessionNote edited_note(const SessionNote& note, const NoteForm& form, const RecordingContext& ctx)
{
    require_draft(note, "be edited");
    auto out = note_from_form(form, ctx);
    out.id = note.id;
    out.patient_id = note.patient_id;
    out.clinician_id = note.clinician_id;
    out.version = note.version;
    return out;
}

SessionNote signed_note(const SessionNote& note, std::int64_t clinician_id, std::string_view at)
{
    require_draft(note, "be signed again");
    if (clinician_id <= 0)
        throw ClinicianRequired("signing a session note needs the clinician who signs it");
    if (!is_utc_instant(at))
        throw InvalidInput(
            FieldError{"signed-at", "instant-format",
                       fmt::format("{}is not a UTC instant in the form YYYY-MM-DDTHH:MM:SSZ", quoted_for_message(at))});
    auto out = note;
    out.status = NoteStatus::Signed;
    out.signed_by = clinician_id;
    out.signed_at = std::string(at);
    return out;
}

} // namespace fc
