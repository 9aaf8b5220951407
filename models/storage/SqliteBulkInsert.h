#pragma once

#include "Event.h"
#include "MonthSum.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace techwinter {

/// The INSERTs of a big import through the connection's own sqlite3 handle: events with the two
/// statements of EventInsert (EventColumns.h), and the month sums, without Qt SQL's per-value
/// binding cost. Rows with only the hot fields (most of a big file) are queued and written
/// `rowsPerStatement` at a time by one multi-row INSERT. Only where Qt's SQLite plugin runs the
/// very libsqlite3 this was built against (open() checks); elsewhere ImportWriter stores through
/// EventInsert.
class SqliteBulkInsert
{
public:
    static constexpr int rowsPerStatement = 50;

    /// The inserter for `db`, or null when its handle cannot be used safely here (another
    /// driver, a Qt with its own SQLite copy, a different version). Use it on `db`'s thread,
    /// inside one write transaction.
    static std::unique_ptr<SqliteBulkInsert> open(const QSqlDatabase &db);
    /// `db`'s own sqlite3 handle when this build's libsqlite3 may use it, else null.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);
    ~SqliteBulkInsert();
    SqliteBulkInsert(const SqliteBulkInsert &) = delete;
    SqliteBulkInsert &operator=(const SqliteBulkInsert &) = delete;

    /// Inserts `e` for the company `companyId`, in batch `batch`, from line `sourceRow`, or
    /// queues it. On false, lastError() says why and errorLine() for which row.
    bool insert(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow);
    /// Writes the queued rows; before anything reads the events table back.
    bool flush();
    /// The id of the event insert() took last, written or queued: SQLite gives a table's new rows
    /// consecutive ids after its largest one, and flush() checks that it did.
    qint64 lastInsertId() const { return m_nextId - 1; }
    /// Adds `sum` to the month sums (an upsert, as the sums trigger does).
    bool addMonthSum(const MonthSum &sum);
    QSqlError lastError() const;
    qint64 errorLine() const { return m_errorLine; }

private:
    struct Queued
    {
        Event event;
        qint64 companyId = 0;
        qint64 batch = 0;
        qint64 sourceRow = 0;
    };
    SqliteBulkInsert(sqlite3 *handle, std::vector<sqlite3_stmt *> statements);
    bool insertNow(const Queued &row, bool bare);
    bool fail(qint64 line);

    sqlite3 *m_handle;
    sqlite3_stmt *m_full;
    sqlite3_stmt *m_bare;
    sqlite3_stmt *m_multi;
    sqlite3_stmt *m_sum;
    std::vector<Queued> m_queue;
    qint64 m_nextId = 1;
    qint64 m_errorLine = 0;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace techwinter
