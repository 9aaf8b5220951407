#include "SqliteBulkInsert.h"

#include "EventColumns.h"
#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace techwinter {

using namespace sql;

namespace {

// The handle belongs to the plugin's SQLite. Calling this build's libsqlite3 on it is safe only
// when both are one library: same version as the header, and the connection itself reports the
// same source id (a Qt with a bundled copy reports its own).
sqlite3 *usableHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    if (sqlite3_libversion_number() != SQLITE_VERSION_NUMBER
        || std::strcmp(sqlite3_sourceid(), SQLITE_SOURCE_ID) != 0)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next()
        || q.value(0).toString() != QLatin1String(SQLITE_SOURCE_ID))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *prepared(sqlite3 *handle, std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(
            handle, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

// As Qt SQL binds a QString: a null one as NULL, any other as its UTF-16 text (copied).
int bindText(sqlite3_stmt *s, int index, const QString &text)
{
    if (text.isNull())
        return sqlite3_bind_null(s, index);
    return sqlite3_bind_text16(
        s, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

// Mirrors bindEventField() (SqlSupport.cpp), with SQLite's 1-based positions.
int bindField(
    sqlite3_stmt *s, int index, const EventFieldSpec &spec, const Event &e, qint64 companyId)
{
    switch (spec.type) {
    case FieldType::Date:
        bindText(s, index, isoDate(e.date));
        bindText(s, index + 1, datePrecisionName(e.precision));
        return index + 2;
    case FieldType::Kind:
        bindText(s, index, eventKindName(e.kind));
        break;
    case FieldType::Text: {
        const QString &text = e.*spec.text;
        if (spec.field == EventField::Company)
            sqlite3_bind_int64(s, index, companyId);
        else if (spec.nullWhenEmpty && text.isEmpty())
            sqlite3_bind_null(s, index);
        else
            bindText(s, index, nullable(text));
        break;
    }
    case FieldType::Integer:
        if (const auto &v = e.*spec.integer)
            sqlite3_bind_int64(s, index, *v);
        else
            sqlite3_bind_null(s, index);
        break;
    case FieldType::Number:
        if (const auto &v = e.*spec.number)
            sqlite3_bind_double(s, index, *v);
        else
            sqlite3_bind_null(s, index);
        break;
    }
    return index + 1;
}

} // namespace

sqlite3 *SqliteBulkInsert::nativeHandle(const QSqlDatabase &db)
{
    return usableHandle(db);
}

std::unique_ptr<SqliteBulkInsert> SqliteBulkInsert::open(const QSqlDatabase &db)
{
    sqlite3 *handle = usableHandle(db);
    if (!handle)
        return nullptr;
    static constexpr SqlText full = eventInsert(false);
    static constexpr SqlText bare = eventInsert(true);
    // The bare INSERT with rowsPerStatement rows of placeholders: "VALUES (?,...), (?,...)".
    const std::string_view bareText = bare.view();
    const std::string_view row = bareText.substr(bareText.rfind('('));
    std::string multi(bareText);
    for (int i = 1; i < rowsPerStatement; ++i)
        multi.append(", ").append(row);
    static constexpr std::string_view sum
        = "INSERT INTO event_month_sums (company_id, month, kind, events, headcount, "
          "amount_usd_cents) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (company_id, month, kind) DO UPDATE SET "
          "events = events + excluded.events, headcount = headcount + excluded.headcount, "
          "amount_usd_cents = amount_usd_cents + excluded.amount_usd_cents";
    std::vector<sqlite3_stmt *> statements;
    for (const std::string_view text : { full.view(), bare.view(), std::string_view(multi), sum })
        statements.push_back(prepared(handle, text));
    if (std::find(statements.begin(), statements.end(), nullptr) != statements.end()) {
        for (sqlite3_stmt *statement : statements)
            sqlite3_finalize(statement);
        return nullptr;
    }
    std::unique_ptr<SqliteBulkInsert> inserter(new SqliteBulkInsert(handle, statements));
    // The id the next event gets: one past the largest (the table's last rowid).
    sqlite3_stmt *largest = prepared(handle, "SELECT coalesce(max(id), 0) FROM events");
    const bool read = largest && sqlite3_step(largest) == SQLITE_ROW;
    if (read)
        inserter->m_nextId = sqlite3_column_int64(largest, 0) + 1;
    sqlite3_finalize(largest);
    return read ? std::move(inserter) : nullptr;
}

SqliteBulkInsert::SqliteBulkInsert(sqlite3 *handle, std::vector<sqlite3_stmt *> statements)
    : m_handle(handle)
    , m_full(statements[0])
    , m_bare(statements[1])
    , m_multi(statements[2])
    , m_sum(statements[3])
{
    m_queue.reserve(rowsPerStatement);
}

SqliteBulkInsert::~SqliteBulkInsert()
{
    for (sqlite3_stmt *statement : { m_full, m_bare, m_multi, m_sum })
        sqlite3_finalize(statement);
}

bool SqliteBulkInsert::fail(qint64 line)
{
    m_errorLine = line;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_errorCode = sqlite3_errcode(m_handle);
    return false;
}

bool SqliteBulkInsert::insertNow(const Queued &row, bool bare)
{
    sqlite3_stmt *s = bare ? m_bare : m_full;
    int index = 1;
    for (const EventFieldSpec &spec : EventFields) {
        if (!bare || spec.hot)
            index = bindField(s, index, spec, row.event, row.companyId);
    }
    sqlite3_bind_int64(s, index, row.batch);
    sqlite3_bind_int64(s, index + 1, row.sourceRow);
    const int stepped = sqlite3_step(s);
    sqlite3_reset(s);
    if (stepped != SQLITE_DONE)
        return fail(row.sourceRow);
    m_nextId = sqlite3_last_insert_rowid(m_handle) + 1;
    return true;
}

bool SqliteBulkInsert::insert(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow)
{
    if (!fitsBareInsert(e)) {
        // In file order: the queued rows first, so ids stay as lastInsertId() promised.
        return flush() && insertNow(Queued { e, companyId, batch, sourceRow }, false);
    }
    m_queue.push_back(Queued { e, companyId, batch, sourceRow });
    ++m_nextId;
    return int(m_queue.size()) < rowsPerStatement || flush();
}

bool SqliteBulkInsert::flush()
{
    if (m_queue.empty())
        return true;
    const qint64 promisedNext = m_nextId;
    const qint64 firstId = m_nextId - qint64(m_queue.size());
    bool stored = false;
    if (int(m_queue.size()) == rowsPerStatement) {
        int index = 1;
        for (const Queued &row : m_queue) {
            for (const EventFieldSpec &spec : EventFields) {
                if (spec.hot)
                    index = bindField(m_multi, index, spec, row.event, row.companyId);
            }
            sqlite3_bind_int64(m_multi, index++, row.batch);
            sqlite3_bind_int64(m_multi, index++, row.sourceRow);
        }
        stored = sqlite3_step(m_multi) == SQLITE_DONE;
        sqlite3_reset(m_multi);
        if (stored)
            m_nextId = sqlite3_last_insert_rowid(m_handle) + 1;
    }
    if (!stored) {
        // A short queue, or a row the statement refused (its rows were not stored): one by one,
        // so an error names its row.
        m_nextId = firstId;
        for (const Queued &row : m_queue) {
            if (!insertNow(row, true)) {
                m_queue.clear();
                return false;
            }
        }
    }
    m_queue.clear();
    if (m_nextId != promisedNext) {
        m_error = QStringLiteral("the new events did not get consecutive ids");
        m_errorCode = SQLITE_INTERNAL;
        return false;
    }
    return true;
}

bool SqliteBulkInsert::addMonthSum(const MonthSum &sum)
{
    sqlite3_bind_int64(m_sum, 1, sum.companyId);
    sqlite3_bind_int(m_sum, 2, sum.month);
    bindText(m_sum, 3, eventKindName(sum.kind));
    sqlite3_bind_int64(m_sum, 4, sum.events);
    sqlite3_bind_int64(m_sum, 5, sum.headcount);
    sqlite3_bind_int64(m_sum, 6, sum.amountUsdCents);
    const int stepped = sqlite3_step(m_sum);
    sqlite3_reset(m_sum);
    return stepped == SQLITE_DONE || fail(0);
}

// Built as Qt's driver builds it, so errorKind() and plainWords() read it the same way.
QSqlError SqliteBulkInsert::lastError() const
{
    return QSqlError(QStringLiteral("Unable to fetch row"), m_error, QSqlError::StatementError,
        QString::number(m_errorCode));
}

} // namespace techwinter
