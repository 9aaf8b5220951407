#pragma once

#include "Event.h"
#include "EventFields.h"
#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

/// Helpers shared by the classes that talk to SQLite (SqliteStorage, ImportWriter): the write
/// transaction, error texts in plain words, and the conversions between values and SQL cells.
namespace techwinter::sql {

// How long a writer waits for another connection (another TechWinter window, a CLI import) to
// finish its write before giving up. Longer than the 5 s a reader waits: another instance's import
// holds the write lock for seconds, and waiting is better than failing the user's import.
inline constexpr int writerBusyTimeoutMs = 20000;
inline constexpr int readerBusyTimeoutMs = 5000;

// A write transaction: commits on success; rolls back when it goes out of scope uncommitted, so
// early returns are safe. It takes the write lock as it begins (BEGIN IMMEDIATE) rather than at
// its first write (QSqlDatabase::transaction()'s deferred BEGIN): a deferred transaction that has
// read cannot wait for the lock, since another writer's commit makes its snapshot stale, and
// SQLite fails it at once with "database is locked" - two instances importing at the same time
// would lose one import.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        // Fixed statements: PRAGMA takes no bound values.
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(writerBusyTimeoutMs));
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError();
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(readerBusyTimeoutMs));
    }
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool isOpen() const { return m_open; }
    /// Why the transaction could not begin or commit.
    QSqlError error() const { return m_error; }
    /// On failure error() says why; QSqlDatabase::commit() would drop SQLite's result code.
    bool commit()
    {
        QSqlQuery q(m_db);
        m_open = !q.exec(QStringLiteral("COMMIT"));
        if (m_open)
            m_error = q.lastError();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    QSqlError m_error;
};

// Raises the connection's page cache for an import while in scope, then back to SQLite's default
// (2000 KiB; nothing else here changes it). SQLite allocates cache pages only as they are used
// and frees them when the limit drops again. Fixed statements: PRAGMA takes no bound values.
class LargerCache
{
public:
    /// When the (company, date) index is updated row by row, a big cache saves re-reading
    /// spilled pages; when it is built after the rows (into an empty table), 8 MiB is as fast.
    static constexpr int indexKeptKiB = 262144;
    static constexpr int indexBuiltLastKiB = 8192;
    /// Building that index sorts in as much memory as the cache allows; more is not faster.
    static constexpr int indexBuildKiB = 2000;

    explicit LargerCache(QSqlDatabase &db, int kib = indexKeptKiB)
        : m_db(db)
    {
        resize(kib);
    }
    ~LargerCache() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -2000")); }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;
    void resize(int kib)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }

private:
    QSqlDatabase &m_db;
};

/// Imports of this many events are big: after their commit the WAL is checkpointed.
inline constexpr qint64 bigImport = 20000;

/// Copies the write-ahead log into the database and empties it, so the -wal file does not stay
/// as big as the last import (~90 MB after a million rows). Best effort: with a reader busy it
/// does what it can, and the next checkpoint does the rest.
inline void checkpoint(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

/// The INSERT of one event into the events table, shared by SqliteStorage::addEvents() and
/// ImportWriter; both statements are built from the event field table (EventColumns.h). Most
/// rows of a big file carry only the hot fields: those bind only those and the batch, halving
/// Qt SQL's per-value cost (each bind builds a placeholder name); the columns left out take
/// their defaults, which are what the full statement would bind for them.
class EventInsert
{
public:
    explicit EventInsert(const QSqlDatabase &db);
    EventInsert(const EventInsert &) = delete;
    EventInsert &operator=(const EventInsert &) = delete;
    /// Inserts `e` for the company with id `companyId`, in batch `batch`, from line `sourceRow`
    /// of its file. On false, query().lastError() says why.
    bool exec(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow);
    /// The statement exec() ran last: its lastError() and lastInsertId().
    const QSqlQuery &query() const { return *m_last; }

private:
    QSqlQuery m_full;
    QSqlQuery m_bare;
    QSqlQuery *m_last = &m_full;
};

/// Whether `e` holds nothing outside the hot fields, so the bare INSERT stores it whole.
bool fitsBareInsert(const Event &e);

/// Binds field `spec` of `e` from position `index` on (a date binds its precision after it; the
/// company binds `companyId`), as the statements of EventColumns.h place them. Returns the
/// position after it.
int bindEventField(
    QSqlQuery &q, int index, const EventFieldSpec &spec, const Event &e, qint64 companyId);

/// Reads field `spec` into `e` from column `index` of the query's current row on (a date reads
/// its precision after it). Returns the position after it, or -1 when the date or kind cannot be
/// read.
int readEventField(const QSqlQuery &q, int index, const EventFieldSpec &spec, Event &e);

/// The event in the current row of a query of eventSelect(); empty when its date or kind cannot
/// be read.
std::optional<Event> eventFromRow(const QSqlQuery &q);

/// The kind of an SQLite failure, from its primary result code.
ErrorKind errorKind(const QSqlError &error);

/// What a failure of `kind` means for the user, in plain words; empty for kinds whose backend
/// text says it better (invalid input, not found).
QString plainWords(ErrorKind kind);

/// SQLite's error as plain words for the user (keyed on its kind), with SQLite's own text kept
/// in parentheses.
QString plainWords(const QSqlError &error);

/// "what: plain words" as an Error of the failure's kind, about the database at `file`.
Error storageError(const QString &what, const QSqlError &error, const QString &file);

/// An optional figure as a bound value: NULL of the right type when unknown.
QVariant optionalValue(const std::optional<double> &v);
QVariant optionalValue(const std::optional<qint64> &v);

/// A cell read back as an optional figure.
template<typename T> std::optional<T> optionalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

/// Text columns are NOT NULL with '' as "none": a null QString binds as ''.
QString nullable(const QString &s);

/// Case-insensitive key for name/alias lookup; SQLite's NOCASE folds ASCII only, we fold Unicode.
QString nameKey(const QString &name);

/// YYYY-MM-DD as the events table stores it, without QDate::toString's asprintf.
QString isoDate(QDate date);

/// The current UTC time as ISO 8601, as import batches record it.
QString isoNow();

/// The stored precision name back as a DatePrecision (unknown names read as days).
DatePrecision precisionFromName(const QString &precision);

} // namespace techwinter::sql
