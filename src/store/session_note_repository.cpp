#include "store/session_note_repository.h"

#include "store/row_mapping.h"
#include "store/stored_values.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace fc::store {

namespace {

// One column per measure and per symptom, in the order of the table; reading and writing both
// walk these lists, so the two can never disagree.
struct MeasureColumn {
    const char* name;
    std::optional<int> Measures::*field;
};
constexpr MeasureColumn measure_columns[] = {
    {"pain_during", &Measures::pain_during},   {"pain_after", &Measures::pain_after},
    {"comfort", &Measures::comfort},           {"dilator_mm", &Measures::dilator_mm},
    {"minutes_held", &Measures::minutes_held}, {"oxford", &Measures::oxford},
    {"perfect_p", &Measures::perfect_power},   {"perfect_e", &Measures::perfect_endurance_s},
    {"perfect_r", &Measures::perfect_reps},    {"perfect_f", &Measures::perfect_fast},
    {"bristol", &Measures::bristol}};

struct SymptomColumn {
    const char* name;
    bool Symptoms::*field;
};
constexpr SymptomColumn symptom_columns[] = {
    {"bleeding", &Symptoms::bleeding},   {"sharp_pain", &Symptoms::sharp_pain},
    {"burning", &Symptoms::burning},     {"soreness_24h", &Symptoms::soreness_over_24h},
    {"worsening", &Symptoms::worsening}, {"distress", &Symptoms::distress}};

constexpr const char* leading_columns[] = {"patient_id", "clinician_id", "appointment_id", "date",      "start",
                                           "duration_min", "type",     "attendance",     "subjective", "objective",
                                           "assessment",   "plan",     "next_steps"};
constexpr const char* trailing_columns[] = {"screened",          "screening",         "consent_internal",
                                            "chaperone_offered", "chaperone_present", "status",
                                            "signed_by",         "signed_at"};

// Every stored field of a note, without id and version, in bind order.
std::vector<std::string> field_columns()
{
    std::vector<std::string> out(std::begin(leading_columns), std::end(leading_columns));
    for (const auto& m : measure_columns)
        out.emplace_back(m.name);
    for (const auto& s : symptom_columns)
        out.emplace_back(s.name);
    out.insert(out.end(), std::begin(trailing_columns), std::end(trailing_columns));
    return out;
}

std::string joined(const std::vector<std::string>& names, const char* each_suffix)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n + each_suffix;
    return out;
}

const std::string& select_sql()
{
    static const std::string sql = "SELECT id, version, " + joined(field_columns(), "") + " FROM session_notes";
    return sql;
}

std::string screening_text(const std::set<ScreeningQuestion>& answered)
{
    std::string out;
    for (const auto q : answered) // in the order of the enum
        out += (out.empty() ? "" : ",") + std::string(to_string(q));
    return out;
}

std::set<ScreeningQuestion> screening_column(const SQLite::Column& c)
{
    std::set<ScreeningQuestion> out;
    for (const auto& id : split_ids(c.getString())) {
        const auto q = parse_screening_question(id);
        if (!q)
            stored_value_is_damaged("an unknown screening question '" + id + "' in " + c.getName());
        out.insert(*q);
    }
    return out;
}

// Binds every field at first, first + 1, ...; returns the next free index.
int bind_fields(SQLite::Statement& s, const SessionNote& n, int first)
{
    int i = first;
    s.bind(i++, n.patient_id);
    s.bind(i++, n.clinician_id);
    bind_optional_id(s, i++, n.appointment_id);
    s.bind(i++, to_iso(n.date));
    s.bind(i++, to_iso(n.start));
    bind_optional_int(s, i++, n.duration_min);
    s.bind(i++, std::string(to_string(n.type)));
    s.bind(i++, std::string(to_string(n.attendance)));
    for (const std::string* text : {&n.subjective, &n.objective, &n.assessment, &n.plan, &n.next_steps})
        s.bind(i++, *text);
    for (const auto& m : measure_columns)
        bind_optional_int(s, i++, n.measures.*m.field);
    for (const auto& sym : symptom_columns)
        s.bind(i++, n.symptoms.*sym.field ? 1 : 0);
    s.bind(i++, n.screened ? 1 : 0);
    s.bind(i++, screening_text(n.screening));
    for (const bool flag : {n.consent_internal, n.chaperone_offered, n.chaperone_present})
        s.bind(i++, flag ? 1 : 0);
    s.bind(i++, std::string(to_string(n.status)));
    bind_optional_id(s, i++, n.signed_by);
    if (n.signed_at.empty())
        s.bind(i++);
    else
        s.bind(i++, n.signed_at);
    return i;
}

SessionNote from_row(SQLite::Statement& q)
{
    SessionNote n;
    int i = 0;
    n.id = q.getColumn(i++).getInt64();
    n.version = q.getColumn(i++).getInt64();
    n.patient_id = q.getColumn(i++).getInt64();
    n.clinician_id = q.getColumn(i++).getInt64();
    n.appointment_id = optional_id_column(q.getColumn(i++));
    n.date = date_column(q.getColumn(i++));
    n.start = id_column(q.getColumn(i++), parse_time_of_day);
    n.duration_min = optional_int_column(q.getColumn(i++));
    n.type = id_column(q.getColumn(i++), parse_appointment_type);
    n.attendance = id_column(q.getColumn(i++), parse_attendance);
    for (std::string* text : {&n.subjective, &n.objective, &n.assessment, &n.plan, &n.next_steps})
        *text = q.getColumn(i++).getString();
    for (const auto& m : measure_columns)
        n.measures.*m.field = optional_int_column(q.getColumn(i++));
    for (const auto& sym : symptom_columns)
        n.symptoms.*sym.field = flag_column(q.getColumn(i++));
    n.screened = flag_column(q.getColumn(i++));
    n.screening = screening_column(q.getColumn(i++));
    for (bool* flag : {&n.consent_internal, &n.chaperone_offered, &n.chaperone_present})
        *flag = flag_column(q.getColumn(i++));
    n.status = id_column(q.getColumn(i++), parse_note_status);
    n.signed_by = optional_id_column(q.getColumn(i++));
    const auto signed_at = q.getColumn(i++);
    n.signed_at = signed_at.isNull() ? std::string() : signed_at.getString();
    return n;
}

} // namespace

std::int64_t SessionNoteRepository::insert(const SessionNote& note)
{
    static const std::string sql = [] {
        const auto fields = field_columns();
        std::string placeholders = "?";
        for (std::size_t k = 1; k < fields.size() + 2; ++k)
            placeholders += ", ?";
        return "INSERT INTO session_notes (" + joined(fields, "") + ", created_at, updated_at) VALUES (" +
               placeholders + ")";
    }();
    auto& s = prepared_(sql);
    const int next = bind_fields(s, note, 1);
    const auto now = utc_now_iso();
    s.bind(next, now);
    s.bind(next + 1, now);
    s.exec();
    return db_.getLastInsertRowid();
}

bool SessionNoteRepository::update(const SessionNote& note)
{
    // Only a draft whose version is still the one `note` was read at; a signed row would also
    // be refused by its trigger.
    static const std::string sql = "UPDATE session_notes SET " + joined(field_columns(), " = ?") +
                                   ", version = version + 1, updated_at = ? "
                                   "WHERE id = ? AND version = ? AND status = 'draft'";
    SQLite::Statement s(db_, sql);
    int i = bind_fields(s, note, 1);
    s.bind(i++, utc_now_iso());
    s.bind(i++, note.id);
    s.bind(i++, note.version);
    return s.exec() == 1;
}

std::optional<SessionNote> SessionNoteRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, select_sql() + " WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

std::vector<SessionNote> SessionNoteRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, select_sql() + " WHERE patient_id = ? ORDER BY date, start, id");
    q.bind(1, patient_id);
    std::vector<SessionNote> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

std::int64_t SessionNoteRepository::insert_addendum(const Addendum& addendum)
{
    // A trigger refuses addenda to drafts.
    SQLite::Statement s(db_, "INSERT INTO addenda (note_id, text, clinician_id, at) VALUES (?, ?, ?, ?)");
    s.bind(1, addendum.note_id);
    s.bind(2, addendum.text);
    s.bind(3, addendum.by);
    s.bind(4, addendum.at);
    s.exec();
    return db_.getLastInsertRowid();
}

std::vector<Addendum> SessionNoteRepository::addenda(std::int64_t note_id)
{
    SQLite::Statement q(db_, "SELECT id, note_id, text, clinician_id, at FROM addenda WHERE note_id = ? ORDER BY id");
    q.bind(1, note_id);
    std::vector<Addendum> out;
    while (q.executeStep()) {
        Addendum a;
        a.id = q.getColumn(0).getInt64();
        a.note_id = q.getColumn(1).getInt64();
        a.text = q.getColumn(2).getString();
        a.by = q.getColumn(3).getInt64();
        a.at = q.getColumn(4).getString();
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace fc::store
