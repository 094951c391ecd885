#include "store/audit_log.h"

#include "store/row_mapping.h"

#include <SQLiteCpp/Statement.h>

namespace fc::store {

void AuditLog::append(std::optional<std::int64_t> clinician_id, const std::string& action, const std::string& entity,
                      std::int64_t entity_id, const std::string& detail)
{
    SQLite::Statement s(db_, "INSERT INTO audit (at, clinician_id, action, entity, entity_id, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, utc_now_iso());
    if (clinician_id)
        s.bind(2, *clinician_id);
    else
        s.bind(2);
    s.bind(3, action);
    s.bind(4, entity);
    s.bind(5, entity_id);
    s.bind(6, detail);
    s.exec();
}

std::vector<AuditEntry> AuditLog::for_record(const std::string& entity, std::int64_t entity_id)
{
    SQLite::Statement q(db_, "SELECT id, at, clinician_id, action, entity, entity_id, detail FROM audit "
                             "WHERE entity = ? AND entity_id = ? ORDER BY id");
    q.bind(1, entity);
    q.bind(2, entity_id);
    std::vector<AuditEntry> out;
    while (q.executeStep()) {
        AuditEntry e;
        e.id = q.getColumn(0).getInt64();
        e.at = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull())
            e.clinician_id = q.getColumn(2).getInt64();
        e.action = q.getColumn(3).getString();
        e.entity = q.getColumn(4).getString();
        e.entity_id = q.getColumn(5).getInt64();
        e.detail = q.getColumn(6).getString();
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t AuditLog::count()
{
    return db_.execAndGet("SELECT count(*) FROM audit").getInt64();
}

} // namespace fc::store
