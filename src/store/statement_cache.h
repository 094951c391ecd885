#pragma once
// Prepared statements kept for reuse by a repository: a demo, an import or a busy day writes
// hundreds of thousands of rows, and preparing each statement again costs more than the write.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <string>

namespace fc::store {

class StatementCache {
public:
    explicit StatementCache(SQLite::Database& db) : db_(db) {}

    // The statement for `sql`, prepared on first use, reset and without bindings. Reset with
    // tryReset: a refused write (rolled back by its transaction) is not the next use's error.
    SQLite::Statement& operator()(const std::string& sql)
    {
        auto& s = statements_[sql];
        if (!s)
            s = std::make_unique<SQLite::Statement>(db_, sql);
        s->tryReset();
        s->clearBindings();
        return *s;
    }

private:
    SQLite::Database& db_;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
};

} // namespace fc::store
