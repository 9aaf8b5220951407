#include "SqlSupport.h"

#include "EventColumns.h"

#include <QDateTime>

#include <QCoreApplication>
#include <algorithm>

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
        return QCoreApplication::translate("SqlSupport",
            "another program (perhaps another TechWinter) is using the "
            "database and did not let go; try again when it has finished");
    case ErrorKind::ReadOnly:
        return QCoreApplication::translate("SqlSupport",
            "the database is read-only: there is no permission to change "
            "the file or its folder");
    case ErrorKind::Corrupt:
        return QCoreApplication::translate("SqlSupport",
            "the file is not a TechWinter database, or it is damaged; it was "
            "left as it is - open a backup or a new database");
    case ErrorKind::Full:
        return QCoreApplication::translate(
            "SqlSupport", "the disk is full (or the database reached its size limit)");
    case ErrorKind::Io:
        return QCoreApplication::translate("SqlSupport",
            "the database file could not be read or written (the disk may be "
            "full or failing, or its folder missing)");
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
            "SqlSupport", "someone else changed the database in the meantime");
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

namespace {

// Whether `e` holds a value for the field: a text that is not empty, a figure that is known.
bool isKnown(const Event &e, const EventFieldSpec &spec)
{
    switch (spec.type) {
    case FieldType::Text:
        return !(e.*spec.text).isEmpty();
    case FieldType::Integer:
        return (e.*spec.integer).has_value();
    case FieldType::Number:
        return (e.*spec.number).has_value();
    case FieldType::Date:
    case FieldType::Kind:
        break;
    }
    return true;
}

} // namespace

bool fitsBareInsert(const Event &e)
{
    return std::none_of(EventFields.begin(), EventFields.end(),
        [&](const EventFieldSpec &spec) { return !spec.hot && isKnown(e, spec); });
}

EventInsert::EventInsert(const QSqlDatabase &db)
    : m_full(db)
    , m_bare(db)
{
    static constexpr SqlText full = eventInsert(false);
    static constexpr SqlText bare = eventInsert(true);
    m_full.prepare(full.toString());
    m_bare.prepare(bare.toString());
}

bool EventInsert::exec(const Event &e, qint64 companyId, qint64 batch, qint64 sourceRow)
{
    const bool bare = fitsBareInsert(e);
    m_last = bare ? &m_bare : &m_full;
    QSqlQuery &q = *m_last;
    int index = 0;
    for (const EventFieldSpec &spec : EventFields) {
        if (!bare || spec.hot)
            index = bindEventField(q, index, spec, e, companyId);
    }
    q.bindValue(index, batch);
    q.bindValue(index + 1, sourceRow);
    return q.exec();
}

int bindEventField(
    QSqlQuery &q, int index, const EventFieldSpec &spec, const Event &e, qint64 companyId)
{
    switch (spec.type) {
    case FieldType::Date:
        q.bindValue(index, isoDate(e.date));
        q.bindValue(index + 1, datePrecisionName(e.precision));
        return index + 2;
    case FieldType::Kind:
        q.bindValue(index, eventKindName(e.kind));
        break;
    case FieldType::Text: {
        const QString &text = e.*spec.text;
        if (spec.field == EventField::Company)
            q.bindValue(index, companyId);
        else if (spec.nullWhenEmpty && text.isEmpty())
            q.bindValue(index, QVariant(QMetaType(QMetaType::QString)));
        else
            q.bindValue(index, nullable(text));
        break;
    }
    case FieldType::Integer:
        q.bindValue(index, optionalValue(e.*spec.integer));
        break;
    case FieldType::Number:
        q.bindValue(index, optionalValue(e.*spec.number));
        break;
    }
    return index + 1;
}

int readEventField(const QSqlQuery &q, int index, const EventFieldSpec &spec, Event &e)
{
    const QVariant value = q.value(index);
    switch (spec.type) {
    case FieldType::Date:
        e.date = QDate::fromString(value.toString(), Qt::ISODate);
        e.precision = precisionFromName(q.value(index + 1).toString());
        return e.date.isValid() ? index + 2 : -1;
    case FieldType::Kind: {
        const auto kind = eventKindFromName(value.toString());
        if (!kind)
            return -1;
        e.kind = *kind;
        break;
    }
    case FieldType::Text:
        e.*spec.text = value.toString();
        break;
    case FieldType::Integer:
        e.*spec.integer = optionalFrom<qint64>(value);
        break;
    case FieldType::Number:
        e.*spec.number = optionalFrom<double>(value);
        break;
    }
    return index + 1;
}

std::optional<Event> eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    int index = 1;
    for (const EventFieldSpec &spec : EventFields) {
        index = readEventField(q, index, spec, e);
        if (index < 0)
            return std::nullopt;
    }
    return e;
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
