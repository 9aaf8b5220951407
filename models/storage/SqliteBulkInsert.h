#pragma once

#include "Event.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace techwinter {

/// The INSERT of one event through the connection's own sqlite3 handle, for big imports: the same
/// two statements as EventInsert (EventColumns.h) without Qt SQL's per-value binding cost. Only
/// where Qt's SQLite plugin runs the very libsqlite3 this was built against (open() checks);
/// elsewhere ImportWriter stores through EventInsert.
class SqliteBulkInsert
{
public:
    /// The inserter for `db`, or null when its handle cannot be used safely here (another
    /// driver, a Qt with its own SQLite copy, a different version). Use it on `db`'s thread.
    static std::unique_ptr<SqliteBulkInsert> open(const QSqlDatabase &db);
    ~SqliteBulkInsert();
    SqliteBulkInsert(const SqliteBulkInsert &) = delete;
    SqliteBulkInsert &operator=(const SqliteBulkInsert &) = delete;

    /// Inserts `e` for the company `companyId`, in batch `batch`, from line `sourceRow`. On false,
    /// lastError() says why, as Qt SQL would.
    bool insert(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow);
    qint64 lastInsertId() const;
    QSqlError lastError() const;

private:
    SqliteBulkInsert(sqlite3 *handle, sqlite3_stmt *full, sqlite3_stmt *bare);

    sqlite3 *m_handle;
    sqlite3_stmt *m_full;
    sqlite3_stmt *m_bare;
};

} // namespace techwinter
