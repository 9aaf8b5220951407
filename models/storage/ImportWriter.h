#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace techwinter {

/// Stores what Importer parsed as one import batch in one transaction, for
/// SqliteStorage::importParsed() (which documents the rules): companies, events with their
/// attributes and monthly sums, context-series points; duplicates skipped and counted.
class ImportWriter
{
public:
    /// Writes through `db`, this thread's connection to the database at `path`.
    ImportWriter(QSqlDatabase db, QString path);
    Result<ImportSummary> write(const ParsedImport &parsed, const ImportControl &control);

private:
    QSqlDatabase m_db;
    QString m_path;
};

} // namespace techwinter
