#include "SqlSupport.h"

#include <QDateTime>

namespace techwinter::sql {

// SQLite's texts ("database disk image is malformed", "attempt to write a readonly database")
// name neither the problem nor a way out; say both in plain words, keeping SQLite's text in
// parentheses for a bug report. Qt's QSQLITE driver puts SQLite's result code in
// nativeErrorCode(); the low byte is the primary code of an extended one.
QString plainWords(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    QString what;
    if (numeric) {
        switch (code) {
        case 3: // SQLITE_PERM
        case 23: // SQLITE_AUTH
            what = QStringLiteral("there is no permission to use the database file");
            break;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            what = QStringLiteral("another program (perhaps another TechWinter) is using the "
                                  "database and did not let go; try again when it has finished");
            break;
        case 8: // SQLITE_READONLY
            what = QStringLiteral("the database is read-only: there is no permission to change "
                                  "the file or its folder");
            break;
        case 10: // SQLITE_IOERR
            what = QStringLiteral("the disk failed to read or write the database (the disk may "
                                  "be full or failing)");
            break;
        case 11: // SQLITE_CORRUPT
            what = QStringLiteral("the database file is damaged; it was left as it is - open a "
                                  "backup or a new database");
            break;
        case 13: // SQLITE_FULL
            what = QStringLiteral("the disk is full (or the database reached its size limit)");
            break;
        case 14: // SQLITE_CANTOPEN
            what = QStringLiteral("the database file cannot be opened (does its folder exist, "
                                  "and may it be read and written?)");
            break;
        case 26: // SQLITE_NOTADB
            what = QStringLiteral("the file is not a TechWinter database, or it is damaged; it "
                                  "was left as it is");
            break;
        default:
            break;
        }
    }
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (what.isEmpty())
        return sqlite;
    return QStringLiteral("%1 (SQLite: %2)").arg(what, sqlite);
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
