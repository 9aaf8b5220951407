#include "EventRepository.h"

#include "EventCsv.h"
#include "MonthSumTally.h"
#include "SchemaMigrator.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unordered_map>

namespace techwinter {

namespace {

// How long a writer waits for another connection (another TechWinter window, a CLI import) to
// finish its write before giving up. Longer than the 5 s a reader waits: another instance's import
// holds the write lock for seconds, and waiting is better than failing the user's import.
constexpr int writerBusyTimeoutMs = 20000;
constexpr int readerBusyTimeoutMs = 5000;

// A write transaction: commits on success; rolls back when it goes out of scope uncommitted, so
// early returns are safe. It takes the write lock as it begins (BEGIN IMMEDIATE) rather than at
// its first write (QSqlDatabase::transaction()'s deferred BEGIN): a deferred transaction that has
// read cannot wait for the lock, since another writer's commit makes its snapshot stale, and
// SQLite fails it at once with "database is locked" - two instances importing at the same time
// would lose one import.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
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
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
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

// Raises the connection's page cache to 256 MiB while in scope, then back to SQLite's default
// (2000 KiB; nothing else here changes it). SQLite allocates cache pages only as they are used
// and frees them when the limit drops again. Fixed statements: PRAGMA takes no bound values.
class LargerCache
{
public:
    explicit LargerCache(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~LargerCache() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -2000")); }
    LargerCache(const LargerCache &) = delete;
    LargerCache &operator=(const LargerCache &) = delete;

private:
    QSqlDatabase &m_db;
};

// The fields EventRepository::importParsed() compares to find a duplicate, as bytes (doubles by
// their bits, texts length-prefixed): events the duplicate query would match have equal keys.
QByteArray duplicateKey(qint64 companyId, const Event &e)
{
    QByteArray key;
    key.reserve(96);
    const auto raw = [&](const auto &v) {
        key.append(reinterpret_cast<const char *>(&v), sizeof v);
    };
    const auto optional = [&](const auto &v) {
        key.push_back(v ? '1' : '0');
        if (v)
            raw(*v);
    };
    const auto text = [&](const QString &t) {
        const QByteArray utf8 = t.toUtf8();
        raw(utf8.size());
        key.append(utf8);
    };
    raw(companyId);
    raw(e.date.toJulianDay());
    raw(e.kind);
    raw(e.precision);
    optional(e.headcount);
    optional(e.workforcePct);
    optional(e.amount);
    optional(e.amountUsd);
    text(e.counterparty);
    text(e.title);
    return key;
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

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

template<typename T> std::optional<T> optionalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

QString nullable(const QString &s)
{
    return s.isNull() ? QLatin1String("") : s;
}

// Case-insensitive key for name/alias lookup; SQLite's NOCASE folds ASCII only, we fold Unicode.
QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db, QString path, bool created)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_created(created)
{
}

EventRepository::~EventRepository()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error EventRepository::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())), m_path };
}

Result<std::unique_ptr<EventRepository>> EventRepository::open(const QString &path)
{
    const bool created = !QFileInfo::exists(path);
    const QString connection
        = QStringLiteral("techwinter-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<EventRepository> repo;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Another instance may hold a write lock for a moment; wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(readerBusyTimeoutMs));
        repo.reset(new EventRepository(db, path, created));
    }
    if (!repo->m_db.open())
        return Error {
            QStringLiteral("cannot open the database: %1").arg(plainWords(repo->m_db.lastError())),
            path
        };
    QSqlQuery q(repo->m_db);
    const auto failed = [&](const QString &what) {
        return Error { QStringLiteral("%1: %2").arg(what, plainWords(q.lastError())), path };
    };
    // Look before changing anything: a damaged file, or some other program's SQLite database,
    // must be left exactly as it is (switching it to WAL or migrating it would write to it).
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return failed(QStringLiteral("cannot read the database"));
    const qint64 objects = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(QStringLiteral("cannot read the database"));
    const int version = q.value(0).toInt();
    q.finish();
    if (version == 0 && objects > 0) {
        return Error { QStringLiteral("the file is an SQLite database of another program, not a "
                                      "TechWinter database; it was left as it is"),
            path };
    }
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL" }) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return failed(QStringLiteral("cannot prepare the database"));
    }
    if (auto migrated = SchemaMigrator::migrate(repo->m_db); !migrated)
        return migrated.error();
    return repo;
}

Result<int> EventRepository::schemaVersion() const
{
    return SchemaMigrator::currentVersion(m_db);
}

Result<qint64> EventRepository::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return sqlError(QStringLiteral("cannot count events"), q);
    return q.value(0).toLongLong();
}

Result<bool> EventRepository::hasEvents() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events)")) || !q.next())
        return sqlError(QStringLiteral("cannot count events"), q);
    return q.value(0).toBool();
}

Status EventRepository::addCompanies(const std::vector<Company> &companies)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };
    QSqlQuery find(m_db), insertCompany(m_db), insertAlias(m_db);
    find.prepare(QStringLiteral("SELECT id FROM companies WHERE name = ? "
                                "UNION SELECT company_id FROM company_aliases WHERE alias = ?"));
    insertCompany.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
    // The display name doubles as an alias only where it names no other company.
    insertAlias.prepare(QStringLiteral("INSERT OR IGNORE INTO company_aliases (alias, company_id) "
                                       "SELECT ?, ? WHERE NOT EXISTS "
                                       "(SELECT 1 FROM companies WHERE name = ? AND id <> ?)"));
    for (const Company &c : companies) {
        const QString name = c.name.trimmed();
        if (name.isEmpty())
            return Error { QStringLiteral("a company without a name cannot be added"), m_path };
        qint64 id = 0;
        for (const QString &candidate : QStringList { name } + c.aliases) {
            find.bindValue(0, candidate.trimmed());
            find.bindValue(1, candidate.trimmed());
            if (!find.exec())
                return sqlError(QStringLiteral("cannot look up company %1").arg(candidate), find);
            if (find.next()) {
                id = find.value(0).toLongLong();
                break;
            }
        }
        if (id == 0) {
            insertCompany.bindValue(0, name);
            if (!insertCompany.exec())
                return sqlError(QStringLiteral("cannot add company %1").arg(name), insertCompany);
            id = insertCompany.lastInsertId().toLongLong();
        }
        for (const QString &alias : QStringList { name } + c.aliases) {
            insertAlias.bindValue(0, alias.trimmed());
            insertAlias.bindValue(1, id);
            insertAlias.bindValue(2, alias.trimmed());
            insertAlias.bindValue(3, id);
            if (!alias.trimmed().isEmpty() && !insertAlias.exec())
                return sqlError(QStringLiteral("cannot add alias %1").arg(alias), insertAlias);
        }
    }
    if (!tx.commit())
        return Error { QStringLiteral("cannot save companies: %1").arg(plainWords(tx.error())),
            m_path };
    return Ok {};
}

Result<qint64> EventRepository::addEvents(const std::vector<Event> &events, const QString &source)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };
    QSqlQuery q(m_db);
    QHash<QString, qint64> ids;
    if (!q.exec(QStringLiteral("SELECT name, id FROM companies "
                               "UNION ALL SELECT alias, company_id FROM company_aliases")))
        return sqlError(QStringLiteral("cannot read companies"), q);
    while (q.next())
        ids.insert(nameKey(q.value(0).toString()), q.value(1).toLongLong());

    q.prepare(QStringLiteral("INSERT INTO import_batches (source, imported_at) VALUES (?, ?)"));
    q.addBindValue(source);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the import"), q);
    const qint64 batch = q.lastInsertId().toLongLong();

    QSqlQuery insertCompany(m_db);
    insertCompany.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO events (date, date_precision, company_id, kind, counterparty, title, "
        "headcount, workforce_pct, amount, currency, amount_usd, usd_rate, source_url, notes, "
        "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    qint64 row = 0;
    for (const Event &e : events) {
        ++row;
        const QString company = e.company.trimmed();
        if (company.isEmpty() || !e.date.isValid())
            return Error { QStringLiteral("event %1 has no company or no date").arg(row), source,
                row };
        auto it = ids.constFind(nameKey(company));
        qint64 companyId = 0;
        if (it != ids.constEnd()) {
            companyId = *it;
        } else {
            insertCompany.bindValue(0, company);
            if (!insertCompany.exec())
                return sqlError(
                    QStringLiteral("cannot add company %1").arg(company), insertCompany);
            companyId = insertCompany.lastInsertId().toLongLong();
            ids.insert(nameKey(company), companyId);
        }
        insert.bindValue(0, e.date.toString(Qt::ISODate));
        insert.bindValue(1, datePrecisionName(e.precision));
        insert.bindValue(2, companyId);
        insert.bindValue(3, eventKindName(e.kind));
        insert.bindValue(4, nullable(e.counterparty));
        insert.bindValue(5, nullable(e.title));
        insert.bindValue(6, optionalValue(e.headcount));
        insert.bindValue(7, optionalValue(e.workforcePct));
        insert.bindValue(8, optionalValue(e.amount));
        insert.bindValue(
            9, e.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.currency);
        insert.bindValue(10, optionalValue(e.amountUsd));
        insert.bindValue(11, optionalValue(e.usdRate));
        insert.bindValue(12, nullable(e.sourceUrl));
        insert.bindValue(13, nullable(e.notes));
        insert.bindValue(14, batch);
        insert.bindValue(15, row);
        if (!insert.exec()) {
            Error err = sqlError(QStringLiteral("cannot store event %1").arg(row), insert);
            err.file = source;
            err.line = row;
            return err;
        }
    }
    if (!tx.commit())
        return Error { QStringLiteral("cannot save the import: %1").arg(plainWords(tx.error())),
            m_path };
    return batch;
}

Result<std::vector<Company>> EventRepository::loadCompanies() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.name, a.alias FROM companies c "
            "LEFT JOIN company_aliases a ON a.company_id = c.id AND a.alias <> c.name "
            "ORDER BY c.id, a.alias")))
        return sqlError(QStringLiteral("cannot read companies"), q);
    std::vector<Company> companies;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (companies.empty() || companies.back().id != id)
            companies.push_back(Company { id, q.value(1).toString(), {} });
        if (!q.value(2).isNull())
            companies.back().aliases << q.value(2).toString();
    }
    // next() also ends at a damaged page: a partial list must not pass for the whole.
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read companies"), q);
    return companies;
}

Result<std::vector<Event>> EventRepository::loadEvents() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.date, e.date_precision, c.name, e.kind, e.counterparty, e.title, "
            "e.headcount, e.workforce_pct, e.amount, e.currency, e.amount_usd, e.usd_rate, "
            "e.source_url, e.notes FROM events e JOIN companies c ON c.id = e.company_id "
            "ORDER BY e.date, e.id")))
        return sqlError(QStringLiteral("cannot read events"), q);
    std::vector<Event> events;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QString precision = q.value(2).toString();
        e.precision = precision == QLatin1String("month") ? DatePrecision::Month
            : precision == QLatin1String("year")          ? DatePrecision::Year
                                                          : DatePrecision::Day;
        e.company = q.value(3).toString();
        const auto kind = eventKindFromName(q.value(4).toString());
        if (!kind || !e.date.isValid())
            return Error { QStringLiteral("event %1 has an unreadable date or kind").arg(e.id),
                m_path };
        e.kind = *kind;
        e.counterparty = q.value(5).toString();
        e.title = q.value(6).toString();
        e.headcount = optionalFrom<qint64>(q.value(7));
        e.workforcePct = optionalFrom<double>(q.value(8));
        e.amount = optionalFrom<double>(q.value(9));
        e.currency = q.value(10).toString();
        e.amountUsd = optionalFrom<double>(q.value(11));
        e.usdRate = optionalFrom<double>(q.value(12));
        e.sourceUrl = q.value(13).toString();
        e.notes = q.value(14).toString();
        events.push_back(std::move(e));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return events;
}

} // namespace techwinter

namespace techwinter {

namespace {

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

} // namespace

Result<EventStore> EventRepository::loadStore(std::vector<Company> companies) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return sqlError(QStringLiteral("cannot count events"), q);
    const qint64 count = q.value(0).toLongLong();
    q.finish();

    EventStore::Builder builder(std::move(companies));
    builder.reserve(size_t(count));
    // Hot pass: four integer/real cells a row, the day and codes computed by SQLite, so no text
    // crosses Qt SQL for the million rows a big database holds; Qt SQL's cost is per cell, so
    // the company id travels in the same integer as the day and codes: company_id * 2^28 +
    // julian day * 32 + kind * 4 + precision (days of years 0-9999 are below 2^23). Table order
    // (id order); the builder's stable date sort then gives (date, id), without an index walk.
    if (!q.exec(QStringLiteral(
            "SELECT id, company_id * 268435456 + "
            "CAST(julianday(date) + 0.5 AS INTEGER) * 32 + "
            "(CASE kind WHEN 'layoff' THEN 0 WHEN 'ai_investment' THEN 1 "
            "WHEN 'investment' THEN 2 WHEN 'acquisition' THEN 3 WHEN 'restructuring' THEN 4 "
            "ELSE 5 END) * 4 + "
            "(CASE date_precision WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 0 END), "
            "headcount, amount_usd FROM events ORDER BY id")))
        return sqlError(QStringLiteral("cannot read events"), q);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 word = q.value(1).toLongLong();
        const int company = builder.companyById(word >> 28);
        if (company < 0)
            continue; // no such company: the old JOIN skipped these rows too
        const qint64 packed = word & ((qint64(1) << 28) - 1);
        const QVariant headcount = q.value(2);
        const QVariant amountUsd = q.value(3);
        builder.addEvent(id, int(packed >> 5), DatePrecision(packed & 3), company,
            EventKind((packed >> 2) & 7),
            headcount.isNull() ? std::nullopt : std::optional<qint64>(headcount.toLongLong()),
            amountUsd.isNull() ? std::nullopt : std::optional<double>(amountUsd.toDouble()));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    q.finish();

    // Cold pass: only rows that carry text or rare figures, read through the partial index of
    // migration 004 (same WHERE), so rows without any cost nothing here.
    if (!q.exec(QStringLiteral(
            "SELECT id, counterparty, title, source_url, notes, currency, workforce_pct, amount, "
            "usd_rate FROM events WHERE counterparty <> '' OR title <> '' OR source_url <> '' "
            "OR notes <> '' OR currency <> '' OR workforce_pct IS NOT NULL "
            "OR amount IS NOT NULL OR usd_rate IS NOT NULL ORDER BY id")))
        return sqlError(QStringLiteral("cannot read events"), q);
    size_t position = 0;
    while (q.next()) {
        Event e;
        const qint64 id = q.value(0).toLongLong();
        // Both passes run in id order: walk forward to this row's position.
        while (position < builder.size() && builder.idAt(position) < id)
            ++position;
        if (position == builder.size() || builder.idAt(position) != id)
            continue;
        e.counterparty = q.value(1).toString();
        e.title = q.value(2).toString();
        e.sourceUrl = q.value(3).toString();
        e.notes = q.value(4).toString();
        e.currency = q.value(5).toString();
        e.workforcePct = optionalFrom<double>(q.value(6));
        e.amount = optionalFrom<double>(q.value(7));
        e.usdRate = optionalFrom<double>(q.value(8));
        builder.setColdFields(position, e);
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return std::move(builder).build();
}

Result<std::vector<MonthSum>> EventRepository::loadMonthSums(
    const std::optional<std::vector<qint64>> &companyIds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Fixed statements only: all sums, or one company's at a time (its primary-key range).
    if (companyIds) {
        q.prepare(QStringLiteral("SELECT company_id, month, kind, events, headcount, "
                                 "amount_usd_cents FROM event_month_sums "
                                 "WHERE company_id = ? AND events > 0 ORDER BY month, kind"));
    } else {
        q.prepare(QStringLiteral("SELECT company_id, month, kind, events, headcount, "
                                 "amount_usd_cents FROM event_month_sums WHERE events > 0 "
                                 "ORDER BY company_id, month, kind"));
    }
    std::vector<MonthSum> sums;
    const std::vector<qint64> all { 0 };
    for (qint64 id : companyIds ? *companyIds : all) {
        if (companyIds)
            q.bindValue(0, id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot read the monthly sums"), q);
        while (q.next()) {
            const auto kind = eventKindFromName(q.value(2).toString());
            if (!kind)
                return Error { QStringLiteral("the monthly sums hold an unknown kind"), m_path };
            sums.push_back(MonthSum { q.value(0).toLongLong(), q.value(1).toInt(), *kind,
                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong() });
        }
        if (q.lastError().isValid())
            return sqlError(QStringLiteral("cannot read the monthly sums"), q);
    }
    return sums;
}

Result<std::vector<Event>> EventRepository::loadLaunches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The kind is written out, not bound, so that SQLite can use the partial index of launches.
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.date, e.date_precision, c.name, e.counterparty, e.title, e.headcount, "
            "e.workforce_pct, e.amount, e.currency, e.amount_usd, e.usd_rate, e.source_url, "
            "e.notes "
            "FROM events e JOIN companies c ON c.id = e.company_id WHERE e.kind = 'launch' "
            "ORDER BY e.date, e.id")))
        return sqlError(QStringLiteral("cannot read events"), q);
    std::vector<Event> events;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.precision = precisionFromName(q.value(2).toString());
        e.company = q.value(3).toString();
        e.kind = EventKind::Launch;
        e.counterparty = q.value(4).toString();
        e.title = q.value(5).toString();
        e.headcount = optionalFrom<qint64>(q.value(6));
        e.workforcePct = optionalFrom<double>(q.value(7));
        e.amount = optionalFrom<double>(q.value(8));
        e.currency = q.value(9).toString();
        e.amountUsd = optionalFrom<double>(q.value(10));
        e.usdRate = optionalFrom<double>(q.value(11));
        e.sourceUrl = q.value(12).toString();
        e.notes = q.value(13).toString();
        if (e.date.isValid())
            events.push_back(std::move(e));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return events;
}

Error EventRepository::transactionError(const QString &what) const
{
    return Error { QStringLiteral("%1: %2").arg(what, plainWords(m_db.lastError())), m_path };
}

Result<ImportSummary> EventRepository::importParsed(
    const ParsedImport &parsed, const ImportControl &control)
{
    const QString &file = parsed.filePath;
    if (parsed.truncated) {
        return Error { QStringLiteral("this is a preview of the first %1 rows; read the whole "
                                      "file before importing it")
                           .arg(parsed.rowsRead),
            file };
    }
    ImportSummary summary;
    summary.sourceName = parsed.sourceName;
    summary.format = parsed.mapping.format;
    summary.rowsRead = parsed.rowsRead;
    summary.rejected = parsed.rejected;
    summary.problems = parsed.problems;
    const auto storeError = [&](const QString &what, const QSqlQuery &query, qint64 line) {
        return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())), file,
            line };
    };

    // A big import dirties more pages than SQLite's default 2 MiB cache holds; they then spill
    // to the WAL mid-transaction and are read back for every index update, which cost a third
    // of a million-row import in system calls (perf). Grow the cache for the import only.
    const LargerCache cache(m_db);
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<QString, qint64> companyIds;
    if (!q.exec(QStringLiteral("SELECT name, id FROM companies "
                               "UNION ALL SELECT alias, company_id FROM company_aliases")))
        return sqlError(QStringLiteral("cannot read companies"), q);
    while (q.next())
        companyIds.insert(nameKey(q.value(0).toString()), q.value(1).toLongLong());

    q.prepare(QStringLiteral(
        "INSERT INTO import_batches (source, imported_at, format) VALUES (?, ?, ?)"));
    q.addBindValue(parsed.sourceName);
    q.addBindValue(isoNow());
    q.addBindValue(importFormatName(parsed.mapping.format));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the import"), q);
    const qint64 batch = q.lastInsertId().toLongLong();

    QSqlQuery insertCompany(m_db), findDuplicate(m_db), insertEvent(m_db), insertAttribute(m_db);
    insertCompany.prepare(
        QStringLiteral("INSERT INTO companies (name, created_by_batch) VALUES (?, ?)"));
    // "Same company, kind, date and figures", and the same counterparty and title: two
    // restructurings of one firm in one month with no figures are two events, not one.
    // IS compares NULL with NULL as equal, as wanted.
    findDuplicate.prepare(QStringLiteral(
        "SELECT 1 FROM events WHERE company_id = ? AND date = ? AND kind = ? "
        "AND date_precision = ? AND headcount IS ? AND workforce_pct IS ? AND amount IS ? "
        "AND amount_usd IS ? AND counterparty = ? AND title = ? LIMIT 1"));
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO events (date, date_precision, company_id, kind, counterparty, title, "
        "headcount, workforce_pct, amount, currency, amount_usd, usd_rate, source_url, notes, "
        "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    // Most rows of a big file carry only the figures: binding eight values instead of sixteen
    // halves Qt SQL's per-value cost (each bind builds a placeholder name). The columns left out
    // take their defaults, which are what the full statement would bind for them.
    QSqlQuery insertBareEvent(m_db);
    insertBareEvent.prepare(QStringLiteral(
        "INSERT INTO events (date, date_precision, company_id, kind, headcount, amount_usd, "
        "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?)"));
    insertAttribute.prepare(
        QStringLiteral("INSERT OR REPLACE INTO event_attributes (event_id, name, value) "
                       "VALUES (?, ?, ?)"));

    const qint64 total = qint64(parsed.events.size() + parsed.contextPoints.size());
    qint64 done = 0;
    const auto step = [&]() -> bool {
        if (control.isCancelled())
            return false;
        if (done % 512 == 0)
            control.report(ImportStage::Storing, done, total);
        ++done;
        return true;
    };
    const Error cancelled { QStringLiteral("the import was cancelled; nothing was stored"), file };

    // Which companies already hold events: only their rows can duplicate a stored event, so only
    // they pay an SQL lookup per row (a million lookups were a large part of a big import).
    QSet<qint64> companiesWithEvents;
    if (!q.exec(QStringLiteral("SELECT DISTINCT company_id FROM events")))
        return sqlError(QStringLiteral("cannot read companies"), q);
    while (q.next())
        companiesWithEvents.insert(q.value(0).toLongLong());
    // Rows of this file by the hash of their duplicate key (the first row with each hash), and
    // each row's company id: a repeat within the file is found in memory, comparing whole keys.
    std::unordered_map<size_t, size_t> firstWithHash;
    firstWithHash.reserve(parsed.events.size());
    std::vector<qint64> rowCompany(parsed.events.size(), 0);

    // The sums trigger of migration 004 runs a sub-program and an upsert per inserted row, a sixth
    // of a big import. Here the sums are added up in memory instead and written once per company,
    // month and kind; the trigger is dropped for this transaction and created again from its own
    // stored text before the commit. DDL is transactional in SQLite: if the import fails, is
    // cancelled or the process is killed, the rollback brings the trigger back with everything
    // else, and no other connection ever sees the schema without it.
    QString sumsTrigger;
    if (!parsed.events.empty()) {
        if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                                   "AND name = 'event_month_sums_insert'")))
            return sqlError(QStringLiteral("cannot read the database schema"), q);
        if (q.next())
            sumsTrigger = q.value(0).toString();
        q.finish();
        if (sumsTrigger.isEmpty())
            return Error { QStringLiteral("the database has lost its monthly sums trigger; it "
                                          "was left as it is"),
                m_path };
        if (!q.exec(QStringLiteral("DROP TRIGGER event_month_sums_insert")))
            return sqlError(QStringLiteral("cannot prepare the import"), q);
    }
    MonthSumTally tally;

    // Into an empty table, a big import builds the (company, date) index once at the end: a
    // sort, instead of a million inserts at random places of a growing B-tree (a sixth of the
    // storing time at 1M rows). The duplicate query does not need it then: with no stored
    // events, only a repeat within the file can be a duplicate, and those are found in memory.
    // Dropped and created inside the transaction, like the trigger above.
    constexpr size_t bulkRows = 20000;
    QString companyDateIndex;
    if (companiesWithEvents.isEmpty() && parsed.events.size() >= bulkRows) {
        if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' "
                                   "AND name = 'events_company_date'")))
            return sqlError(QStringLiteral("cannot read the database schema"), q);
        if (q.next())
            companyDateIndex = q.value(0).toString();
        q.finish();
        if (!companyDateIndex.isEmpty()
            && !q.exec(QStringLiteral("DROP INDEX events_company_date")))
            return sqlError(QStringLiteral("cannot prepare the import"), q);
    }

    for (size_t row = 0; row < parsed.events.size(); ++row) {
        if (!step())
            return cancelled;
        const ImportedEvent &imported = parsed.events[row];
        const Event &e = imported.event;
        const QString company = e.company.trimmed();
        if (company.isEmpty() || !e.date.isValid())
            return Error { QStringLiteral("the event has no company or no date"), file,
                imported.line };
        qint64 companyId = companyIds.value(nameKey(company));
        if (companyId == 0) {
            insertCompany.bindValue(0, company);
            insertCompany.bindValue(1, batch);
            if (!insertCompany.exec())
                return storeError(QStringLiteral("cannot add company %1").arg(company),
                    insertCompany, imported.line);
            companyId = insertCompany.lastInsertId().toLongLong();
            companyIds.insert(nameKey(company), companyId);
        }
        rowCompany[row] = companyId;
        const QString date = isoDate(e.date);
        // A row repeating an earlier row of this file is found in memory; only a row of a
        // company with stored events needs the SQL lookup (which also sees this file's rows,
        // inserted in this transaction). Two different keys with one 64-bit hash fall back to
        // the lookup too.
        const QByteArray key = duplicateKey(companyId, e);
        const auto [first, isNew] = firstWithHash.try_emplace(qHash(QByteArrayView(key)), row);
        bool duplicate = !isNew
            && duplicateKey(rowCompany[first->second], parsed.events[first->second].event) == key;
        const bool collision = !isNew && !duplicate;
        if (!duplicate && (collision || companiesWithEvents.contains(companyId))) {
            findDuplicate.bindValue(0, companyId);
            findDuplicate.bindValue(1, date);
            findDuplicate.bindValue(2, eventKindName(e.kind));
            findDuplicate.bindValue(3, datePrecisionName(e.precision));
            findDuplicate.bindValue(4, optionalValue(e.headcount));
            findDuplicate.bindValue(5, optionalValue(e.workforcePct));
            findDuplicate.bindValue(6, optionalValue(e.amount));
            findDuplicate.bindValue(7, optionalValue(e.amountUsd));
            findDuplicate.bindValue(8, nullable(e.counterparty));
            findDuplicate.bindValue(9, nullable(e.title));
            if (!findDuplicate.exec())
                return storeError(
                    QStringLiteral("cannot look for duplicates"), findDuplicate, imported.line);
            duplicate = findDuplicate.next();
            findDuplicate.finish();
        }
        if (duplicate) {
            ++summary.duplicatesSkipped;
            continue;
        }
        const bool bare = e.counterparty.isEmpty() && e.title.isEmpty() && e.sourceUrl.isEmpty()
            && e.notes.isEmpty() && e.currency.isEmpty() && !e.workforcePct && !e.amount
            && !e.usdRate;
        QSqlQuery &insert = bare ? insertBareEvent : insertEvent;
        if (bare) {
            insert.bindValue(0, date);
            insert.bindValue(1, datePrecisionName(e.precision));
            insert.bindValue(2, companyId);
            insert.bindValue(3, eventKindName(e.kind));
            insert.bindValue(4, optionalValue(e.headcount));
            insert.bindValue(5, optionalValue(e.amountUsd));
            insert.bindValue(6, batch);
            insert.bindValue(7, imported.line);
        } else {
            insert.bindValue(0, date);
            insert.bindValue(1, datePrecisionName(e.precision));
            insert.bindValue(2, companyId);
            insert.bindValue(3, eventKindName(e.kind));
            insert.bindValue(4, nullable(e.counterparty));
            insert.bindValue(5, nullable(e.title));
            insert.bindValue(6, optionalValue(e.headcount));
            insert.bindValue(7, optionalValue(e.workforcePct));
            insert.bindValue(8, optionalValue(e.amount));
            insert.bindValue(
                9, e.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.currency);
            insert.bindValue(10, optionalValue(e.amountUsd));
            insert.bindValue(11, optionalValue(e.usdRate));
            insert.bindValue(12, nullable(e.sourceUrl));
            insert.bindValue(13, nullable(e.notes));
            insert.bindValue(14, batch);
            insert.bindValue(15, imported.line);
        }
        if (!insert.exec())
            return storeError(QStringLiteral("cannot store the event"), insert, imported.line);
        tally.add(companyId, e);
        if (imported.attributes.empty()) {
            ++summary.imported;
            continue;
        }
        const qint64 eventId = insert.lastInsertId().toLongLong();
        for (const EventAttribute &a : imported.attributes) {
            insertAttribute.bindValue(0, eventId);
            insertAttribute.bindValue(1, a.name);
            insertAttribute.bindValue(2, a.value);
            if (!insertAttribute.exec())
                return storeError(QStringLiteral("cannot store attribute %1").arg(a.name),
                    insertAttribute, imported.line);
        }
        ++summary.imported;
    }

    if (!companyDateIndex.isEmpty() && !q.exec(companyDateIndex))
        return sqlError(QStringLiteral("cannot finish the import"), q);

    if (!sumsTrigger.isEmpty()) {
        QSqlQuery addSum(m_db);
        addSum.prepare(QStringLiteral(
            "INSERT INTO event_month_sums (company_id, month, kind, events, headcount, "
            "amount_usd_cents) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (company_id, month, kind) DO UPDATE SET "
            "events = events + excluded.events, headcount = headcount + excluded.headcount, "
            "amount_usd_cents = amount_usd_cents + excluded.amount_usd_cents"));
        for (const MonthSum &sum : tally.sums()) {
            addSum.bindValue(0, sum.companyId);
            addSum.bindValue(1, sum.month);
            addSum.bindValue(2, eventKindName(sum.kind));
            addSum.bindValue(3, sum.events);
            addSum.bindValue(4, sum.headcount);
            addSum.bindValue(5, sum.amountUsdCents);
            if (!addSum.exec())
                return storeError(QStringLiteral("cannot store the monthly sums"), addSum, 0);
        }
        if (!q.exec(sumsTrigger))
            return sqlError(QStringLiteral("cannot finish the import"), q);
    }

    if (!parsed.contextPoints.empty()) {
        QHash<QString, qint64> seriesIds;
        if (!q.exec(QStringLiteral("SELECT name, id FROM context_series")))
            return sqlError(QStringLiteral("cannot read context series"), q);
        while (q.next())
            seriesIds.insert(nameKey(q.value(0).toString()), q.value(1).toLongLong());
        QSqlQuery insertSeries(m_db), findPoint(m_db), insertPoint(m_db);
        insertSeries.prepare(
            QStringLiteral("INSERT INTO context_series (name, unit, source) VALUES (?, ?, ?)"));
        findPoint.prepare(QStringLiteral("SELECT value FROM context_points "
                                         "WHERE series_id = ? AND entity = ? AND date = ?"));
        insertPoint.prepare(QStringLiteral(
            "INSERT INTO context_points (series_id, entity, entity_code, is_aggregate, date, "
            "date_precision, value, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (const ContextPoint &p : parsed.contextPoints) {
            if (!step())
                return cancelled;
            qint64 seriesId = seriesIds.value(nameKey(p.series));
            if (seriesId == 0) {
                insertSeries.bindValue(0, p.series);
                insertSeries.bindValue(1, parsed.mapping.series.unit);
                insertSeries.bindValue(2, parsed.sourceName);
                if (!insertSeries.exec())
                    return storeError(
                        QStringLiteral("cannot add series %1").arg(p.series), insertSeries, p.line);
                seriesId = insertSeries.lastInsertId().toLongLong();
                seriesIds.insert(nameKey(p.series), seriesId);
            }
            const QString date = p.date.toString(Qt::ISODate);
            findPoint.bindValue(0, seriesId);
            findPoint.bindValue(1, p.entity);
            findPoint.bindValue(2, date);
            if (!findPoint.exec())
                return storeError(QStringLiteral("cannot look for duplicates"), findPoint, p.line);
            const std::optional<double> existing = findPoint.next()
                ? std::optional<double>(findPoint.value(0).toDouble())
                : std::nullopt;
            findPoint.finish();
            if (existing && *existing == p.value) {
                ++summary.duplicatesSkipped;
                continue;
            }
            if (existing) {
                // Two values for one entity and period would be summed or drawn twice; the user
                // must decide which is right.
                ++summary.rejected;
                summary.problems.push_back(ImportProblem { p.line, p.series,
                    QStringLiteral("%1 already has the value %2 for %3; this row says %4")
                        .arg(p.entity, EventCsv::formatNumber(*existing, 4),
                            p.date.toString(QStringLiteral("yyyy")),
                            EventCsv::formatNumber(p.value, 4)) });
                continue;
            }
            insertPoint.bindValue(0, seriesId);
            insertPoint.bindValue(1, p.entity);
            insertPoint.bindValue(2, nullable(p.entityCode));
            insertPoint.bindValue(3, p.aggregate ? 1 : 0);
            insertPoint.bindValue(4, date);
            insertPoint.bindValue(5, datePrecisionName(p.precision));
            insertPoint.bindValue(6, p.value);
            insertPoint.bindValue(7, batch);
            insertPoint.bindValue(8, p.line);
            if (!insertPoint.exec())
                return storeError(QStringLiteral("cannot store the point"), insertPoint, p.line);
            ++summary.imported;
        }
    }
    control.report(ImportStage::Storing, total, total);
    if (control.isCancelled())
        return cancelled;

    if (summary.imported == 0) {
        // Nothing new: leave no empty batch behind (the transaction rolls back on return).
        if (summary.duplicatesSkipped == 0 && summary.problems.empty())
            return Error { QStringLiteral("the file holds nothing to import"), file };
        if (summary.duplicatesSkipped == 0) {
            const ImportProblem &first = summary.problems.front();
            return Error {
                QStringLiteral("no row can be imported (first: %1)")
                    .arg(first.column.isEmpty()
                            ? first.reason
                            : QStringLiteral("column %1: %2").arg(first.column, first.reason)),
                file, first.line
            };
        }
        return summary;
    }
    if (!tx.commit())
        return Error { QStringLiteral("cannot save the import: %1").arg(plainWords(tx.error())),
            m_path };
    summary.batchId = batch;
    return summary;
}

Result<qint64> EventRepository::undoImport(qint64 batchId)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM events WHERE batch_id = b.id) + "
                             "(SELECT count(*) FROM context_points WHERE batch_id = b.id) "
                             "FROM import_batches b WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read import %1").arg(batchId), q);
    if (!q.next())
        return Error { QStringLiteral("there is no import %1 to undo").arg(batchId), m_path };
    const qint64 removed = q.value(0).toLongLong();
    q.finish();

    std::vector<qint64> createdCompanies;
    q.prepare(QStringLiteral("SELECT id FROM companies WHERE created_by_batch = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read companies"), q);
    while (q.next())
        createdCompanies.push_back(q.value(0).toLongLong());
    q.finish();

    // Explicit deletes rather than ON DELETE CASCADE alone: they hold whatever the connection's
    // foreign-key setting.
    for (const char *sql : {
             "DELETE FROM event_attributes WHERE event_id IN "
             "(SELECT id FROM events WHERE batch_id = ?)",
             "DELETE FROM events WHERE batch_id = ?",
             "DELETE FROM context_points WHERE batch_id = ?",
             "UPDATE companies SET created_by_batch = NULL WHERE created_by_batch = ?",
             "DELETE FROM import_batches WHERE id = ?",
         }) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(batchId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot undo import %1").arg(batchId), q);
    }
    q.prepare(QStringLiteral("DELETE FROM companies WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM events WHERE company_id = companies.id)"));
    for (qint64 id : createdCompanies) {
        q.bindValue(0, id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot remove company %1").arg(id), q);
    }
    if (!q.exec(
            QStringLiteral("DELETE FROM context_series WHERE NOT EXISTS "
                           "(SELECT 1 FROM context_points WHERE series_id = context_series.id)")))
        return sqlError(QStringLiteral("cannot remove empty series"), q);
    if (!tx.commit())
        return Error { QStringLiteral("cannot save the undo: %1").arg(plainWords(tx.error())),
            m_path };
    return removed;
}

Result<std::vector<ImportBatch>> EventRepository::importBatches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT b.id, b.source, b.format, b.imported_at, "
                               "(SELECT count(*) FROM events WHERE batch_id = b.id), "
                               "(SELECT count(*) FROM context_points WHERE batch_id = b.id) "
                               "FROM import_batches b ORDER BY b.id")))
        return sqlError(QStringLiteral("cannot read imports"), q);
    std::vector<ImportBatch> batches;
    while (q.next()) {
        ImportBatch b;
        b.id = q.value(0).toLongLong();
        b.source = q.value(1).toString();
        b.format = q.value(2).toString();
        b.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        b.eventCount = q.value(4).toLongLong();
        b.contextPointCount = q.value(5).toLongLong();
        batches.push_back(std::move(b));
    }
    return batches;
}

Result<EventDetails> EventRepository::eventDetails(qint64 eventId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.batch_id, e.source_row, b.source, b.imported_at "
                             "FROM events e LEFT JOIN import_batches b ON b.id = e.batch_id "
                             "WHERE e.id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read event %1").arg(eventId), q);
    if (!q.next())
        return Error { QStringLiteral("there is no event %1").arg(eventId), m_path };
    EventDetails details;
    details.batchId = q.value(0).toLongLong();
    details.sourceRow = q.value(1).toLongLong();
    details.source = q.value(2).toString();
    details.importedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT name, value FROM event_attributes WHERE event_id = ? ORDER BY name"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the attributes of event %1").arg(eventId), q);
    while (q.next())
        details.attributes.push_back(
            EventAttribute { q.value(0).toString(), q.value(1).toString() });
    return details;
}

Result<std::vector<ContextSeries>> EventRepository::loadContextSeries() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.name, s.unit, s.source, p.entity, p.entity_code, p.is_aggregate, "
            "p.date, p.date_precision, p.value, p.source_row FROM context_series s "
            "LEFT JOIN context_points p ON p.series_id = s.id ORDER BY s.id, p.entity, p.date")))
        return sqlError(QStringLiteral("cannot read context series"), q);
    std::vector<ContextSeries> all;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (all.empty() || all.back().id != id) {
            ContextSeries s;
            s.id = id;
            s.name = q.value(1).toString();
            s.unit = q.value(2).toString();
            s.source = q.value(3).toString();
            all.push_back(std::move(s));
        }
        if (q.value(4).isNull())
            continue;
        ContextPoint p;
        p.series = all.back().name;
        p.entity = q.value(4).toString();
        p.entityCode = q.value(5).toString();
        p.aggregate = q.value(6).toInt() != 0;
        p.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        p.precision = precisionFromName(q.value(8).toString());
        p.value = q.value(9).toDouble();
        p.line = q.value(10).toLongLong();
        all.back().points.push_back(std::move(p));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read context series"), q);
    return all;
}

} // namespace techwinter
