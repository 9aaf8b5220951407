#include "SqliteBulkInsert.h"

#include "EventColumns.h"
#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

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

sqlite3_stmt *prepared(sqlite3 *handle, const SqlText &text)
{
    sqlite3_stmt *statement = nullptr;
    const std::string_view sql = text.view();
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

std::unique_ptr<SqliteBulkInsert> SqliteBulkInsert::open(const QSqlDatabase &db)
{
    sqlite3 *handle = usableHandle(db);
    if (!handle)
        return nullptr;
    static constexpr SqlText full = eventInsert(false);
    static constexpr SqlText bare = eventInsert(true);
    sqlite3_stmt *fullStatement = prepared(handle, full);
    sqlite3_stmt *bareStatement = prepared(handle, bare);
    if (!fullStatement || !bareStatement) {
        sqlite3_finalize(fullStatement);
        sqlite3_finalize(bareStatement);
        return nullptr;
    }
    return std::unique_ptr<SqliteBulkInsert>(
        new SqliteBulkInsert(handle, fullStatement, bareStatement));
}

SqliteBulkInsert::SqliteBulkInsert(sqlite3 *handle, sqlite3_stmt *full, sqlite3_stmt *bare)
    : m_handle(handle)
    , m_full(full)
    , m_bare(bare)
{
}

SqliteBulkInsert::~SqliteBulkInsert()
{
    sqlite3_finalize(m_full);
    sqlite3_finalize(m_bare);
}

bool SqliteBulkInsert::insert(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow)
{
    const bool bare = fitsBareInsert(e);
    sqlite3_stmt *s = bare ? m_bare : m_full;
    int index = 1;
    for (const EventFieldSpec &spec : EventFields) {
        if (!bare || spec.hot)
            index = bindField(s, index, spec, e, companyId);
    }
    sqlite3_bind_int64(s, index, batch);
    sqlite3_bind_int64(s, index + 1, sourceRow);
    const int stepped = sqlite3_step(s);
    sqlite3_reset(s);
    return stepped == SQLITE_DONE;
}

qint64 SqliteBulkInsert::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

// Built as Qt's driver builds it, so errorKind() and plainWords() read it the same way.
QSqlError SqliteBulkInsert::lastError() const
{
    return QSqlError(QStringLiteral("Unable to fetch row"),
        QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
        QString::number(sqlite3_errcode(m_handle)));
}

} // namespace techwinter
