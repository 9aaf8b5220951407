#include "ImportWriter.h"

#include "CellText.h"
#include "DuplicateFinder.h"
#include "MonthSumTally.h"
#include "SourceMerger.h"
#include "SqlSupport.h"
#include "SqliteBulkInsert.h"
#include "SqliteInterrupt.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace techwinter {

using namespace sql;

namespace {

// One call of ImportWriter::write(): its transaction's steps, in order, over shared state.
class ImportRun
{
public:
    ImportRun(QSqlDatabase &db, const QString &path, ImportSource &source,
        const ImportControl &control, ImportWriter::Path insertPath)
        : m_db(db)
        , m_path(path)
        , m_source(source)
        , m_parsed(source.description())
        , m_control(control)
        , m_q(db)
        , m_insertPath(insertPath)
    {
        m_q.setForwardOnly(true);
        m_summary.sourceName = m_parsed.sourceName;
        m_summary.format = m_parsed.mapping.format;
    }

    Result<ImportSummary> run();

private:
    Status readCompanies();
    Status recordBatch();
    Status prepareDuplicateFinder();
    Status suspendSumsTrigger();
    Status suspendCompanyDateIndex();
    Status prepareInserts();
    Status insertPieces();
    Status insertEvents(std::span<const ImportedEvent> events);
    Status insertEvent(const ImportedEvent &imported, qint64 companyId);
    Status mergeRepeat(const ImportedEvent &imported, qint64 kept);
    Result<qint64> companyId(const ImportedEvent &imported);
    Status restoreCompanyDateIndex();
    Status writeMonthSums();
    Status prepareContextPoints();
    Status insertContextPoints(std::span<const ContextPoint> points);
    Status insertContextPoint(const ContextPoint &p);
    Status takeTotals();
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
    Error nativeError() const
    {
        return Error {
            QStringLiteral("cannot store the event: %1").arg(plainWords(m_native->lastError())),
            m_parsed.filePath, m_native->errorLine()
        };
    }
    Error storeError(const QString &what, const QSqlQuery &query, qint64 line) const
    {
        return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())),
            m_parsed.filePath, line };
    }

    QSqlDatabase &m_db;
    const QString &m_path;
    ImportSource &m_source;
    const ParsedImport &m_parsed; ///< the source's description: file, mapping; no rows
    const ImportControl &m_control;
    QSqlQuery m_q;
    ImportSummary m_summary;
    QHash<QString, qint64> m_companyIds;
    qint64 m_batch = 0;
    // Progress: the source's units at the start and end of the piece being stored, its rows.
    qint64 m_pieceStart = 0;
    qint64 m_pieceEnd = 0;
    qint64 m_pieceRows = 0;
    qint64 m_pieceRow = 0;
    qint64 m_total = 0;
    std::optional<DuplicateFinder> m_duplicates;
    MonthSumTally m_tally;
    QString m_sumsTrigger;
    QString m_companyDateIndex;
    ImportWriter::Path m_insertPath;
    std::unique_ptr<SqliteBulkInsert> m_native;
    std::unique_ptr<SqliteInterruptOnCancel> m_interrupt;
    std::optional<SourceMerger> m_merger;
    std::optional<QSqlQuery> m_insertCompany;
    std::optional<QSqlQuery> m_insertAttribute;
    std::optional<EventInsert> m_insert;
    QHash<QString, qint64> m_seriesIds;
    std::optional<QSqlQuery> m_insertSeries;
    std::optional<QSqlQuery> m_findPoint;
    std::optional<QSqlQuery> m_insertPoint;
};

Result<ImportSummary> ImportRun::run()
{
    // A big import dirties more pages than SQLite's default 2 MiB cache holds; with the
    // (company, date) index kept, they then spill to the WAL mid-transaction and are read back
    // for every index update (a third of a million-row import in system calls, perf). Into an
    // empty table the index is built last and 8 MiB is as fast, and building it needs no more
    // than the default (tests/bench/README.md).
    LargerCache cache(m_db);
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(plainWords(tx.error())), m_path
        };
    // Cancel stops even one long statement (the index built at the end): SQLite interrupts it.
    m_interrupt = SqliteInterruptOnCancel::install(m_db, m_control.cancel);
    for (Status (ImportRun::*stage)() :
        { &ImportRun::readCompanies, &ImportRun::recordBatch, &ImportRun::prepareDuplicateFinder,
            &ImportRun::suspendSumsTrigger, &ImportRun::suspendCompanyDateIndex,
            &ImportRun::prepareInserts, &ImportRun::prepareContextPoints, &ImportRun::insertPieces,
            &ImportRun::restoreCompanyDateIndex, &ImportRun::writeMonthSums,
            &ImportRun::takeTotals }) {
        if (m_control.isCancelled())
            return cancelled();
        if (stage == &ImportRun::insertPieces)
            cache.resize(m_companyDateIndex.isEmpty() ? LargerCache::indexKeptKiB
                                                      : LargerCache::indexBuiltLastKiB);
        if (stage == &ImportRun::restoreCompanyDateIndex && !m_companyDateIndex.isEmpty())
            cache.resize(LargerCache::indexBuildKiB);
        if (auto done = (this->*stage)(); !done)
            return m_control.isCancelled() ? cancelled() : done.error();
    }
    m_control.report(ImportStage::Storing, m_total, m_total);
    if (m_control.isCancelled())
        return cancelled();
    m_interrupt.reset();
    auto summary = finish(tx);
    if (summary && summary->imported >= bigImport)
        checkpoint(m_db);
    return summary;
}

bool ImportRun::step()
{
    if (m_control.isCancelled())
        return false;
    if (m_pieceRow % 512 == 0 && m_pieceRows > 0)
        m_control.report(ImportStage::Storing,
            m_pieceStart + (m_pieceEnd - m_pieceStart) * m_pieceRow / m_pieceRows, m_total);
    ++m_pieceRow;
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
    m_duplicates.emplace(m_db);
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
    if (m_parsed.mapping.target == ImportTarget::ContextSeries)
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

// Into an empty table, an import builds the (company, date) index once at the end: a sort,
// instead of a million inserts at random places of a growing B-tree (a sixth of the storing time
// at 1M rows). The duplicate query does not need it then: with no stored events, only a repeat
// within the file can be a duplicate, and those are found by their hash and primary key. How
// many rows a file holds is not known before it is read; for a few rows either way costs
// nothing. Dropped and created inside the transaction, like the trigger.
Status ImportRun::suspendCompanyDateIndex()
{
    if (m_duplicates->anyStored() || m_parsed.mapping.target == ImportTarget::ContextSeries)
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

Status ImportRun::prepareInserts()
{
    m_merger.emplace(m_db, m_path);
    m_insertCompany.emplace(m_db);
    m_insertAttribute.emplace(m_db);
    m_insert.emplace(m_db);
    // Qt SQL's binding is a third of storing a big file (each value a QVariant and a
    // placeholder name); the native statement binds straight from the parsed event.
    if (m_insertPath == ImportWriter::Path::NativeWhereSafe)
        m_native = SqliteBulkInsert::open(m_db);
    // The lookups read the events table: the rows queued for a multi-row INSERT go first.
    if (m_native)
        m_duplicates->beforeLookup([this] { return m_native->flush(); });
    m_insertCompany->prepare(
        QStringLiteral("INSERT INTO companies (name, created_by_batch) VALUES (?, ?)"));
    m_insertAttribute->prepare(
        QStringLiteral("INSERT OR REPLACE INTO event_attributes (event_id, name, value) "
                       "VALUES (?, ?, ?)"));
    return Ok {};
}

// The source's pieces in file order, each stored as it comes: a big file is never held whole.
Status ImportRun::insertPieces()
{
    while (true) {
        auto piece = m_source.next();
        if (!piece)
            return piece.error();
        if (!*piece)
            return !m_native || m_native->flush() ? Status(Ok {}) : Status(nativeError());
        const ImportPiece &rows = **piece;
        m_pieceStart = m_pieceEnd;
        m_pieceEnd = rows.done;
        m_total = rows.total;
        m_pieceRows = qint64(rows.events.size() + rows.contextPoints.size());
        m_pieceRow = 0;
        if (m_pieceStart == 0 && rows.done > 0 && rows.done < rows.total) {
            // The file's rows at the first piece's rate: the repeat table is sized once.
            m_duplicates->reserve(qint64(rows.events.size()) * rows.total / rows.done * 21 / 20);
        }
        if (auto stored = insertEvents(rows.events); !stored)
            return stored.error();
        if (auto stored = insertContextPoints(rows.contextPoints); !stored)
            return stored.error();
        m_control.report(ImportStage::Storing, m_pieceEnd, m_total);
    }
}

Status ImportRun::insertEvents(std::span<const ImportedEvent> events)
{
    for (const ImportedEvent &imported : events) {
        if (!step())
            return cancelled();
        auto company = companyId(imported);
        if (!company)
            return company.error();
        const std::optional<qint64> kept = m_duplicates->findDuplicate(imported.event, *company);
        if (!kept)
            return storeError(QStringLiteral("cannot look for duplicates"), m_duplicates->lookup(),
                imported.line);
        if (*kept != 0) {
            if (auto merged = mergeRepeat(imported, *kept); !merged)
                return merged.error();
            continue;
        }
        if (auto stored = insertEvent(imported, *company); !stored)
            return stored.error();
    }
    return Ok {};
}

// A repeat of an event is the same event reported again: one event is kept, and a report (source
// URL) it does not list yet is added to it rather than lost with the row.
Status ImportRun::mergeRepeat(const ImportedEvent &imported, qint64 kept)
{
    // The kept event may be one of this file's rows still queued for a multi-row INSERT.
    if (m_native && !m_native->flush())
        return nativeError();
    auto added = m_merger->merge(kept, imported.event, m_batch);
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
Result<qint64> ImportRun::companyId(const ImportedEvent &imported)
{
    const Event &e = imported.event;
    const QString company = e.company.trimmed();
    if (company.isEmpty() || !e.date.isValid())
        return Error { QStringLiteral("the event has no company or no date"), m_parsed.filePath,
            imported.line };
    qint64 id = m_companyIds.value(nameKey(company));
    if (id != 0)
        return id;
    QSqlQuery &insertCompany = *m_insertCompany;
    insertCompany.bindValue(0, company);
    insertCompany.bindValue(1, m_batch);
    if (!insertCompany.exec())
        return storeError(
            QStringLiteral("cannot add company %1").arg(company), insertCompany, imported.line);
    id = insertCompany.lastInsertId().toLongLong();
    m_companyIds.insert(nameKey(company), id);
    return id;
}

Status ImportRun::insertEvent(const ImportedEvent &imported, qint64 companyId)
{
    qint64 eventId = 0;
    if (m_native) {
        // The attributes refer to the event: it must be written, not queued, before them.
        if (!m_native->insert(imported.event, companyId, m_batch, imported.line)
            || (!imported.attributes.empty() && !m_native->flush()))
            return nativeError();
        eventId = m_native->lastInsertId();
    } else {
        if (!m_insert->exec(imported.event, companyId, m_batch, imported.line))
            return storeError(
                QStringLiteral("cannot store the event"), m_insert->query(), imported.line);
        eventId = m_insert->query().lastInsertId().toLongLong();
    }
    m_duplicates->remember(eventId);
    m_tally.add(companyId, imported.event);
    ++m_summary.imported;
    QSqlQuery &insertAttribute = *m_insertAttribute;
    for (const EventAttribute &a : imported.attributes) {
        insertAttribute.bindValue(0, eventId);
        insertAttribute.bindValue(1, a.name);
        insertAttribute.bindValue(2, a.value);
        if (!insertAttribute.exec())
            return storeError(QStringLiteral("cannot store attribute %1").arg(a.name),
                insertAttribute, imported.line);
    }
    return Ok {};
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
        if (m_native) {
            if (!m_native->addMonthSum(sum))
                return Error { QStringLiteral("cannot store the monthly sums: %1")
                                   .arg(plainWords(m_native->lastError())),
                    m_path };
            continue;
        }
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

Status ImportRun::prepareContextPoints()
{
    if (m_parsed.mapping.target != ImportTarget::ContextSeries)
        return Ok {};
    if (!m_q.exec(QStringLiteral("SELECT name, id FROM context_series")))
        return sqlError(QStringLiteral("cannot read context series"), m_q);
    while (m_q.next())
        m_seriesIds.insert(nameKey(m_q.value(0).toString()), m_q.value(1).toLongLong());
    m_insertSeries.emplace(m_db);
    m_findPoint.emplace(m_db);
    m_insertPoint.emplace(m_db);
    m_insertSeries->prepare(
        QStringLiteral("INSERT INTO context_series (name, unit, source) VALUES (?, ?, ?)"));
    m_findPoint->prepare(QStringLiteral("SELECT value FROM context_points "
                                        "WHERE series_id = ? AND entity = ? AND date = ?"));
    m_insertPoint->prepare(QStringLiteral(
        "INSERT INTO context_points (series_id, entity, entity_code, is_aggregate, date, "
        "date_precision, value, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?)"));
    return Ok {};
}

Status ImportRun::insertContextPoints(std::span<const ContextPoint> points)
{
    if (!points.empty() && !m_insertPoint)
        return Error { QStringLiteral("series points in an event import"), m_parsed.filePath };
    for (const ContextPoint &p : points) {
        if (!step())
            return cancelled();
        if (auto stored = insertContextPoint(p); !stored)
            return stored.error();
    }
    return Ok {};
}

// Stores one point, adding its series when new; a point equal to a stored one is a duplicate,
// one that differs from it is rejected.
Status ImportRun::insertContextPoint(const ContextPoint &p)
{
    QSqlQuery &insertSeries = *m_insertSeries, &findPoint = *m_findPoint,
              &insertPoint = *m_insertPoint;
    qint64 seriesId = m_seriesIds.value(nameKey(p.series));
    if (seriesId == 0) {
        insertSeries.bindValue(0, p.series);
        insertSeries.bindValue(1, m_parsed.mapping.series.unit);
        insertSeries.bindValue(2, m_parsed.sourceName);
        if (!insertSeries.exec())
            return storeError(
                QStringLiteral("cannot add series %1").arg(p.series), insertSeries, p.line);
        seriesId = insertSeries.lastInsertId().toLongLong();
        m_seriesIds.insert(nameKey(p.series), seriesId);
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

// The whole file's counts, problems and warnings, known once its last piece was read; its
// point problems (a differing value) were counted while storing.
Status ImportRun::takeTotals()
{
    const ParsedImport &totals = m_source.totals();
    m_summary.rowsRead = totals.rowsRead;
    m_summary.rejected += totals.rejected;
    std::vector<ImportProblem> problems = totals.problems;
    problems.insert(problems.end(), m_summary.problems.begin(), m_summary.problems.end());
    m_summary.problems = std::move(problems);
    m_summary.warnings = totals.warnings;
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
    ParsedImportSource source(parsed);
    return write(source, control);
}

Result<ImportSummary> ImportWriter::write(ImportSource &source, const ImportControl &control)
{
    ImportRun run(m_db, m_path, source, control, m_insertPath);
    return run.run();
}

} // namespace techwinter
