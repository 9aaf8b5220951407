#pragma once

#include "ImportSource.h"
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
    /// How events are inserted: through the connection's native handle where that is safe
    /// (SqliteBulkInsert), else through Qt SQL; `QtSql` forces the fallback (tests compare them).
    enum class Path { NativeWhereSafe, QtSql };

    /// Writes through `db`, this thread's connection to the database at `path`.
    ImportWriter(QSqlDatabase db, QString path, Path insertPath = Path::NativeWhereSafe);
    Result<ImportSummary> write(const ParsedImport &parsed, const ImportControl &control);
    /// Stores the rows of `source` piece by piece as they come, in the same one transaction.
    Result<ImportSummary> write(ImportSource &source, const ImportControl &control);

private:
    QSqlDatabase m_db;
    QString m_path;
    Path m_insertPath;
};

} // namespace techwinter
