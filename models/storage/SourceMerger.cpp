#include "SourceMerger.h"

#include "SqlSupport.h"

#include <QSqlError>

#include <map>

namespace techwinter {

using namespace sql;

SourceMerger::SourceMerger(const QSqlDatabase &db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_read(db)
    , m_write(db)
    , m_record(db)
{
    m_read.prepare(QStringLiteral("SELECT source_url, other_sources FROM events WHERE id = ?"));
    m_write.prepare(
        QStringLiteral("UPDATE events SET source_url = ?, other_sources = ? WHERE id = ?"));
    // Only URLs added to events of other batches need recording: an undo deletes the batch's own
    // events with everything merged into them.
    m_record.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO merged_sources (batch_id, event_id, url) SELECT ?, ?, ? "
        "WHERE (SELECT batch_id IS NOT ? FROM events WHERE id = ?)"));
}

Error SourceMerger::error(const QString &what, const QSqlQuery &q) const
{
    return storageError(what, q.lastError(), m_path);
}

Result<SourceMerger::Sources> SourceMerger::read(qint64 eventId)
{
    m_read.bindValue(0, eventId);
    if (!m_read.exec())
        return error(QStringLiteral("cannot read the sources of event %1").arg(eventId), m_read);
    if (!m_read.next())
        return Error { ErrorKind::NotFound, QStringLiteral("event %1 is gone").arg(eventId),
            m_path };
    Event e;
    e.sourceUrl = m_read.value(0).toString();
    e.otherSources = m_read.value(1).toString();
    m_read.finish();
    return Sources { e.sourceUrl.trimmed(), e.otherSourceUrls() };
}

Status SourceMerger::write(qint64 eventId, const Sources &sources)
{
    Event e;
    e.setOtherSourceUrls(sources.others);
    m_write.bindValue(0, nullable(sources.primary));
    m_write.bindValue(1, nullable(e.otherSources));
    m_write.bindValue(2, eventId);
    if (!m_write.exec())
        return error(QStringLiteral("cannot add a source to event %1").arg(eventId), m_write);
    return Ok {};
}

Result<bool> SourceMerger::merge(qint64 eventId, const Event &repeat, qint64 batchId)
{
    QStringList offered { repeat.sourceUrl.trimmed() };
    offered += repeat.otherSourceUrls();
    offered.removeAll(QString());
    if (offered.isEmpty())
        return false;
    auto read = this->read(eventId);
    if (!read)
        return read.error();
    Sources &sources = read.value();
    bool added = false;
    for (const QString &url : std::as_const(offered)) {
        if (url == sources.primary || sources.others.contains(url))
            continue;
        if (sources.primary.isEmpty())
            sources.primary = url;
        else
            sources.others.push_back(url);
        m_record.bindValue(0, batchId);
        m_record.bindValue(1, eventId);
        m_record.bindValue(2, url);
        m_record.bindValue(3, batchId);
        m_record.bindValue(4, eventId);
        if (!m_record.exec())
            return error(QStringLiteral("cannot record the added source"), m_record);
        added = true;
    }
    if (!added)
        return false;
    if (auto written = write(eventId, sources); !written)
        return written.error();
    return true;
}

Result<qint64> SourceMerger::unmerge(qint64 batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT event_id, url FROM merged_sources WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return error(QStringLiteral("cannot read the sources import %1 added").arg(batchId), q);
    std::map<qint64, QStringList> added;
    while (q.next())
        added[q.value(0).toLongLong()].push_back(q.value(1).toString());
    q.finish();
    qint64 changed = 0;
    for (const auto &[eventId, urls] : added) {
        auto read = this->read(eventId);
        if (!read && read.error().kind == ErrorKind::NotFound)
            continue; // the event went with an earlier undo of its own import
        if (!read)
            return read.error();
        Sources &sources = read.value();
        for (const QString &url : urls)
            sources.others.removeAll(url);
        // A URL this batch made the primary source leaves the event as it found it: unsourced,
        // unless a later import added another report, which then becomes the primary one.
        if (urls.contains(sources.primary))
            sources.primary = sources.others.isEmpty() ? QString() : sources.others.takeFirst();
        if (auto written = write(eventId, sources); !written)
            return written.error();
        ++changed;
    }
    q.prepare(QStringLiteral("DELETE FROM merged_sources WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return error(QStringLiteral("cannot undo import %1").arg(batchId), q);
    return changed;
}

} // namespace techwinter
