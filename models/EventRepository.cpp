#include "EventRepository.h"

#include "SchemaMigrator.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace techwinter {

namespace {

// Commits on success; rolls back when it goes out of scope uncommitted, so early returns are safe.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

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
    return Error { QStringLiteral("%1: %2").arg(what, query.lastError().text()), m_path };
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
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        repo.reset(new EventRepository(db, path, created));
    }
    if (!repo->m_db.open())
        return Error {
            QStringLiteral("cannot open the database: %1").arg(repo->m_db.lastError().text()), path
        };
    QSqlQuery q(repo->m_db);
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return Error { QStringLiteral("this is not a usable TechWinter database (%1)")
                               .arg(q.lastError().text()),
                path };
        }
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

Status EventRepository::addCompanies(const std::vector<Company> &companies)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()), m_path
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
        return Error { QStringLiteral("cannot save companies: %1").arg(m_db.lastError().text()),
            m_path };
    return Ok {};
}

Result<qint64> EventRepository::addEvents(const std::vector<Event> &events, const QString &source)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()), m_path
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
        return Error { QStringLiteral("cannot save the import: %1").arg(m_db.lastError().text()),
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
