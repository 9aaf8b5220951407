#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace techwinter {

/// Brings an SQLite database up to the newest schema by running the numbered `.sql` migrations in
/// order, each in its own transaction together with its `PRAGMA user_version` bump.
class SchemaMigrator
{
public:
    /// The migrations compiled into the app (`:/migrations/sqlite/NNN_name.sql`), oldest first.
    static QStringList migrationFiles();
    static int latestVersion();

    /// The database's `PRAGMA user_version`.
    static Result<int> currentVersion(const QSqlDatabase &db);

    /// Runs every migration above the current version up to `targetVersion` (default: latest).
    /// A database newer than this app is refused rather than touched.
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);

    /// Splits a migration script into statements (trigger bodies stay whole).
    static QStringList splitStatements(const QString &script);
};

} // namespace techwinter
