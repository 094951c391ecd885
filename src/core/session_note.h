#pragma once
// The record of one appointment (DOMAIN.md "What a session note records"). A note is a draft
// until its clinician signs it; a signed note is never edited, only amended by addenda.
#include "core/date.h"
#include "core/errors.h"
#include "core/session_measures.h"
#include "core/time_of_day.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

enum class AppointmentType { Initial, FollowUp, Review, Discharge }; // initial|follow-up|review|discharge
std::string_view to_string(AppointmentType t);
std::optional<AppointmentType> parse_appointment_type(std::string_view id);
std::string_view label(AppointmentType t); // "Initial assessment"

enum class Attendance { Attended, Cancelled, DidNotAttend }; // attended|cancelled|did-not-attend
std::string_view to_string(Attendance a);
std::optional<Attendance> parse_attendance(std::string_view id);

// General-practice screening questions answered "yes" (each is a red flag).
enum class ScreeningQuestion { BowelChange, WeightLoss, NightPain, Fever }; // bowel-change|weight-loss|night-pain|fever
inline constexpr ScreeningQuestion all_screening_questions[] = {ScreeningQuestion::BowelChange,
                                                                ScreeningQuestion::WeightLoss,
                                                                ScreeningQuestion::NightPain, ScreeningQuestion::Fever};
std::string_view to_string(ScreeningQuestion q);
std::optional<ScreeningQuestion> parse_screening_question(std::string_view id);
std::string_view label(ScreeningQuestion q); // "Change in bowel habit"

enum class NoteStatus { Draft, Signed }; // draft|signed
std::string_view to_string(NoteStatus s);
std::optional<NoteStatus> parse_note_status(std::string_view id);

struct SessionNote {
    std::int64_t id = 0;
    std::int64_t patient_id = 0;
    std::int64_t clinician_id = 0;
    std::int64_t version = 0;
    std::optional<std::int64_t> appointment_id;
    Date date;
    TimeOfDay start;
    std::optional<int> duration_min; // required when attended
    AppointmentType type = AppointmentType::FollowUp;
    Attendance attendance = Attendance::Attended;
    std::string subjective;
    std::string objective;
    std::string assessment;
    std::string plan;
    Measures measures;
    Symptoms symptoms;
    bool screened = false;                 // the screening questions were asked
    std::set<ScreeningQuestion> screening; // those answered yes
    bool consent_internal = false;         // consent for internal examination
    bool chaperone_offered = false;
    bool chaperone_present = false;
    std::string next_steps;
    NoteStatus status = NoteStatus::Draft;
    std::optional<std::int64_t> signed_by; // clinician id
    std::string signed_at;                 // UTC, 2026-11-25T10:05:00Z

    bool is_signed() const { return status == NoteStatus::Signed; }
};

// Raw fields as typed; names are the CLI's without dashes: appointment, date, start, duration,
// type, attendance, subjective, objective, assessment, plan, next-steps, screening (repeatable);
// flags: screened, consent-internal, chaperone-offered, chaperone-present and the symptoms
// bleeding, sharp-pain, burning, soreness-24h, worsening, distress.
struct NoteForm {
    std::string appointment; // appointment id, optional
    std::string date;        // empty: today
    std::string start;       // HH:MM, required
    std::string duration;    // minutes; required when attended
    std::string type;        // empty: follow-up
    std::string attendance;  // empty: attended
    std::string subjective;
    std::string objective;
    std::string assessment;
    std::string plan;
    MeasuresForm measures;
    Symptoms symptoms;
    bool screened = false;
    std::vector<std::string> screening; // ids answered yes; each may hold a comma list
    bool consent_internal = false;
    bool chaperone_offered = false;
    bool chaperone_present = false;
    std::string next_steps;

    static NoteForm from(const SessionNote& note);
};

inline constexpr std::size_t max_soap_length = 20000; // characters, per SOAP field
inline constexpr std::size_t max_next_steps_length = 4000;
inline constexpr int max_session_minutes = 480;

// Every broken rule. Rules beyond the common ones: start "time-format"; duration "range" (1 to
// 480 minutes); attendance "not-attended" (measures, symptoms or consent on a session that did
// not happen); chaperone-offered "chaperone-consistency"; screening "one-of".
std::vector<FieldError> check_note_form(const NoteForm& form, const RecordingContext& ctx);
// A new draft note (ids left for the caller). Throws InvalidInput.
SessionNote note_from_form(const NoteForm& form, const RecordingContext& ctx);
// `note` with the form's fields, its ids and status kept. Conflict when the note is signed;
// InvalidInput for a broken rule.
SessionNote edited_note(const SessionNote& note, const NoteForm& form, const RecordingContext& ctx);
// `note` signed by `clinician_id` at the UTC instant `at`. Conflict when it is already signed;
// ClinicianRequired without a clinician; InvalidInput (field "signed-at") for a malformed instant.
SessionNote signed_note(const SessionNote& note, std::int64_t clinician_id, std::string_view at);
// Throws Conflict when `note` is signed; `doing` names the refused action ("edit").
void require_draft(const SessionNote& note, std::string_view doing);

} // namespace fc
