#include "ImportWriter.h"

#include "CellText.h"
#include "MonthSumTally.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>
#include <vector>

namespace techwinter {

using namespace sql;

namespace {

// The fields ImportWriter::write() compares to find a duplicate, as bytes (doubles by
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

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Error ImportWriter::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error { QStringLiteral("%1: %2").arg(what, plainWords(query.lastError())), m_path };
}

Result<ImportSummary> ImportWriter::write(const ParsedImport &parsed, const ImportControl &control)
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
    WriteTransaction tx(m_db);
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

    QSqlQuery insertCompany(m_db), findDuplicate(m_db), insertAttribute(m_db);
    EventInsert insertEvent(m_db);
    insertCompany.prepare(
        QStringLiteral("INSERT INTO companies (name, created_by_batch) VALUES (?, ?)"));
    // "Same company, kind, date and figures", and the same counterparty and title: two
    // restructurings of one firm in one month with no figures are two events, not one.
    // IS compares NULL with NULL as equal, as wanted.
    findDuplicate.prepare(QStringLiteral(
        "SELECT 1 FROM events WHERE company_id = ? AND date = ? AND kind = ? "
        "AND date_precision = ? AND headcount IS ? AND workforce_pct IS ? AND amount IS ? "
        "AND amount_usd IS ? AND counterparty = ? AND title = ? LIMIT 1"));
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
        if (!insertEvent.exec(e, companyId, batch, imported.line))
            return storeError(
                QStringLiteral("cannot store the event"), insertEvent.query(), imported.line);
        tally.add(companyId, e);
        if (imported.attributes.empty()) {
            ++summary.imported;
            continue;
        }
        const qint64 eventId = insertEvent.query().lastInsertId().toLongLong();
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
                        .arg(p.entity, plainNumber(*existing, 4),
                            p.date.toString(QStringLiteral("yyyy")), plainNumber(p.value, 4)) });
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

} // namespace techwinter
