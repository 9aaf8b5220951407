#include "SqliteStorage.h"

#include "BundledDatasetWriter.h"
#include "CompanyWriter.h"
#include "EventColumns.h"
#include "ImportWriter.h"
#include "SchemaMigrator.h"
#include "SourceMerger.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace techwinter {

using namespace sql;

SqliteStorage::SqliteStorage(QSqlDatabase db, QString path, bool created)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_created(created)
{
}

SqliteStorage::~SqliteStorage()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error SqliteStorage::sqlError(const QString &what, const QSqlQuery &query) const
{
    return storageError(what, query.lastError(), m_path);
}

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &path)
{
    const bool created = !QFileInfo::exists(path);
    const QString connection
        = QStringLiteral("techwinter-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteStorage> repo;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Another instance may hold a write lock for a moment; wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(readerBusyTimeoutMs));
        repo.reset(new SqliteStorage(db, path, created));
    }
    if (!repo->m_db.open())
        return storageError(
            QStringLiteral("cannot open the database"), repo->m_db.lastError(), path);
    QSqlQuery q(repo->m_db);
    const auto failed = [&](const QString &what) {
        return storageError(what, q.lastError(), path);
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
        return Error { ErrorKind::Corrupt,
            QStringLiteral("the file is an SQLite database of another program, not a "
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

Result<int> SqliteStorage::schemaVersion() const
{
    return SchemaMigrator::currentVersion(m_db);
}

Result<qint64> SqliteStorage::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return sqlError(QStringLiteral("cannot count events"), q);
    return q.value(0).toLongLong();
}

Result<bool> SqliteStorage::hasEvents() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events)")) || !q.next())
        return sqlError(QStringLiteral("cannot count events"), q);
    return q.value(0).toBool();
}

Status SqliteStorage::addCompanies(const std::vector<Company> &companies)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return storageError(QStringLiteral("cannot write to the database"), tx.error(), m_path);
    CompanyWriter writer(m_db);
    for (const Company &c : companies) {
        if (auto written = writer.write(c); !written) {
            Error error = written.error();
            error.file = m_path;
            return error;
        }
    }
    if (!tx.commit())
        return storageError(QStringLiteral("cannot save companies"), tx.error(), m_path);
    return Ok {};
}

Result<qint64> SqliteStorage::addEvents(const std::vector<Event> &events, const QString &source)
{
    // The one insert path: these events are stored exactly as an import of them would be
    // (companies resolved the same way, the same duplicate rule, the same sums), as one batch.
    ParsedImport parsed;
    parsed.filePath = source;
    parsed.sourceName = source;
    parsed.mapping.format = ImportFormat::TechWinterCsv;
    parsed.events.reserve(events.size());
    qint64 line = 0;
    for (const Event &e : events) {
        ++line;
        if (e.company.trimmed().isEmpty() || !e.date.isValid())
            return Error { QStringLiteral("event %1 has no company or no date").arg(line), source,
                line };
        parsed.events.push_back(ImportedEvent { e, {}, line });
    }
    parsed.rowsRead = line;
    auto summary = importParsed(parsed, {});
    if (!summary)
        return summary.error();
    return summary->batchId;
}

Result<std::vector<Company>> SqliteStorage::loadCompanies() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.name, a.alias, c.name_ko FROM companies c "
            "LEFT JOIN company_aliases a ON a.company_id = c.id AND a.alias <> c.name "
            "ORDER BY c.id, a.alias")))
        return sqlError(QStringLiteral("cannot read companies"), q);
    std::vector<Company> companies;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (companies.empty() || companies.back().id != id)
            companies.push_back(Company { id, q.value(1).toString(), {}, q.value(3).toString() });
        if (!q.value(2).isNull())
            companies.back().aliases << q.value(2).toString();
    }
    // next() also ends at a damaged page: a partial list must not pass for the whole.
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read companies"), q);
    return companies;
}

Result<std::vector<Event>> SqliteStorage::loadEvents() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    static constexpr SqlText select = eventSelect("ORDER BY e.date, e.id");
    if (!q.exec(select.toString()))
        return sqlError(QStringLiteral("cannot read events"), q);
    std::vector<Event> events;
    while (q.next()) {
        auto e = eventFromRow(q);
        if (!e)
            return Error { QStringLiteral("event %1 has an unreadable date or kind")
                               .arg(q.value(0).toLongLong()),
                m_path };
        events.push_back(std::move(*e));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return events;
}

Result<EventStore> SqliteStorage::loadStore(std::vector<Company> companies) const
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

    // Cold pass: only rows that carry text or rare figures, read through the partial index
    // events_with_details (same WHERE), so rows without any cost nothing here.
    static constexpr SqlText details = detailsSelect();
    if (!q.exec(details.toString()))
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
        int index = 1;
        for (const EventFieldSpec &spec : EventFields) {
            if (!spec.hot)
                index = readEventField(q, index, spec, e);
        }
        builder.setColdFields(position, e);
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return std::move(builder).build();
}

Result<std::vector<MonthSum>> SqliteStorage::loadMonthSums(
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
                return Error { ErrorKind::Corrupt,
                    QStringLiteral("the monthly sums hold an unknown kind"), m_path };
            sums.push_back(MonthSum { q.value(0).toLongLong(), q.value(1).toInt(), *kind,
                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong() });
        }
        if (q.lastError().isValid())
            return sqlError(QStringLiteral("cannot read the monthly sums"), q);
    }
    return sums;
}

Result<std::vector<Event>> SqliteStorage::loadLaunches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The kind is written out, not bound, so that SQLite can use the partial index of launches.
    static constexpr SqlText select = eventSelect("WHERE e.kind = 'launch' ORDER BY e.date, e.id");
    if (!q.exec(select.toString()))
        return sqlError(QStringLiteral("cannot read events"), q);
    std::vector<Event> events;
    while (q.next()) {
        if (auto e = eventFromRow(q))
            events.push_back(std::move(*e));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("cannot read events"), q);
    return events;
}

Result<ImportSummary> SqliteStorage::importParsed(
    const ParsedImport &parsed, const ImportControl &control)
{
    return ImportWriter(m_db, m_path).write(parsed, control);
}

Result<ImportSummary> SqliteStorage::importSource(
    ImportSource &source, const ImportControl &control)
{
    return ImportWriter(m_db, m_path).write(source, control);
}

Result<qint64> SqliteStorage::undoImport(qint64 batchId)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return storageError(QStringLiteral("cannot write to the database"), tx.error(), m_path);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM events WHERE batch_id = b.id) + "
                             "(SELECT count(*) FROM context_points WHERE batch_id = b.id) "
                             "FROM import_batches b WHERE b.id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read import %1").arg(batchId), q);
    if (!q.next())
        return Error { ErrorKind::NotFound,
            QStringLiteral("there is no import %1 to undo").arg(batchId), m_path };
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

    // Undoing a dataset update: the bundled events it corrected get their earlier values back
    // (their sums follow through the update trigger), and the database its earlier version.
    q.prepare(
        QStringLiteral("UPDATE events SET date = r.date, date_precision = r.date_precision, "
                       "company_id = r.company_id, kind = r.kind, counterparty = r.counterparty, "
                       "title = r.title, headcount = r.headcount, workforce_pct = r.workforce_pct, "
                       "amount = r.amount, currency = r.currency, amount_usd = r.amount_usd, "
                       "usd_rate = r.usd_rate, source_url = r.source_url, notes = r.notes, "
                       "title_ko = r.title_ko, other_sources = r.other_sources, edited = r.edited "
                       "FROM retired_events r WHERE r.retired_by = ? AND r.id = events.id"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot undo import %1").arg(batchId), q);
    q.prepare(QStringLiteral("SELECT from_version FROM dataset_updates WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot undo import %1").arg(batchId), q);
    if (q.next()) {
        const int earlier = q.value(0).toInt();
        q.finish();
        q.prepare(
            QStringLiteral("UPDATE dataset_info SET value = ? WHERE key = 'bundled_version'"));
        q.addBindValue(QString::number(earlier));
        if (!q.exec())
            return sqlError(QStringLiteral("cannot undo import %1").arg(batchId), q);
    }
    q.finish();
    if (auto unmerged = SourceMerger(m_db, m_path).unmerge(batchId); !unmerged)
        return unmerged.error();

    // Explicit deletes rather than ON DELETE CASCADE alone: they hold whatever the connection's
    // foreign-key setting.
    for (const char *sql : {
             "DELETE FROM retired_events WHERE retired_by = ?",
             "DELETE FROM merged_sources WHERE event_id IN "
             "(SELECT id FROM events WHERE batch_id = ?)",
             "DELETE FROM dataset_updates WHERE batch_id = ?",
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
        return storageError(QStringLiteral("cannot save the undo"), tx.error(), m_path);
    return removed;
}

Result<std::vector<ImportBatch>> SqliteStorage::importBatches() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT b.id, b.source, b.format, b.imported_at, "
                               "(SELECT count(*) FROM events WHERE batch_id = b.id), "
                               "(SELECT count(*) FROM context_points WHERE batch_id = b.id), "
                               "(SELECT count(*) FROM merged_sources WHERE batch_id = b.id) "
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
        b.sourcesMerged = q.value(6).toLongLong();
        batches.push_back(std::move(b));
    }
    return batches;
}

Result<EventDetails> SqliteStorage::eventDetails(qint64 eventId) const
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
        return Error { ErrorKind::NotFound, QStringLiteral("there is no event %1").arg(eventId),
            m_path };
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

Result<std::vector<ContextSeries>> SqliteStorage::loadContextSeries() const
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

Result<BundledDatasetStatus> SqliteStorage::bundledDatasetStatus() const
{
    return BundledDatasetWriter(m_db, m_path).status();
}

Status SqliteStorage::installBundledDataset(const BundledDataset &dataset)
{
    if (auto added = addCompanies(dataset.companies); !added)
        return added.error();
    auto batch = addEvents(dataset.events, QStringLiteral("bundled dataset"));
    if (!batch)
        return batch.error();
    return BundledDatasetWriter(m_db, m_path).markInstalled(dataset, *batch);
}

Result<DatasetUpdateSummary> SqliteStorage::updateBundledDataset(const BundledDataset &dataset)
{
    return BundledDatasetWriter(m_db, m_path).update(dataset);
}

} // namespace techwinter
