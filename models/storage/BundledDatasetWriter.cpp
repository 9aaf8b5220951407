#include "BundledDatasetWriter.h"

#include "CompanyWriter.h"
#include "EventColumns.h"
#include "EventFields.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace techwinter {

using namespace sql;

namespace {

const QString bundledSource = QStringLiteral("bundled dataset");

// Every field an update may correct, as the UPDATE below lists them: EventFields' order.
static_assert(EventFieldCount == 15,
    "a new event field must join the UPDATE of BundledDatasetWriter::applyEvents");

bool sameContent(const Event &a, const Event &b)
{
    return a.date == b.date && a.precision == b.precision && a.kind == b.kind && a.title == b.title
        && a.headcount == b.headcount && a.amountUsd == b.amountUsd
        && a.counterparty == b.counterparty && a.sourceUrl == b.sourceUrl
        && a.workforcePct == b.workforcePct && a.amount == b.amount && a.currency == b.currency
        && a.usdRate == b.usdRate && a.notes == b.notes && a.titleKo == b.titleKo
        && a.otherSources == b.otherSources;
}

} // namespace

BundledDatasetWriter::BundledDatasetWriter(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Error BundledDatasetWriter::sqlError(const QString &what, const QSqlQuery &query) const
{
    return storageError(what, query.lastError(), m_path);
}

Result<BundledDatasetStatus> BundledDatasetWriter::status() const
{
    QSqlQuery q(m_db);
    BundledDatasetStatus status;
    if (!q.exec(QStringLiteral("SELECT value FROM dataset_info WHERE key = 'bundled_version'")))
        return sqlError(QStringLiteral("cannot read the dataset version"), q);
    if (q.next()) {
        status.bundled = true;
        status.version = q.value(0).toInt();
        return status;
    }
    q.finish();
    // The 2025 release recorded no version: its databases hold the batch it filled them with.
    q.prepare(QStringLiteral("SELECT 1 FROM import_batches WHERE source = ? LIMIT 1"));
    q.addBindValue(bundledSource);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the imports"), q);
    status.bundled = q.next();
    status.version = status.bundled ? 1 : 0;
    return status;
}

Status BundledDatasetWriter::setVersion(int version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO dataset_info (key, value) VALUES ('bundled_version', ?)"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the dataset version"), q);
    return Ok {};
}

Status BundledDatasetWriter::markInstalled(const BundledDataset &dataset, qint64 batch)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return storageError(QStringLiteral("cannot write to the database"), tx.error(), m_path);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE events SET bundle_id = ? WHERE batch_id = ? AND source_row = ?"));
    for (size_t i = 0; i < dataset.bundleIds.size(); ++i) {
        if (dataset.bundleIds[i].isEmpty())
            continue;
        q.addBindValue(dataset.bundleIds[i]);
        q.addBindValue(batch);
        q.addBindValue(qint64(i + 1)); // addEvents() numbers the events from 1
        if (!q.exec())
            return sqlError(QStringLiteral("cannot record bundle ids"), q);
    }
    if (auto set = setVersion(dataset.version); !set)
        return set.error();
    if (!tx.commit())
        return storageError(QStringLiteral("cannot save the dataset"), tx.error(), m_path);
    return Ok {};
}

Status BundledDatasetWriter::identifyFirstRelease(const BundledDataset &dataset, qint64 batch)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE events SET bundle_id = ? WHERE bundle_id IS NULL AND batch_id = ? AND date = ? "
        "AND date_precision = ? AND kind = ? AND title = ? "
        "AND company_id IN (SELECT id FROM companies WHERE name = ?)"));
    for (const BundleKey &key : dataset.firstReleaseKeys) {
        for (const QVariant &v : { QVariant(key.bundleId), QVariant(batch), QVariant(key.date),
                 QVariant(key.datePrecision), QVariant(key.kind), QVariant(key.title),
                 QVariant(key.company) })
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot find the bundled events"), q);
    }
    return Ok {};
}

Status BundledDatasetWriter::applyEvents(
    const BundledDataset &dataset, qint64 batch, DatasetUpdateSummary &summary)
{
    CompanyWriter companies(m_db);
    QHash<QString, qint64> companyIds;
    for (const Company &c : dataset.companies) {
        auto id = companies.write(c, batch);
        if (!id)
            return Error { id.error().kind, id.error().message, m_path };
        for (const QString &name : QStringList { c.name } + c.aliases)
            companyIds.insert(nameKey(name), *id);
    }
    QSqlQuery find(m_db), retire(m_db), correct(m_db), tag(m_db);
    static constexpr SqlText byId = eventSelect("WHERE e.id = ?");
    QSqlQuery current(m_db);
    current.prepare(byId.toString());
    find.prepare(QStringLiteral("SELECT id, edited, company_id FROM events WHERE bundle_id = ?"));
    retire.prepare(QStringLiteral(
        "INSERT INTO retired_events SELECT ?, id, date, date_precision, company_id, kind, "
        "counterparty, title, headcount, workforce_pct, amount, currency, amount_usd, usd_rate, "
        "source_url, notes, batch_id, source_row, title_ko, other_sources, bundle_id, edited "
        "FROM events WHERE id = ?"));
    correct.prepare(QStringLiteral(
        "UPDATE events SET date = ?, date_precision = ?, company_id = ?, kind = ?, title = ?, "
        "headcount = ?, amount_usd = ?, counterparty = ?, source_url = ?, workforce_pct = ?, "
        "amount = ?, currency = ?, usd_rate = ?, notes = ?, title_ko = ?, other_sources = ? "
        "WHERE id = ?"));
    tag.prepare(QStringLiteral("UPDATE events SET bundle_id = ? WHERE id = ?"));
    EventInsert insert(m_db);
    for (size_t i = 0; i < dataset.events.size(); ++i) {
        const Event &e = dataset.events[i];
        const QString &bundleId = dataset.bundleIds[i];
        qint64 companyId = companyIds.value(nameKey(e.company));
        if (companyId == 0) {
            auto id = companies.write(Company { 0, e.company, {}, {} }, batch);
            if (!id)
                return Error { id.error().kind, id.error().message, m_path };
            companyId = *id;
            companyIds.insert(nameKey(e.company), companyId);
        }
        find.addBindValue(bundleId);
        if (!find.exec())
            return sqlError(QStringLiteral("cannot read the bundled events"), find);
        if (!find.next()) {
            if (!insert.exec(e, companyId, batch, qint64(i + 1)))
                return sqlError(
                    QStringLiteral("cannot add event %1").arg(bundleId), insert.query());
            tag.addBindValue(bundleId);
            tag.addBindValue(insert.query().lastInsertId());
            if (!tag.exec())
                return sqlError(QStringLiteral("cannot add event %1").arg(bundleId), tag);
            ++summary.added;
            continue;
        }
        const qint64 id = find.value(0).toLongLong();
        const bool edited = find.value(1).toInt() != 0;
        const qint64 storedCompany = find.value(2).toLongLong();
        find.finish();
        if (edited) {
            ++summary.keptEdited;
            continue;
        }
        current.addBindValue(id);
        if (!current.exec() || !current.next())
            return sqlError(QStringLiteral("cannot read event %1").arg(bundleId), current);
        const std::optional<Event> stored = eventFromRow(current);
        current.finish();
        if (stored && storedCompany == companyId && sameContent(*stored, e)) {
            ++summary.unchanged;
            continue;
        }
        retire.addBindValue(batch);
        retire.addBindValue(id);
        if (!retire.exec())
            return sqlError(QStringLiteral("cannot keep event %1 for undo").arg(bundleId), retire);
        int index = 0;
        for (const EventFieldSpec &spec : EventFields)
            index = bindEventField(correct, index, spec, e, companyId);
        correct.bindValue(index, id);
        if (!correct.exec())
            return sqlError(QStringLiteral("cannot correct event %1").arg(bundleId), correct);
        ++summary.corrected;
    }
    return Ok {};
}

Result<DatasetUpdateSummary> BundledDatasetWriter::update(const BundledDataset &dataset)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return storageError(QStringLiteral("cannot write to the database"), tx.error(), m_path);
    auto current = status();
    if (!current)
        return current.error();
    DatasetUpdateSummary summary;
    summary.fromVersion = current->version;
    summary.toVersion = dataset.version;
    if (!current->bundled) {
        summary.outcome = DatasetUpdateSummary::Outcome::NotBundled;
        return summary;
    }
    if (current->version >= dataset.version) {
        summary.outcome = DatasetUpdateSummary::Outcome::UpToDate;
        return summary;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(id) FROM import_batches WHERE source = ?"));
    q.addBindValue(bundledSource);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot read the imports"), q);
    const qint64 firstBatch = q.value(0).toLongLong();
    q.finish();
    if (current->version == 1) {
        if (auto found = identifyFirstRelease(dataset, firstBatch); !found)
            return found.error();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO import_batches (source, imported_at, format) VALUES (?, ?, 'native')"));
    q.addBindValue(QStringLiteral("bundled dataset update to version %1").arg(dataset.version));
    q.addBindValue(isoNow());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the update"), q);
    const qint64 batch = q.lastInsertId().toLongLong();
    if (auto applied = applyEvents(dataset, batch, summary); !applied)
        return applied.error();
    q.prepare(QStringLiteral(
        "INSERT INTO dataset_updates (batch_id, from_version, to_version) VALUES (?, ?, ?)"));
    q.addBindValue(batch);
    q.addBindValue(current->version);
    q.addBindValue(dataset.version);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the update"), q);
    if (auto set = setVersion(dataset.version); !set)
        return set.error();
    if (!tx.commit())
        return storageError(QStringLiteral("cannot save the update"), tx.error(), m_path);
    summary.outcome = DatasetUpdateSummary::Outcome::Updated;
    summary.batchId = batch;
    return summary;
}

} // namespace techwinter
