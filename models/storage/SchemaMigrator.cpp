#include "SchemaMigrator.h"

#include "Resources.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace techwinter {

namespace {

// Migration 005 copies the events table: seconds for a million events on a slow disk.
constexpr int migrationBusyTimeoutMs = 60000;

} // namespace

QStringList SchemaMigrator::migrationFiles()
{
    ensureResources();
    // One folder per SQL dialect, numbered alike, so a second dialect's scripts sit beside these
    // and bring a database to the same version.
    const QString folder = QStringLiteral(":/migrations/sqlite/");
    QStringList files
        = QDir(folder).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(folder);
    return files;
}

int SchemaMigrator::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> SchemaMigrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error {
            QStringLiteral("cannot read the schema version: %1").arg(q.lastError().text()),
            db.databaseName()
        };
    return q.value(0).toInt();
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = trimmed.endsWith(QLatin1Char(';'));
        if (ends
            && (!inTrigger || trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status SchemaMigrator::migrate(QSqlDatabase &db, int targetVersion)
{
    const QStringList files = migrationFiles();
    if (targetVersion < 0)
        targetVersion = int(files.size());
    auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (version.value() > int(files.size())) {
        return Error { ErrorKind::Conflict,
            QStringLiteral("the database has schema version %1, newer than this app "
                           "understands (%2); update TechWinter to open it")
                .arg(version.value())
                .arg(files.size()),
            db.databaseName() };
    }
    if (version.value() >= targetVersion)
        return Ok {};

    // A migration that rebuilds a table (005) drops the old one; with foreign keys on, that drop
    // would first delete every row and cascade into the tables that refer to it. SQLite's
    // procedure for rebuilding a table: foreign keys off (only possible outside a transaction),
    // then foreign_key_check before each commit. The connection's setting is restored after.
    bool foreignKeys = false;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next())
            return Error {
                QStringLiteral("cannot read the database settings: %1").arg(q.lastError().text()),
                db.databaseName()
            };
        foreignKeys = q.value(0).toInt() != 0;
        q.finish();
        if (foreignKeys && !q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return Error {
                QStringLiteral("cannot prepare the migration: %1").arg(q.lastError().text()),
                db.databaseName()
            };
    }
    // The connection's busy timeout, put back after each migration has its write lock.
    int busyTimeout = 0;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            busyTimeout = q.value(0).toInt();
    }
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (foreignKeys)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });

    for (int v = version.value() + 1; v <= targetVersion; ++v) {
        QFile file(files[v - 1]);
        if (!file.open(QIODevice::ReadOnly))
            return Error { QStringLiteral("migration %1 is missing").arg(files[v - 1]) };
        const QString script = QString::fromUtf8(file.readAll());
        // The write lock from the start (BEGIN IMMEDIATE), waiting for it as long as another
        // instance may take to run a migration on a big database: a deferred transaction would
        // fail with "database is locked" when two instances open an old database together.
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(migrationBusyTimeoutMs));
        const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QString beginError = q.lastError().text();
        const ErrorKind beginKind = sql::errorKind(q.lastError());
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
        if (!begun)
            return Error { beginKind,
                QStringLiteral("cannot start a transaction: %1").arg(beginError),
                db.databaseName() };
        // The other instance may have run this migration while this one waited.
        auto now = currentVersion(db);
        if (!now) {
            db.rollback();
            return now.error();
        }
        if (now.value() >= v) {
            db.rollback();
            continue;
        }
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Error { QStringLiteral("migration %1 failed: %2").arg(files[v - 1], why),
                    db.databaseName() };
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
            const QString why = q.lastError().isValid()
                ? q.lastError().text()
                : QStringLiteral("a row refers to a missing %1 row").arg(q.value(2).toString());
            q.finish();
            db.rollback();
            return Error { QStringLiteral("migration %1 failed: %2").arg(files[v - 1], why),
                db.databaseName() };
        }
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) || !db.commit()) {
            const QString why = q.lastError().text();
            db.rollback();
            return Error { QStringLiteral("cannot record schema version %1: %2").arg(v).arg(why),
                db.databaseName() };
        }
    }
    return Ok {};
}

} // namespace techwinter
