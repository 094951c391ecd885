#include "store/patient_repository.h"

#include "core/text.h"
#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace fc::store {

namespace {
constexpr const char* columns = "id, version, archived, mrn, family_name, given_name, preferred_name, dob, sex, "
                                "pronouns, phone, email, address, referrer_name, referrer_practice, gp, notes";

Patient from_row(SQLite::Statement& q)
{
    Patient p;
    p.id = q.getColumn(0).getInt64();
    p.version = q.getColumn(1).getInt64();
    p.archived = q.getColumn(2).getInt() != 0;
    p.mrn = q.getColumn(3).getString();
    p.family_name = q.getColumn(4).getString();
    p.given_name = q.getColumn(5).getString();
    p.preferred_name = q.getColumn(6).getString();
    p.dob = date_column(q.getColumn(7));
    p.sex = parse_sex(q.getColumn(8).getString()).value_or(Sex::Unknown);
    p.pronouns = q.getColumn(9).getString();
    p.phone = q.getColumn(10).getString();
    p.email = q.getColumn(11).getString();
    p.address = q.getColumn(12).getString();
    p.referrer_name = q.getColumn(13).getString();
    p.referrer_practice = q.getColumn(14).getString();
    p.gp = q.getColumn(15).getString();
    p.notes = q.getColumn(16).getString();
    return p;
}

// Binds the demographic fields at 1..16 in the order of the INSERT and UPDATE below.
void bind_fields(SQLite::Statement& s, const Patient& p)
{
    int i = 1;
    for (const std::string* v : {&p.mrn, &p.family_name, &p.given_name, &p.preferred_name})
        s.bind(i++, *v);
    s.bind(i++, to_iso(p.dob));
    s.bind(i++, std::string(to_string(p.sex)));
    for (const std::string* v : {&p.pronouns, &p.phone, &p.email, &p.address, &p.referrer_name, &p.referrer_practice,
                                 &p.gp, &p.notes})
        s.bind(i++, *v);
    s.bind(i++, patient_sort_key(p));
    s.bind(i++, patient_search_text(p));
}

// A word as an FTS5 string literal.
std::string fts_phrase(const std::string& word)
{
    std::string out = "\"";
    for (const char c : word) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}
} // namespace

std::int64_t PatientRepository::insert(const Patient& p)
{
    SQLite::Statement s(db_, "INSERT INTO patients (mrn, family_name, given_name, preferred_name, dob, sex, pronouns, "
                             "phone, email, address, referrer_name, referrer_practice, gp, notes, sort_key, "
                             "search_text, archived, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_fields(s, p);
    const auto now = utc_now_iso();
    s.bind(17, p.archived ? 1 : 0);
    s.bind(18, now);
    s.bind(19, now);
    s.exec();
    return db_.getLastInsertRowid();
}

bool PatientRepository::update(const Patient& p)
{
    SQLite::Statement s(db_, "UPDATE patients SET mrn = ?, family_name = ?, given_name = ?, preferred_name = ?, "
                             "dob = ?, sex = ?, pronouns = ?, phone = ?, email = ?, address = ?, referrer_name = ?, "
                             "referrer_practice = ?, gp = ?, notes = ?, sort_key = ?, search_text = ?, "
                             "version = version + 1, updated_at = ? WHERE id = ? AND version = ?");
    bind_fields(s, p);
    s.bind(17, utc_now_iso());
    s.bind(18, p.id);
    s.bind(19, p.version);
    return s.exec() == 1;
}

bool PatientRepository::set_archived(std::int64_t id, bool archived, std::int64_t expected_version)
{
    SQLite::Statement s(db_, "UPDATE patients SET archived = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?");
    s.bind(1, archived ? 1 : 0);
    s.bind(2, utc_now_iso());
    s.bind(3, id);
    s.bind(4, expected_version);
    return s.exec() == 1;
}

std::optional<Patient> PatientRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, std::string("SELECT ") + columns + " FROM patients WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

bool PatientRepository::mrn_taken(std::string_view mrn, std::int64_t except_id)
{
    SQLite::Statement q(db_, "SELECT 1 FROM patients WHERE mrn = ? AND id <> ?");
    q.bind(1, std::string(mrn));
    q.bind(2, except_id);
    return q.executeStep();
}

std::int64_t PatientRepository::next_id()
{
    return db_.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM patients").getInt64();
}

std::vector<PatientListEntry> PatientRepository::search(const PatientQuery& query)
{
    const auto words = search_words(query.text);
    // Which patients, in list order: an inner query over narrow rows only (patient_grams, the
    // trigram index and patients_for_search, which hold no more than the id, archived, sort key
    // and folded text), then the columns shown, and the counts looked up per row, for those
    // alone. Words of three or more characters narrow the rows through the trigram index.
    // Without one, the longest word (one or two characters) is looked up in patient_grams, which
    // holds the patients having it in list order: the first page is then a short range of that
    // index (CROSS JOIN keeps it the outer loop), never a read of every patient. Every word,
    // whatever its length, must then occur in the folded text.
    std::string fts;
    for (const auto& w : words)
        if (fc::text::length(w) >= 3)
            fts += (fts.empty() ? "" : " ") + fts_phrase(w);
    const std::string* gram = nullptr; // the patient_grams key that leads, if any
    if (fts.empty())
        for (const auto& w : words)
            if (!gram || fc::text::length(w) > fc::text::length(*gram))
                gram = &w;

    std::string which;
    if (gram)
        which = "SELECT g.patient_id AS id, g.sort_key AS sort_key FROM patient_grams g CROSS JOIN patients p "
                "INDEXED BY patients_for_search ON p.id = g.patient_id WHERE g.gram = ?";
    else if (!fts.empty())
        which = "SELECT p.id AS id, p.sort_key AS sort_key FROM patients p INDEXED BY patients_for_search "
                "WHERE p.id IN (SELECT rowid FROM patient_search WHERE patient_search MATCH ?)";
    else
        which = "SELECT p.id AS id, p.sort_key AS sort_key FROM patients p WHERE 1";
    if (!query.include_archived)
        which += " AND p.archived = 0";
    for (std::size_t i = 0; i < words.size(); ++i)
        which += " AND instr(p.search_text, ?) > 0";
    which += " ORDER BY 2, 1";
    if (query.limit > 0)
        which += " LIMIT " + std::to_string(query.limit);

    const std::string sql =
        "SELECT p.id, p.mrn, p.family_name, p.given_name, p.preferred_name, p.dob, p.sex, p.archived, "
        "(SELECT count(*) FROM precautions pr WHERE pr.patient_id = p.id AND pr.cleared_on IS NULL), "
        // Open and urgent flags in one look into their partial index: open * 65536 + urgent.
        "(SELECT count(*) * 65536 + sum(f.severity = 'urgent') FROM red_flags f "
        "WHERE f.patient_id = p.id AND f.ack_at IS NULL), "
        // The next booked appointment, through appointments_by_patient.
        "(SELECT a.date || ' ' || a.start FROM appointments a WHERE a.patient_id = p.id "
        "AND a.date >= ? AND a.status = 'booked' ORDER BY a.date, a.start LIMIT 1) "
        "FROM (" + which + ") m CROSS JOIN patients p ON p.id = m.id ORDER BY m.sort_key, m.id";

    SQLite::Statement q(db_, sql);
    int i = 1;
    q.bind(i++, to_iso(query.appointments_from.value_or(Date(1900, 1, 1))));
    if (gram)
        q.bind(i++, *gram);
    if (!fts.empty())
        q.bind(i++, fts);
    for (const auto& w : words)
        q.bind(i++, w);

    std::vector<PatientListEntry> out;
    while (q.executeStep()) {
        PatientListEntry e;
        e.id = q.getColumn(0).getInt64();
        e.mrn = q.getColumn(1).getString();
        e.family_name = q.getColumn(2).getString();
        e.given_name = q.getColumn(3).getString();
        e.preferred_name = q.getColumn(4).getString();
        e.dob = date_column(q.getColumn(5));
        e.sex = parse_sex(q.getColumn(6).getString()).value_or(Sex::Unknown);
        e.archived = q.getColumn(7).getInt() != 0;
        e.open_precautions = q.getColumn(8).getInt();
        const auto flags = q.getColumn(9).isNull() ? 0 : q.getColumn(9).getInt64(); // NULL: none
        e.open_flags = static_cast<int>(flags >> 16);
        e.urgent_flags = static_cast<int>(flags & 0xffff);
        if (!q.getColumn(10).isNull()) {
            const auto next = q.getColumn(10).getString(); // "YYYY-MM-DD HH:MM"
            e.next_appointment = parse_iso_date(std::string_view(next).substr(0, 10));
            if (next.size() > 11)
                e.next_appointment_time = parse_time_of_day(std::string_view(next).substr(11));
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t PatientRepository::count(bool include_archived)
{
    return db_.execAndGet(include_archived ? "SELECT count(*) FROM patients"
                                           : "SELECT count(*) FROM patients WHERE archived = 0")
        .getInt64();
}

} // namespace fc::store
