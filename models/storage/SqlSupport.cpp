#include "SqlSupport.h"

#include <QDateTime>

namespace techwinter::sql {

// SQLite's texts ("database disk image is malformed", "attempt to write a readonly database")
// name neither the problem nor a way out; say both in plain words, keeping SQLite's text in
// parentheses for a bug report. Qt's QSQLITE driver puts SQLite's result code in
// nativeErrorCode(); the low byte is the primary code of an extended one.
ErrorKind errorKind(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return ErrorKind::Io;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Locked;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return ErrorKind::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return ErrorKind::Corrupt;
    case 13: // SQLITE_FULL
        return ErrorKind::Full;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return ErrorKind::Io;
    case 19: // SQLITE_CONSTRAINT
    case 20: // SQLITE_MISMATCH
    case 25: // SQLITE_RANGE
        return ErrorKind::InvalidInput;
    default:
        return ErrorKind::Io;
    }
}

QString plainWords(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Locked:
        return QStringLiteral("another program (perhaps another TechWinter) is using the "
                              "database and did not let go; try again when it has finished");
    case ErrorKind::ReadOnly:
        return QStringLiteral("the database is read-only: there is no permission to change "
                              "the file or its folder");
    case ErrorKind::Corrupt:
        return QStringLiteral("the file is not a TechWinter database, or it is damaged; it was "
                              "left as it is - open a backup or a new database");
    case ErrorKind::Full:
        return QStringLiteral("the disk is full (or the database reached its size limit)");
    case ErrorKind::Io:
        return QStringLiteral("the database file could not be read or written (the disk may be "
                              "full or failing, or its folder missing)");
    case ErrorKind::Conflict:
        return QStringLiteral("someone else changed the database in the meantime");
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
        break;
    }
    return {};
}

QString plainWords(const QSqlError &error)
{
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Without a result code the text is Qt's own (a driver or connection problem): say only that.
    bool numeric = false;
    error.nativeErrorCode().toInt(&numeric);
    const QString what = numeric ? plainWords(errorKind(error)) : QString();
    if (what.isEmpty())
        return sqlite;
    return QStringLiteral("%1 (SQLite: %2)").arg(what, sqlite);
}

Error storageError(const QString &what, const QSqlError &error, const QString &file)
{
    return Error { errorKind(error), QStringLiteral("%1: %2").arg(what, plainWords(error)), file };
}

EventInsert::EventInsert(const QSqlDatabase &db)
    : m_full(db)
    , m_bare(db)
{
    m_full.prepare(QStringLiteral(
        "INSERT INTO events (date, date_precision, company_id, kind, counterparty, title, "
        "headcount, workforce_pct, amount, currency, amount_usd, usd_rate, source_url, notes, "
        "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_bare.prepare(QStringLiteral(
        "INSERT INTO events (date, date_precision, company_id, kind, headcount, amount_usd, "
        "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?)"));
}

bool EventInsert::exec(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow)
{
    const bool bare = e.counterparty.isEmpty() && e.title.isEmpty() && e.sourceUrl.isEmpty()
        && e.notes.isEmpty() && e.currency.isEmpty() && !e.workforcePct && !e.amount && !e.usdRate;
    m_last = bare ? &m_bare : &m_full;
    QSqlQuery &q = *m_last;
    q.bindValue(0, isoDate(e.date));
    q.bindValue(1, datePrecisionName(e.precision));
    q.bindValue(2, companyId);
    q.bindValue(3, eventKindName(e.kind));
    if (bare) {
        q.bindValue(4, optionalValue(e.headcount));
        q.bindValue(5, optionalValue(e.amountUsd));
        q.bindValue(6, batch);
        q.bindValue(7, sourceRow);
        return q.exec();
    }
    q.bindValue(4, nullable(e.counterparty));
    q.bindValue(5, nullable(e.title));
    q.bindValue(6, optionalValue(e.headcount));
    q.bindValue(7, optionalValue(e.workforcePct));
    q.bindValue(8, optionalValue(e.amount));
    q.bindValue(9, e.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.currency);
    q.bindValue(10, optionalValue(e.amountUsd));
    q.bindValue(11, optionalValue(e.usdRate));
    q.bindValue(12, nullable(e.sourceUrl));
    q.bindValue(13, nullable(e.notes));
    q.bindValue(14, batch);
    q.bindValue(15, sourceRow);
    return q.exec();
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QString nullable(const QString &s)
{
    return s.isNull() ? QLatin1String("") : s;
}

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

// YYYY-MM-DD as the events table stores it; QDate::toString(Qt::ISODate) goes through
// QString::asprintf, a measurable part of a million-row import. Years 0-9999 only (the
// table's CHECK allows nothing else).
QString isoDate(QDate date)
{
    const int year = date.year(), month = date.month(), day = date.day();
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate); // refused by the CHECK, with SQLite's message
    const char16_t text[10] = { char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
        char16_t(u'0' + month / 10), char16_t(u'0' + month % 10), u'-', char16_t(u'0' + day / 10),
        char16_t(u'0' + day % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

DatePrecision precisionFromName(const QString &precision)
{
    return precision == QLatin1String("month") ? DatePrecision::Month
        : precision == QLatin1String("year")   ? DatePrecision::Year
                                               : DatePrecision::Day;
}

} // namespace techwinter::sql
