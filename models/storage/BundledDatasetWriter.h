#pragma once

#include "BundledDataset.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace techwinter {

/// Installs the bundled dataset into a new SQLite database and brings an older one up to date,
/// for SqliteStorage (EventStorage documents the rules). Knows the bundled rows by their bundle
/// id, and the rows of the 2025 release, which have none, by how that release stored them.
class BundledDatasetWriter
{
public:
    /// Writes through `db`, this thread's connection to the database at `path`.
    BundledDatasetWriter(QSqlDatabase db, QString path);

    Result<BundledDatasetStatus> status() const;
    /// After the events went in as `batch` in file order: gives them their ids and records the
    /// dataset's version, in one transaction.
    Status markInstalled(const BundledDataset &dataset, qint64 batch);
    Result<DatasetUpdateSummary> update(const BundledDataset &dataset);

private:
    Error sqlError(const QString &what, const class QSqlQuery &query) const;
    /// Gives the 2025 release's rows of `batch` the ids the dataset gives them now.
    Status identifyFirstRelease(const BundledDataset &dataset, qint64 batch);
    Status applyEvents(const BundledDataset &dataset, qint64 batch, DatasetUpdateSummary &summary);
    Status setVersion(int version);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace techwinter
