#include "EventRepository.h"

#include "EventCsv.h"
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

Error EventRepository::transactionError(const QString &what) const
{
    return Error { QStringLiteral("%1: %2").arg(what, m_db.lastError().text()), m_path };
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
        return Error { QStringLiteral("%1: %2").arg(what, query.lastError().text()), file, line };
    };

    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError(QStringLiteral("cannot start a transaction"));

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

    for (const ImportedEvent &imported : parsed.events) {
        if (!step())
            return cancelled;
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
        const QString date = e.date.toString(Qt::ISODate);
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
        const bool duplicate = findDuplicate.next();
        findDuplicate.finish();
        if (duplicate) {
            ++summary.duplicatesSkipped;
            continue;
        }
        insertEvent.bindValue(0, date);
        insertEvent.bindValue(1, datePrecisionName(e.precision));
        insertEvent.bindValue(2, companyId);
        insertEvent.bindValue(3, eventKindName(e.kind));
        insertEvent.bindValue(4, nullable(e.counterparty));
        insertEvent.bindValue(5, nullable(e.title));
        insertEvent.bindValue(6, optionalValue(e.headcount));
        insertEvent.bindValue(7, optionalValue(e.workforcePct));
        insertEvent.bindValue(8, optionalValue(e.amount));
        insertEvent.bindValue(
            9, e.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.currency);
        insertEvent.bindValue(10, optionalValue(e.amountUsd));
        insertEvent.bindValue(11, optionalValue(e.usdRate));
        insertEvent.bindValue(12, nullable(e.sourceUrl));
        insertEvent.bindValue(13, nullable(e.notes));
        insertEvent.bindValue(14, batch);
        insertEvent.bindValue(15, imported.line);
        if (!insertEvent.exec())
            return storeError(QStringLiteral("cannot store the event"), insertEvent, imported.line);
        const qint64 eventId = insertEvent.lastInsertId().toLongLong();
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
        return transactionError(QStringLiteral("cannot save the import"));
    summary.batchId = batch;
    return summary;
}

Result<qint64> EventRepository::undoImport(qint64 batchId)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError(QStringLiteral("cannot start a transaction"));
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
        return transactionError(QStringLiteral("cannot save the undo"));
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
