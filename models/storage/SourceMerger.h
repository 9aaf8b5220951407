#pragma once

#include "Event.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace techwinter {

/// Adds the sources of a row that repeats an event to that event, and takes them away again when
/// the import that added them is undone (the URLs each batch added are in merged_sources,
/// migration 007). A repeat that brings no URL the event lacks changes nothing.
class SourceMerger
{
public:
    /// Works through `db`, inside the caller's write transaction; `path` names it in errors.
    SourceMerger(const QSqlDatabase &db, QString path);

    /// Adds `repeat`'s source URL and other sources that event `eventId` does not list yet: to
    /// its source_url when that is empty, else to its other_sources, recorded as added by batch
    /// `batchId`. True when something was added.
    Result<bool> merge(qint64 eventId, const Event &repeat, qint64 batchId);

    /// Takes away every URL batch `batchId` added to events of other batches, and forgets them.
    /// The number of events changed.
    Result<qint64> unmerge(qint64 batchId);

private:
    struct Sources
    {
        QString primary;
        QStringList others;
    };
    Result<Sources> read(qint64 eventId);
    Status write(qint64 eventId, const Sources &sources);
    Error error(const QString &what, const QSqlQuery &q) const;

    QSqlDatabase m_db;
    QString m_path;
    QSqlQuery m_read;
    QSqlQuery m_write;
    QSqlQuery m_record;
};

} // namespace techwinter
