#pragma once
// Helpers for the fault and security tests: they drive the real `techwinter` executable on real
// files, sometimes with the operating system limiting what the child may do.

#include "EventDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace techwinter::faults {

/// What the child process may not do.
struct ChildLimits
{
    /// Run the child as nobody, so file permissions apply even when the tests run as root (CI
    /// does, and root writes through chmod 0444).
    bool dropRoot = false;
    /// RLIMIT_FSIZE in bytes: no file of the child may grow beyond it, as on a full disk.
    qint64 maxFileSize = 0;
};

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline QProcessEnvironment childEnvironment(const QString &home, bool asNobody)
{
    // Qt insists on a private runtime folder owned by the process's user.
    const QString runtime
        = home + (asNobody ? QStringLiteral("/runtime-nobody") : QStringLiteral("/runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(
        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (asNobody && ::chown(QFile::encodeName(runtime).constData(), 65534, 65534) != 0)
        FAIL("cannot hand " << runtime.toStdString() << " to nobody");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

/// Prepares `process` to run techwinter with `arguments` under `limits`; `home` must be usable
/// by the child (world-writable when it runs as nobody).
inline void prepare(QProcess &process, const QStringList &arguments, const QString &home,
    const ChildLimits &limits = {})
{
    const bool drop = limits.dropRoot && runningAsRoot();
    process.setProcessEnvironment(childEnvironment(home, drop));
    process.setProgram(QStringLiteral(TECHWINTER_EXECUTABLE));
    process.setArguments(arguments);
    const qint64 maxFileSize = limits.maxFileSize;
    if (drop || maxFileSize > 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([drop, maxFileSize] {
            if (maxFileSize > 0) {
                // Writes past the limit fail with EFBIG instead of killing the process.
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit { rlim_t(maxFileSize), rlim_t(maxFileSize) };
                if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                    ::_exit(126);
            }
            if (drop) {
                constexpr uid_t nobody = 65534;
                if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                    ::_exit(126);
            }
        });
    }
}

/// For a child that will be killed on purpose: under AddressSanitizer, no leak check at its exit.
/// A SIGKILL can land while LeakSanitizer scans the exiting process; its tracer then writes
/// "Unable to get registers from thread" to the report folder, which is not a leak but fails the
/// sanitizer phase. Leaks are still checked in every run that is not killed.
inline void skipLeakCheck(QProcess &process)
{
#if defined(__SANITIZE_ADDRESS__)
    QProcessEnvironment env = process.processEnvironment();
    // Later options win: appended to whatever the test preset set.
    env.insert(QStringLiteral("ASAN_OPTIONS"),
        env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(env);
#else
    Q_UNUSED(process);
#endif
}

inline Run finish(QProcess &process)
{
    // waitForFinished() is false for a process that has finished already.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(120000));
    Run run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline Run runApp(const QStringList &arguments, const QString &home, const ChildLimits &limits = {})
{
    QProcess process;
    prepare(process, arguments, home, limits);
    process.start();
    REQUIRE(process.waitForStarted());
    return finish(process);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// A TechWinter CSV of `rows` distinct events (no two are duplicates of each other), spread over
/// `companies` companies named "<prefix> N".
inline QByteArray nativeCsv(int rows, const QString &prefix, int companies = 50)
{
    QByteArray csv = "date,company,kind,title,headcount,amount_usd,counterparty,source_url\n";
    csv.reserve(rows * 96);
    for (int i = 0; i < rows; ++i) {
        const int day = i % 28 + 1, month = i / 28 % 12 + 1, year = 2019 + i / 336 % 6;
        const bool layoff = i % 2 == 0;
        csv += QStringLiteral("%1-%2-%3,%4 %5,%6,Event %7 of %4,%8,%9,,https://example.com/%7\n")
                   .arg(year)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(day, 2, 10, QLatin1Char('0'))
                   .arg(prefix)
                   .arg(i % companies)
                   .arg(layoff ? QStringLiteral("layoff") : QStringLiteral("ai_investment"))
                   .arg(i)
                   .arg(layoff ? QString::number(100 + i) : QString())
                   .arg(layoff ? QString() : QString::number(1000000 + qint64(i) * 1000))
                   .toUtf8();
    }
    return csv;
}

/// What a raw SQLite connection (not SqliteStorage, which would migrate) finds in a file.
struct RawState
{
    bool exists = false;
    QString integrity; ///< PRAGMA integrity_check's first row
    qint64 events = 0; ///< 0 when there is no events table yet
    qint64 batches = 0;
    QString error;
};

inline RawState inspect(const QString &path)
{
    RawState state;
    state.exists = QFile::exists(path);
    if (!state.exists)
        return state;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            state.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                state.integrity = q.value(0).toString();
            else
                state.error = q.lastError().text();
            q.finish();
            if (q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events'"))
                && q.next() && q.value(0).toInt() == 1) {
                q.finish();
                if (q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next())
                    state.events = q.value(0).toLongLong();
                else
                    state.error = q.lastError().text();
                q.finish();
                if (q.exec(QStringLiteral("SELECT count(*) FROM import_batches")) && q.next())
                    state.batches = q.value(0).toLongLong();
                q.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

/// Every file in `dir` (no folders), sorted.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// A temporary folder that a child running as nobody may use too.
struct SharedDir
{
    QTemporaryDir dir;
    SharedDir()
    {
        REQUIRE(dir.isValid());
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
    }
    QString path() const { return dir.path(); }
    QString filePath(const QString &name) const { return dir.filePath(name); }
};

/// Whether children can be run as nobody here (needed for permission tests as root).
inline bool canDropRoot(const SharedDir &dir)
{
    if (!runningAsRoot())
        return true;
    const Run probe = runApp({ QStringLiteral("--version") }, dir.path(), { true, 0 });
    return probe.exitCode == 0;
}

/// Builds a database of `rows` generated events (plus nothing else) and closes it cleanly, so the
/// file alone holds everything (no -wal left behind).
inline QString buildDatabase(const SharedDir &dir, const QString &name, int rows)
{
    const QString csv = dir.filePath(name + QStringLiteral(".csv"));
    writeFile(csv, nativeCsv(rows, QStringLiteral("Base")));
    const QString path = dir.filePath(name);
    {
        auto db = EventDatabase::open(DatabaseLocation::sqliteFile(path), { .seedBundled = false });
        REQUIRE(db.ok());
        auto imported = db.value().importFile(csv);
        INFO((imported ? QString() : imported.error().toString()).toStdString());
        REQUIRE(imported.ok());
        REQUIRE(imported->imported == rows);
    }
    QFile::remove(csv);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return path;
}

inline void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

/// The CLI's way of failing: one line on stderr, starting with the program name.
inline void checkOneLineError(const Run &run)
{
    INFO(run.err.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode != 0);
    CHECK(run.err.startsWith(QStringLiteral("techwinter: ")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
}

/// Compares whole files without printing megabytes when they differ.
inline bool unchanged(const QString &path, const QByteArray &before)
{
    return fileBytes(path) == before;
}

inline qint64 eventCountOf(const QString &path)
{
    const RawState state = inspect(path);
    REQUIRE(state.error.isEmpty());
    return state.events;
}

} // namespace techwinter::faults
