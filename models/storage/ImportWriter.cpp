#include "ImportWriter.h"

#include "CellText.h"
#include "DuplicateFinder.h"
#include "MonthSumTally.h"
#include "SourceMerger.h"
#include "SqlSupport.h"
#include "SqliteBulkInsert.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

namespace techwinter {

using namespace sql;

namespace {

// One call of ImportWriter::write(): its transaction's steps, in order, over shared state.
class ImportRun
{
public:
    ImportRun(QSqlDatabase &db, const QString &path, const ParsedImport &parsed,
        const ImportControl &control, ImportWriter::Path insertPath)
        : m_db(db)
        , m_path(path)
        , m_parsed(parsed)
        , m_control(control)
        , m_q(db)
        , m_total(qint64(parsed.events.size() + parsed.contextPoints.size()))
        , m_insertPath(insertPath)
    {
        m_q.setForwardOnly(true);
        m_summary.sourceName = parsed.sourceName;
        m_summary.format = parsed.mapping.format;
        m_summary.rowsRead = parsed.rowsRead;
        m_summary.rejected = parsed.rejected;
        m_summary.problems = parsed.problems;
        m_summary.warnings = parsed.warnings;
    }

    Result<ImportSummary> run();

private:
    Status readCompanies();
    Status recordBatch();
    Status prepareDuplicateFinder();
    Status suspendSumsTrigger();
    Status suspendCompanyDateIndex();
    Status insertEvents();
    Result<qint64> insertEvent(const ImportedEvent &imported, qint64 companyId, EventInsert &insert,
        QSqlQuery &insertAttribute);
    Status mergeRepeat(size_t row, const Repeat &repeat, SourceMerger &merger);
    Result<qint64> companyId(const ImportedEvent &imported, QSqlQuery &insertCompany);
    Status restoreCompanyDateIndex();
    Status writeMonthSums();
    Status insertContextPoints();
    Status insertContextPoint(const ContextPoint &p, QHash<QString, qint64> &seriesIds,
        QSqlQuery &insertSeries, QSqlQuery &findPoint, QSqlQuery &insertPoint);
    Result<ImportSummary> finish(WriteTransaction &tx);

    bool step();
    Error cancelled() const
    {
        return Error { QStringLiteral("the import was cancelled; nothing was stored"),
            m_parsed.filePath };
    }
    Error sqlError(const QString &what, const QSqlQuery &query) const
    {
        return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())), m_path };
    }
    Error storeError(const QString &what, const QSqlQuery &query, qint64 line) const
    {
        return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())),
            m_parsed.filePath, line };
    }

    QSqlDatabase &m_db;
    const QString &m_path;
    const ParsedImport &m_parsed;
    const ImportControl &m_control;
    QSqlQuery m_q;
    ImportSummary m_summary;
    QHash<QString, qint64> m_companyIds;
    qint64 m_batch = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    std::optional<DuplicateFinder> m_duplicates;
    /// Each row's event once stored: its own id, or that of the event it repeats (0 before).
    std::vector<qint64> m_rowEvent;
    MonthSumTally m_tally;
    QString m_sumsTrigger;
    QString m_companyDateIndex;
    ImportWriter::Path m_insertPath;
    std::unique_ptr<SqliteBulkInsert> m_native;
};

Result<ImportSummary> ImportRun::run()
{
    // A big import dirties more pages than SQLite's default 2 MiB cache holds; they then spill
    // to the WAL mid-transaction and are read back for every index update, which cost a third
    // of a million-row import in system calls (perf). Grow the cache for the import only.
    const LargerCache cache(m_db);
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };
    for (Status (ImportRun::*stage)() :
        { &ImportRun::readCompanies, &ImportRun::recordBatch, &ImportRun::prepareDuplicateFinder,
            &ImportRun::suspendSumsTrigger, &ImportRun::suspendCompanyDateIndex,
            &ImportRun::insertEvents, &ImportRun::restoreCompanyDateIndex,
            &ImportRun::writeMonthSums, &ImportRun::insertContextPoints }) {
        if (auto done = (this->*stage)(); !done)
            return done.error();
    }
    m_control.report(ImportStage::Storing, m_total, m_total);
    if (m_control.isCancelled())
        return cancelled();
    return finish(tx);
}

bool ImportRun::step()
{
    if (m_control.isCancelled())
        return false;
    if (m_done % 512 == 0)
        m_control.report(ImportStage::Storing, m_done, m_total);
    ++m_done;
    return true;
}

Status ImportRun::readCompanies()
{
    if (!m_q.exec(QStringLiteral("SELECT name, id FROM companies "
                                 "UNION ALL SELECT alias, company_id FROM company_aliases")))
        return sqlError(QStringLiteral("cannot read companies"), m_q);
    while (m_q.next())
        m_companyIds.insert(nameKey(m_q.value(0).toString()), m_q.value(1).toLongLong());
    return Ok {};
}

Status ImportRun::recordBatch()
{
    m_q.prepare(QStringLiteral(
        "INSERT INTO import_batches (source, imported_at, format) VALUES (?, ?, ?)"));
    m_q.addBindValue(m_parsed.sourceName);
    m_q.addBindValue(isoNow());
    m_q.addBindValue(importFormatName(m_parsed.mapping.format));
    if (!m_q.exec())
        return sqlError(QStringLiteral("cannot record the import"), m_q);
    m_batch = m_q.lastInsertId().toLongLong();
    return Ok {};
}

Status ImportRun::prepareDuplicateFinder()
{
    m_duplicates.emplace(m_db, m_parsed.events);
    if (!m_duplicates->loadStoredCompanies(m_q))
        return sqlError(QStringLiteral("cannot read companies"), m_q);
    return Ok {};
}

// The sums trigger of migration 004 runs a sub-program and an upsert per inserted row, a sixth
// of a big import. Here the sums are added up in memory instead and written once per company,
// month and kind; the trigger is dropped for this transaction and created again from its own
// stored text before the commit. DDL is transactional in SQLite: if the import fails, is
// cancelled or the process is killed, the rollback brings the trigger back with everything
// else, and no other connection ever sees the schema without it.
Status ImportRun::suspendSumsTrigger()
{
    if (m_parsed.events.empty())
        return Ok {};
    if (!m_q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                                 "AND name = 'event_month_sums_insert'")))
        return sqlError(QStringLiteral("cannot read the database schema"), m_q);
    if (m_q.next())
        m_sumsTrigger = m_q.value(0).toString();
    m_q.finish();
    if (m_sumsTrigger.isEmpty())
        return Error { QStringLiteral("the database has lost its monthly sums trigger; it "
                                      "was left as it is"),
            m_path };
    if (!m_q.exec(QStringLiteral("DROP TRIGGER event_month_sums_insert")))
        return sqlError(QStringLiteral("cannot prepare the import"), m_q);
    return Ok {};
}

// Into an empty table, a big import builds the (company, date) index once at the end: a sort,
// instead of a million inserts at random places of a growing B-tree (a sixth of the storing time
// at 1M rows). The duplicate query does not need it then: with no stored events, only a repeat
// within the file can be a duplicate, and those are found in memory. Dropped and created inside
// the transaction, like the trigger.
Status ImportRun::suspendCompanyDateIndex()
{
    constexpr size_t bulkRows = 20000;
    if (m_duplicates->anyStored() || m_parsed.events.size() < bulkRows)
        return Ok {};
    if (!m_q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' "
                                 "AND name = 'events_company_date'")))
        return sqlError(QStringLiteral("cannot read the database schema"), m_q);
    if (m_q.next())
        m_companyDateIndex = m_q.value(0).toString();
    m_q.finish();
    if (!m_companyDateIndex.isEmpty()
        && !m_q.exec(QStringLiteral("DROP INDEX events_company_date")))
        return sqlError(QStringLiteral("cannot prepare the import"), m_q);
    return Ok {};
}

Status ImportRun::insertEvents()
{
    QSqlQuery insertCompany(m_db), insertAttribute(m_db);
    EventInsert insert(m_db);
    // Qt SQL's binding is a third of storing a big file (each value a QVariant and a
    // placeholder name); the native statement binds straight from the parsed event.
    if (m_insertPath == ImportWriter::Path::NativeWhereSafe)
        m_native = SqliteBulkInsert::open(m_db);
    insertCompany.prepare(
        QStringLiteral("INSERT INTO companies (name, created_by_batch) VALUES (?, ?)"));
    insertAttribute.prepare(
        QStringLiteral("INSERT OR REPLACE INTO event_attributes (event_id, name, value) "
                       "VALUES (?, ?, ?)"));
    SourceMerger merger(m_db, m_path);
    m_rowEvent.assign(m_parsed.events.size(), 0);
    for (size_t row = 0; row < m_parsed.events.size(); ++row) {
        if (!step())
            return cancelled();
        const ImportedEvent &imported = m_parsed.events[row];
        auto company = companyId(imported, insertCompany);
        if (!company)
            return company.error();
        const std::optional<Repeat> repeat = m_duplicates->find(row, *company);
        if (!repeat)
            return storeError(QStringLiteral("cannot look for duplicates"), m_duplicates->lookup(),
                imported.line);
        if (*repeat) {
            if (auto merged = mergeRepeat(row, *repeat, merger); !merged)
                return merged.error();
            continue;
        }
        auto stored = insertEvent(imported, *company, insert, insertAttribute);
        if (!stored)
            return stored.error();
        m_rowEvent[row] = *stored;
    }
    return Ok {};
}

// A repeat of an event is the same event reported again: one event is kept, and a report (source
// URL) it does not list yet is added to it rather than lost with the row.
Status ImportRun::mergeRepeat(size_t row, const Repeat &repeat, SourceMerger &merger)
{
    const qint64 kept
        = repeat.of == Repeat::Of::EarlierRow ? m_rowEvent[repeat.row] : repeat.eventId;
    m_rowEvent[row] = kept;
    const ImportedEvent &imported = m_parsed.events[row];
    auto added = merger.merge(kept, imported.event, m_batch);
    if (!added)
        return Error { added.error().kind, added.error().message, m_parsed.filePath,
            imported.line };
    if (*added)
        ++m_summary.sourcesMerged;
    else
        ++m_summary.duplicatesSkipped;
    return Ok {};
}

// The id of the event's company, added (as created by this batch) when no name or alias knows it.
Result<qint64> ImportRun::companyId(const ImportedEvent &imported, QSqlQuery &insertCompany)
{
    const Event &e = imported.event;
    const QString company = e.company.trimmed();
    if (company.isEmpty() || !e.date.isValid())
        return Error { QStringLiteral("the event has no company or no date"), m_parsed.filePath,
            imported.line };
    qint64 id = m_companyIds.value(nameKey(company));
    if (id != 0)
        return id;
    insertCompany.bindValue(0, company);
    insertCompany.bindValue(1, m_batch);
    if (!insertCompany.exec())
        return storeError(
            QStringLiteral("cannot add company %1").arg(company), insertCompany, imported.line);
    id = insertCompany.lastInsertId().toLongLong();
    m_companyIds.insert(nameKey(company), id);
    return id;
}

// The stored event's id.
Result<qint64> ImportRun::insertEvent(const ImportedEvent &imported, qint64 companyId,
    EventInsert &insert, QSqlQuery &insertAttribute)
{
    qint64 eventId = 0;
    if (m_native) {
        if (!m_native->insert(imported.event, companyId, m_batch, imported.line))
            return Error {
                QStringLiteral("cannot store the event: %1").arg(plainWords(m_native->lastError())),
                m_parsed.filePath, imported.line
            };
        eventId = m_native->lastInsertId();
    } else {
        if (!insert.exec(imported.event, companyId, m_batch, imported.line))
            return storeError(
                QStringLiteral("cannot store the event"), insert.query(), imported.line);
        eventId = insert.query().lastInsertId().toLongLong();
    }
    m_tally.add(companyId, imported.event);
    ++m_summary.imported;
    if (imported.attributes.empty())
        return eventId;
    for (const EventAttribute &a : imported.attributes) {
        insertAttribute.bindValue(0, eventId);
        insertAttribute.bindValue(1, a.name);
        insertAttribute.bindValue(2, a.value);
        if (!insertAttribute.exec())
            return storeError(QStringLiteral("cannot store attribute %1").arg(a.name),
                insertAttribute, imported.line);
    }
    return eventId;
}

Status ImportRun::restoreCompanyDateIndex()
{
    if (!m_companyDateIndex.isEmpty() && !m_q.exec(m_companyDateIndex))
        return sqlError(QStringLiteral("cannot finish the import"), m_q);
    return Ok {};
}

// The sums the dropped trigger would have kept, then the trigger itself again.
Status ImportRun::writeMonthSums()
{
    if (m_sumsTrigger.isEmpty())
        return Ok {};
    QSqlQuery addSum(m_db);
    addSum.prepare(QStringLiteral(
        "INSERT INTO event_month_sums (company_id, month, kind, events, headcount, "
        "amount_usd_cents) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (company_id, month, kind) DO UPDATE SET "
        "events = events + excluded.events, headcount = headcount + excluded.headcount, "
        "amount_usd_cents = amount_usd_cents + excluded.amount_usd_cents"));
    for (const MonthSum &sum : m_tally.sums()) {
        addSum.bindValue(0, sum.companyId);
        addSum.bindValue(1, sum.month);
        addSum.bindValue(2, eventKindName(sum.kind));
        addSum.bindValue(3, sum.events);
        addSum.bindValue(4, sum.headcount);
        addSum.bindValue(5, sum.amountUsdCents);
        if (!addSum.exec())
            return storeError(QStringLiteral("cannot store the monthly sums"), addSum, 0);
    }
    if (!m_q.exec(m_sumsTrigger))
        return sqlError(QStringLiteral("cannot finish the import"), m_q);
    return Ok {};
}

Status ImportRun::insertContextPoints()
{
    if (m_parsed.contextPoints.empty())
        return Ok {};
    QHash<QString, qint64> seriesIds;
    if (!m_q.exec(QStringLiteral("SELECT name, id FROM context_series")))
        return sqlError(QStringLiteral("cannot read context series"), m_q);
    while (m_q.next())
        seriesIds.insert(nameKey(m_q.value(0).toString()), m_q.value(1).toLongLong());
    QSqlQuery insertSeries(m_db), findPoint(m_db), insertPoint(m_db);
    insertSeries.prepare(
        QStringLiteral("INSERT INTO context_series (name, unit, source) VALUES (?, ?, ?)"));
    findPoint.prepare(QStringLiteral("SELECT value FROM context_points "
                                     "WHERE series_id = ? AND entity = ? AND date = ?"));
    insertPoint.prepare(QStringLiteral(
        "INSERT INTO context_points (series_id, entity, entity_code, is_aggregate, date, "
        "date_precision, value, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const ContextPoint &p : m_parsed.contextPoints) {
        if (!step())
            return cancelled();
        if (auto stored = insertContextPoint(p, seriesIds, insertSeries, findPoint, insertPoint);
            !stored)
            return stored.error();
    }
    return Ok {};
}

// Stores one point, adding its series when new; a point equal to a stored one is a duplicate,
// one that differs from it is rejected.
Status ImportRun::insertContextPoint(const ContextPoint &p, QHash<QString, qint64> &seriesIds,
    QSqlQuery &insertSeries, QSqlQuery &findPoint, QSqlQuery &insertPoint)
{
    qint64 seriesId = seriesIds.value(nameKey(p.series));
    if (seriesId == 0) {
        insertSeries.bindValue(0, p.series);
        insertSeries.bindValue(1, m_parsed.mapping.series.unit);
        insertSeries.bindValue(2, m_parsed.sourceName);
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
    const std::optional<double> existing
        = findPoint.next() ? std::optional<double>(findPoint.value(0).toDouble()) : std::nullopt;
    findPoint.finish();
    if (existing && *existing == p.value) {
        ++m_summary.duplicatesSkipped;
        return Ok {};
    }
    if (existing) {
        // Two values for one entity and period would be summed or drawn twice; the user must
        // decide which is right.
        ++m_summary.rejected;
        m_summary.problems.push_back(ImportProblem { p.line, p.series,
            QStringLiteral("%1 already has the value %2 for %3; this row says %4")
                .arg(p.entity, plainNumber(*existing, 4), p.date.toString(QStringLiteral("yyyy")),
                    plainNumber(p.value, 4)) });
        return Ok {};
    }
    insertPoint.bindValue(0, seriesId);
    insertPoint.bindValue(1, p.entity);
    insertPoint.bindValue(2, nullable(p.entityCode));
    insertPoint.bindValue(3, p.aggregate ? 1 : 0);
    insertPoint.bindValue(4, date);
    insertPoint.bindValue(5, datePrecisionName(p.precision));
    insertPoint.bindValue(6, p.value);
    insertPoint.bindValue(7, m_batch);
    insertPoint.bindValue(8, p.line);
    if (!insertPoint.exec())
        return storeError(QStringLiteral("cannot store the point"), insertPoint, p.line);
    ++m_summary.imported;
    return Ok {};
}

// Commits, unless nothing new was stored: then no empty batch is left behind (the transaction
// rolls back when `tx` goes out of scope).
Result<ImportSummary> ImportRun::finish(WriteTransaction &tx)
{
    const QString &file = m_parsed.filePath;
    if (m_summary.imported == 0 && m_summary.sourcesMerged == 0) {
        if (m_summary.duplicatesSkipped == 0 && m_summary.problems.empty())
            return Error { QStringLiteral("the file holds nothing to import"), file };
        if (m_summary.duplicatesSkipped == 0) {
            const ImportProblem &first = m_summary.problems.front();
            return Error {
                QStringLiteral("no row can be imported (first: %1)").arg(first.description()), file,
                first.line
            };
        }
        return m_summary;
    }
    if (!tx.commit())
        return Error { QStringLiteral("cannot save the import: %1").arg(plainWords(tx.error())),
            m_path };
    m_summary.batchId = m_batch;
    return m_summary;
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, QString path, Path insertPath)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_insertPath(insertPath)
{
}

Result<ImportSummary> ImportWriter::write(const ParsedImport &parsed, const ImportControl &control)
{
    if (parsed.truncated) {
        return Error { QStringLiteral("this is a preview of the first %1 rows; read the whole "
                                      "file before importing it")
                           .arg(parsed.rowsRead),
            parsed.filePath };
    }
    ImportRun run(m_db, m_path, parsed, control, m_insertPath);
    return run.run();
}

} // namespace techwinter
