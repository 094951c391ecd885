#include "store/red_flag_repository.h"

#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace fc::store {

namespace {
constexpr const char* columns = "id, patient_id, version, rule, severity, message, source, source_id, on_date, "
                                "raised_at, ack_action, ack_note, ack_by, ack_at";

template <class T>
T parsed(std::optional<T> value, const std::string& text, const char* what)
{
    if (!value)
        throw ClinicFileError(ClinicFileError::Kind::Corrupt,
                              fmt::format("The clinic file holds an unknown red-flag {} '{}'; run 'check'.", what, text));
    return *value;
}

RedFlag from_row(SQLite::Statement& q)
{
    RedFlag f;
    f.id = q.getColumn(0).getInt64();
    f.patient_id = q.getColumn(1).getInt64();
    f.version = q.getColumn(2).getInt64();
    const auto rule = q.getColumn(3).getString();
    f.rule = parsed(parse_red_flag_rule(rule), rule, "rule");
    const auto severity = q.getColumn(4).getString();
    f.severity = parsed(parse_red_flag_severity(severity), severity, "severity");
    f.message = q.getColumn(5).getString();
    const auto source = q.getColumn(6).getString();
    f.source = parsed(parse_red_flag_source(source), source, "source");
    f.source_id = q.getColumn(7).getInt64();
    f.on = date_column(q.getColumn(8));
    f.raised_at = q.getColumn(9).getString();
    if (!q.getColumn(10).isNull()) {
        const auto action = q.getColumn(10).getString();
        f.acknowledgement = Acknowledgement{parsed(parse_red_flag_action(action), action, "action"),
                                            q.getColumn(11).getString(), q.getColumn(12).getInt64(),
                                            q.getColumn(13).getString()};
    }
    return f;
}

constexpr const char* pain_key = "red_flags.pain_threshold";
constexpr const char* progression_key = "red_flags.progression_pain_threshold";
} // namespace

std::int64_t RedFlagRepository::insert(const RedFlag& f, std::optional<std::int64_t> raised_by)
{
    SQLite::Statement s(db_, "INSERT INTO red_flags (patient_id, rule, severity, message, source, source_id, on_date, "
                             "raised_at, raised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, f.patient_id);
    s.bind(2, std::string(to_string(f.rule)));
    s.bind(3, std::string(to_string(f.severity)));
    s.bind(4, f.message);
    s.bind(5, std::string(to_string(f.source)));
    s.bind(6, f.source_id);
    s.bind(7, to_iso(f.on));
    s.bind(8, f.raised_at);
    if (raised_by)
        s.bind(9, *raised_by);
    else
        s.bind(9);
    s.exec();
    return db_.getLastInsertRowid();
}

std::optional<RedFlag> RedFlagRepository::find(std::int64_t id)
{
    SQLite::Statement q(db_, fmt::format("SELECT {} FROM red_flags WHERE id = ?", columns));
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return from_row(q);
}

std::vector<RedFlag> RedFlagRepository::list(const RedFlagQuery& query)
{
    std::string sql = fmt::format("SELECT {} FROM red_flags WHERE 1", columns);
    if (query.open_only)
        sql += " AND ack_at IS NULL";
    if (query.patient_id)
        sql += " AND patient_id = :patient";
    if (query.clinician_id)
        sql += " AND raised_by = :clinician";
    sql += " ORDER BY ack_at IS NOT NULL, severity = 'review', on_date, id";
    SQLite::Statement q(db_, sql);
    if (query.patient_id)
        q.bind(":patient", *query.patient_id);
    if (query.clinician_id)
        q.bind(":clinician", *query.clinician_id);
    std::vector<RedFlag> out;
    while (q.executeStep())
        out.push_back(from_row(q));
    return out;
}

std::vector<RedFlagKey> RedFlagRepository::keys_for_patient(std::int64_t patient_id)
{
    std::vector<RedFlagKey> out;
    for (const auto& f : list({.patient_id = patient_id}))
        out.push_back(f.key());
    return out;
}

bool RedFlagRepository::record_acknowledgement(const RedFlag& f)
{
    if (!f.acknowledgement)
        return false;
    SQLite::Statement s(db_, "UPDATE red_flags SET ack_action = ?, ack_note = ?, ack_by = ?, ack_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ? AND ack_at IS NULL");
    s.bind(1, std::string(to_string(f.acknowledgement->action)));
    s.bind(2, f.acknowledgement->note);
    s.bind(3, f.acknowledgement->by);
    s.bind(4, f.acknowledgement->at);
    s.bind(5, f.id);
    s.bind(6, f.version);
    return s.exec() == 1;
}

OpenFlagCounts RedFlagRepository::open_counts(std::optional<std::int64_t> patient_id)
{
    SQLite::Statement q(db_, std::string("SELECT count(*), count(*) FILTER (WHERE severity = 'urgent') FROM red_flags "
                                         "WHERE ack_at IS NULL") +
                                 (patient_id ? " AND patient_id = ?" : ""));
    if (patient_id)
        q.bind(1, *patient_id);
    q.executeStep();
    return OpenFlagCounts{q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

RedFlagSettings RedFlagRepository::settings()
{
    RedFlagSettings s;
    SQLite::Statement q(db_, "SELECT key, value FROM settings WHERE key IN (?, ?)");
    q.bind(1, pain_key);
    q.bind(2, progression_key);
    while (q.executeStep()) {
        const auto key = q.getColumn(0).getString();
        const int value = std::atoi(q.getColumn(1).getString().c_str());
        (key == pain_key ? s.pain_threshold : s.progression_pain_threshold) = value;
    }
    return s;
}

void RedFlagRepository::save_settings(const RedFlagSettings& s)
{
    SQLite::Statement q(db_, "INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const auto& [key, value] : {std::pair{pain_key, s.pain_threshold},
                                     std::pair{progression_key, s.progression_pain_threshold}}) {
        q.bind(1, key);
        q.bind(2, std::to_string(value));
        q.exec();
        q.reset();
    }
}

} // namespace fc::store
