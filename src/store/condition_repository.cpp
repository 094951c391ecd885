#include "store/condition_repository.h"

#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

namespace fc::store {

std::int64_t ConditionRepository::insert(const Condition& c)
{
    SQLite::Statement s(db_, "INSERT INTO conditions (patient_id, code, label, onset, created_at) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, c.patient_id);
    s.bind(2, c.code);
    s.bind(3, c.label);
    bind_optional_date(s, 4, c.onset);
    s.bind(5, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::vector<Condition> ConditionRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, "SELECT id, patient_id, version, code, label, onset FROM conditions "
                             "WHERE patient_id = ? ORDER BY id");
    q.bind(1, patient_id);
    std::vector<Condition> out;
    while (q.executeStep()) {
        Condition c;
        c.id = q.getColumn(0).getInt64();
        c.patient_id = q.getColumn(1).getInt64();
        c.version = q.getColumn(2).getInt64();
        c.code = q.getColumn(3).getString();
        c.label = q.getColumn(4).getString();
        c.onset = optional_date_column(q.getColumn(5));
        out.push_back(std::move(c));
    }
    return out;
}

std::int64_t ConsentRepository::insert(const Consent& c)
{
    SQLite::Statement s(db_, "INSERT INTO consents (patient_id, clinician_id, given_on, consent_given, "
                             "chaperone_offered, chaperone_present, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, c.patient_id);
    s.bind(2, c.clinician_id);
    s.bind(3, to_iso(c.on));
    s.bind(4, c.consent_given ? 1 : 0);
    s.bind(5, c.chaperone_offered ? 1 : 0);
    s.bind(6, c.chaperone_present ? 1 : 0);
    s.bind(7, c.note);
    s.bind(8, utc_now_iso());
    s.exec();
    return db_.getLastInsertRowid();
}

std::vector<Consent> ConsentRepository::for_patient(std::int64_t patient_id)
{
    SQLite::Statement q(db_, "SELECT id, patient_id, clinician_id, given_on, consent_given, chaperone_offered, "
                             "chaperone_present, note FROM consents WHERE patient_id = ? ORDER BY given_on, id");
    q.bind(1, patient_id);
    std::vector<Consent> out;
    while (q.executeStep()) {
        Consent c;
        c.id = q.getColumn(0).getInt64();
        c.patient_id = q.getColumn(1).getInt64();
        c.clinician_id = q.getColumn(2).getInt64();
        c.on = date_column(q.getColumn(3));
        c.consent_given = q.getColumn(4).getInt() != 0;
        c.chaperone_offered = q.getColumn(5).getInt() != 0;
        c.chaperone_present = q.getColumn(6).getInt() != 0;
        c.note = q.getColumn(7).getString();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace fc::store
