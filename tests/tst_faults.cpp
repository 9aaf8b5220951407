// Fault tests on real files and real processes: a killed import, damaged, read-only, full and
// locked databases, two instances on one file, and exports to paths that cannot take them.
#include "BundledDataset.h"
#include "EventDatabase.h"
#include "Resources.h"
#include "SchemaMigrator.h"
#include "SqliteStorage.h"
#include "TestSupport.h"
#include "tst_fault_support.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <random>

using namespace techwinter;
using namespace techwinter::faults;

TEST_CASE("Killed at random points during an import, the database holds all of it or none of it")
{
    SharedDir dir;
    // 40,000 rows (3.5 MB): an import takes about 2 s on two idle cores, so 24 trials fit in
    // about 40 s, most of them waiting for the commit near the end. Under AddressSanitizer (CI's
    // second build) every step is several times slower and the 24 trials took up to 9 minutes
    // of CI's 90: a quarter of the rows there still goes through every phase of an import.
#if defined(__SANITIZE_ADDRESS__)
    constexpr int rows = 10000;
#else
    constexpr int rows = 40000;
#endif
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    writeFile(csv, nativeCsv(rows, QStringLiteral("Kill")));

    // One uninterrupted run gives the full result and the import's timeline here: how long it
    // takes, and when the write-ahead log starts to grow (the commit; the storing before it stays
    // in the page cache). The kills are then spread over the whole run on any machine, with extra
    // weight on the commit, the checkpoint after it and the reload.
    const QString fullDb = dir.filePath(QStringLiteral("full.sqlite"));
    QProcess calibration;
    prepare(calibration,
        { QStringLiteral("--db"), fullDb, QStringLiteral("--empty"), QStringLiteral("--import"),
            csv },
        dir.path());
    QElapsedTimer timer;
    timer.start();
    calibration.start();
    REQUIRE(calibration.waitForStarted());
    qint64 commitStart = -1;
    while (!calibration.waitForFinished(10)) {
        REQUIRE(calibration.state() == QProcess::Running);
        if (commitStart < 0 && QFileInfo(fullDb + QStringLiteral("-wal")).size() > 1024 * 1024)
            commitStart = timer.elapsed();
    }
    const qint64 duration = timer.elapsed();
    const Run full = finish(calibration);
    INFO(full.err.toStdString());
    REQUIRE(full.exitCode == 0);
    const RawState complete = inspect(fullDb);
    REQUIRE(complete.integrity == QStringLiteral("ok"));
    REQUIRE(complete.events == rows);
    removeDatabase(fullDb);
    if (commitStart < 0)
        commitStart = duration / 2;

    std::mt19937 random(6);
    std::uniform_int_distribution<qint64> anywhere(0, duration * 11 / 10);
    std::uniform_int_distribution<qint64> nearCommit(
        std::max<qint64>(0, commitStart - duration / 8), duration * 21 / 20);
    constexpr int trials = 24;
    int killed = 0, none = 0, all = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const qint64 delay = trial % 3 == 0 ? anywhere(random) : nearCommit(random);
        const QString db = dir.filePath(QStringLiteral("trial-%1.sqlite").arg(trial));
        QProcess child;
        prepare(child,
            { QStringLiteral("--db"), db, QStringLiteral("--empty"), QStringLiteral("--import"),
                csv },
            dir.path());
        skipLeakCheck(child);
        child.start();
        REQUIRE(child.waitForStarted());
        bool wasKilled = false;
        if (!child.waitForFinished(int(delay))) {
            child.kill(); // SIGKILL: no destructor, no rollback, no flush
            wasKilled = true;
            ++killed;
            REQUIRE(child.waitForFinished(30000));
        }

        INFO("trial " << trial << (wasKilled ? ", killed after " : ", finished within ") << delay
                      << " ms of " << duration << " (commit at " << commitStart << ")");
        const RawState state = inspect(db);
        INFO("file " << (state.exists ? "exists" : "missing") << ", integrity \""
                     << state.integrity.toStdString() << "\", error \"" << state.error.toStdString()
                     << "\", " << state.events << " events, " << state.batches << " batches");
        // What this trial left, checked on its own: a kill before the file was created leaves no
        // file; otherwise the file is whole and holds none of the import or all of it, the batch
        // record with its events or not at all.
        const bool untouched = !state.exists;
        const bool whole
            = state.exists && state.error.isEmpty() && state.integrity == QStringLiteral("ok");
        const bool holdsNone = whole && state.events == 0 && state.batches == 0;
        const bool holdsAll = whole && state.events == rows && state.batches == 1;
        CHECK((untouched || holdsNone || holdsAll));
        // A run that was not killed finished the import: all of it is there.
        if (!wasKilled) {
            CHECK(child.exitStatus() == QProcess::NormalExit);
            CHECK(child.exitCode() == 0);
            CHECK(holdsAll);
        }
        (holdsAll ? all : none) += 1;

        // TechWinter opens what the kill left (finishing an interrupted creation) and sees the
        // same.
        {
            auto repo = SqliteStorage::open(db);
            INFO((repo ? QString() : repo.error().toString()).toStdString());
            REQUIRE(repo.ok());
            auto count = repo.value()->eventCount();
            REQUIRE(count.ok());
            CHECK(count.value() == state.events);
        }
        removeDatabase(db);
    }
    // A summary for the closing report (where the kills landed varies with the machine's load).
    WARN(trials << " trials: " << killed << " killed, " << none << " left none of the import, "
                << all << " all of it; import took " << duration << " ms, commit at " << commitStart
                << " ms");
    CHECK(killed > 0);
}

TEST_CASE("Killed while creating a new database, the next start finds the bundled dataset whole")
{
    SharedDir dir;
    auto bundled = BundledDataset::load();
    REQUIRE(bundled.ok());
    const qint64 expected = qint64(bundled->events.size());

    // A first start: create the database, fill it from the bundled dataset, export. Timed once so
    // the kills spread over it.
    const auto firstStart = [&](const QString &db) {
        return QStringList { QStringLiteral("--db"), db, QStringLiteral("--export-csv"),
            dir.filePath(QStringLiteral("out.csv")) };
    };
    QElapsedTimer timer;
    timer.start();
    const Run full = runApp(firstStart(dir.filePath(QStringLiteral("full.sqlite"))), dir.path());
    const qint64 duration = timer.elapsed();
    REQUIRE(full.exitCode == 0);
    REQUIRE(eventCountOf(dir.filePath(QStringLiteral("full.sqlite"))) == expected);

    std::mt19937 random(66);
    std::uniform_int_distribution<qint64> delays(0, duration);
    constexpr int trials = 20;
    int killed = 0, abandoned = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const qint64 delay = delays(random);
        const QString db = dir.filePath(QStringLiteral("first-%1.sqlite").arg(trial));
        QProcess child;
        prepare(child, firstStart(db), dir.path());
        skipLeakCheck(child);
        child.start();
        REQUIRE(child.waitForStarted());
        if (!child.waitForFinished(int(delay))) {
            child.kill();
            ++killed;
            REQUIRE(child.waitForFinished(30000));
        }
        INFO("trial " << trial << ", killed after " << delay << " ms of " << duration);
        const RawState state = inspect(db);
        if (state.exists)
            CHECK(state.integrity == QStringLiteral("ok"));
        // The kill may have left the half-built staging files; as if the next start came an hour
        // later (a younger one may be another instance's, still being built), they are removed.
        const QString staging = QStringLiteral(".first-%1.sqlite.new-*").arg(trial);
        const auto leftovers = [&] {
            return QDir(dir.path()).entryInfoList({ staging }, QDir::Files | QDir::Hidden);
        };
        if (!leftovers().isEmpty())
            ++abandoned;
        for (const QFileInfo &file : leftovers()) {
            QFile f(file.absoluteFilePath());
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.setFileTime(
                QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
        }
        // Whatever the kill left, the next start shows the whole bundled dataset.
        {
            auto reopened = EventDatabase::open(DatabaseLocation::sqliteFile(db));
            INFO((reopened ? QString() : reopened.error().toString()).toStdString());
            REQUIRE(reopened.ok());
            CHECK(reopened->store()->size() == expected);
        }
        CHECK(leftovers().isEmpty());
        removeDatabase(db);
    }
    WARN(trials << " first-start trials, " << killed << " killed, " << abandoned
                << " left staging files behind; a start took " << duration << " ms");

    // A young staging file may be another instance's creation in progress: left alone.
    const QString young = dir.filePath(QStringLiteral(".young.sqlite.new-1234"));
    writeFile(young, "half a database");
    auto opened = EventDatabase::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("young.sqlite"))));
    REQUIRE(opened.ok());
    CHECK(QFile::exists(young));
}

TEST_CASE("A damaged database is reported in plain words and left exactly as it was")
{
    SharedDir dir;
    const QString base = buildDatabase(dir, QStringLiteral("base.sqlite"), 4000);
    const QByteArray original = fileBytes(base);
    const qsizetype pageSize = 4096;
    REQUIRE(original.size() > 40 * pageSize);

    struct Damage
    {
        QString what;
        QByteArray bytes;
    };
    std::vector<Damage> damages;
    std::mt19937 random(66);
    // Random bytes over a stretch in the middle of the file, at random places and lengths.
    constexpr size_t overwrites = 10;
    for (size_t trial = 0; trial < overwrites; ++trial) {
        QByteArray bytes = original;
        const qsizetype pages = bytes.size() / pageSize;
        const qsizetype offset = std::uniform_int_distribution<qsizetype>(
            pages / 4 * pageSize, pages * 3 / 4 * pageSize)(random);
        const qsizetype length
            = std::uniform_int_distribution<qsizetype>(256, 2 * pageSize)(random);
        for (qsizetype i = offset; i < offset + length && i < bytes.size(); ++i)
            bytes[i] = char(random() & 0xff);
        damages.push_back(
            { QStringLiteral("%1 random bytes at %2").arg(length).arg(offset), bytes });
    }
    // Cut off: at half, at one page, inside the header.
    for (qsizetype size : { original.size() / 2, pageSize, qsizetype(60) })
        damages.push_back(
            { QStringLiteral("truncated to %1 bytes").arg(size), original.left(size) });
    // Not a database at all: a user pointing --db at a CSV file.
    damages.push_back({ QStringLiteral("a CSV file"), nativeCsv(100, QStringLiteral("Csv")) });
    // Another program's SQLite database: readable, but not ours to migrate or switch to WAL.
    {
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), foreign);
            other.setDatabaseName(foreign);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(
                q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://a')")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(foreign);
        damages.push_back({ QStringLiteral("another program's database"), fileBytes(foreign) });
    }

    const QString copy = dir.filePath(QStringLiteral("damaged.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(
        runApp({ QStringLiteral("--db"), base, QStringLiteral("--export-csv"), out }, dir.path())
            .exitCode
        == 0);
    const QByteArray baseline = fileBytes(out);
    QFile::remove(out);
    int unnoticed = 0;
    for (size_t i = 0; i < damages.size(); ++i) {
        const Damage &damage = damages[i];
        INFO(damage.what.toStdString());
        removeDatabase(copy);
        writeFile(copy, damage.bytes);

        const Run run = runApp(
            { QStringLiteral("--db"), copy, QStringLiteral("--export-csv"), out }, dir.path());
        INFO(run.err.toStdString());
        CHECK_FALSE(run.crashed);
        // Never "repaired", truncated or rewritten without the user asking.
        CHECK(unchanged(copy, damage.bytes));
        if (run.exitCode == 0) {
            // SQLite has no page checksums: damage to a page the export does not read (an index
            // used only when writing) goes unnoticed until a write reports it. Opening checks no
            // more (a full check costs a second per 30 MB at every start). What is shown must
            // then be the data as it was.
            CHECK(i < overwrites);
            CHECK(unchanged(out, baseline));
            QFile::remove(out);
            ++unnoticed;
            continue;
        }
        checkOneLineError(run);
        CHECK((run.err.contains(QStringLiteral("damaged"))
            || run.err.contains(QStringLiteral("not a TechWinter database"))));
        CHECK_FALSE(QFile::exists(out));

        // The library says the same to the window.
        auto db = EventDatabase::open(DatabaseLocation::sqliteFile(copy));
        REQUIRE_FALSE(db.ok());
        const QString message = db.error().toString();
        INFO(message.toStdString());
        CHECK((message.contains(QStringLiteral("damaged"))
            || message.contains(QStringLiteral("not a TechWinter database"))));
        CHECK(message.contains(copy));
        CHECK(unchanged(copy, damage.bytes));
    }
    CHECK(unnoticed < int(overwrites));
}

TEST_CASE("A read-only database can be read, and writing to it says it is read-only")
{
    SharedDir dir;
    if (!test::inputAvailable(canDropRoot(dir),
            "a child run as nobody (the read-only checks need an unprivileged child)"))
        return;
    // As root, file modes do not stop writes, so the child runs as nobody (ChildLimits::dropRoot);
    // what is tested is then the same as for a user: the operating system refusing the write.
    const ChildLimits unprivileged { true, 0 };
    const QString base = buildDatabase(dir, QStringLiteral("base.sqlite"), 500);
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    writeFile(more, nativeCsv(50, QStringLiteral("More")));

    SECTION("the file is read-only")
    {
        QFile::setPermissions(
            base, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileBytes(base);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const Run read
            = runApp({ QStringLiteral("--db"), base, QStringLiteral("--export-csv"), out },
                dir.path(), unprivileged);
        INFO(read.err.toStdString());
        CHECK(read.exitCode == 0);
        CHECK(QFile::exists(out));

        const Run write = runApp({ QStringLiteral("--db"), base, QStringLiteral("--import"), more },
            dir.path(), unprivileged);
        checkOneLineError(write);
        INFO(write.err.toStdString());
        CHECK(write.err.contains(QStringLiteral("read-only")));
        CHECK(unchanged(base, before));
        CHECK(eventCountOf(base) == 500);
    }
    SECTION("the folder is read-only")
    {
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x5555));
        const QByteArray before = fileBytes(base);
        const Run write = runApp({ QStringLiteral("--db"), base, QStringLiteral("--import"), more },
            dir.path(), unprivileged);
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        checkOneLineError(write);
        INFO(write.err.toStdString());
        CHECK((write.err.contains(QStringLiteral("read-only"))
            || write.err.contains(QStringLiteral("permission"))));
        CHECK(unchanged(base, before));
        CHECK(eventCountOf(base) == 500);
    }
}

TEST_CASE("A full disk fails the import in plain words and loses nothing")
{
    SharedDir dir;
    const QString base = buildDatabase(dir, QStringLiteral("base.sqlite"), 2000);
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    writeFile(more, nativeCsv(30000, QStringLiteral("More")));

    SECTION("the database reaches its size limit (SQLITE_FULL, in process)")
    {
        auto db = EventDatabase::open(DatabaseLocation::sqliteFile(base), { .seedBundled = false });
        REQUIRE(db.ok());
        // The repository's own connection: the only one whose page limit applies to its writes.
        const QStringList names = QSqlDatabase::connectionNames();
        REQUIRE(names.size() == 1);
        QSqlDatabase connection = QSqlDatabase::database(names.front(), false);
        QSqlQuery q(connection);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        q.finish();

        auto imported = db.value().importFile(more);
        REQUIRE_FALSE(imported.ok());
        const QString message = imported.error().toString();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("full")));
        CHECK(db.value().store()->size() == 2000);
        auto count = db.value().eventCount();
        REQUIRE(count.ok());
        CHECK(count.value() == 2000);
    }
    SECTION("no file may grow (RLIMIT_FSIZE on the child)")
    {
        const QByteArray before = fileBytes(base);
        const Run run = runApp({ QStringLiteral("--db"), base, QStringLiteral("--import"), more },
            dir.path(), { false, before.size() + 16 * 1024 });
        checkOneLineError(run);
        INFO(run.err.toStdString());
        CHECK(run.err.contains(QStringLiteral("full")));
        CHECK(unchanged(base, before));
    }
    const RawState after = inspect(base);
    CHECK(after.integrity == QStringLiteral("ok"));
    CHECK(after.events == 2000);
    CHECK(after.batches == 1);
}

TEST_CASE("A database locked by another program is reported in plain words")
{
    SharedDir dir;
    const QString base = buildDatabase(dir, QStringLiteral("base.sqlite"), 500);
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    writeFile(more, nativeCsv(50, QStringLiteral("More")));
    const QString holderName = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
        holder.setDatabaseName(base);
        REQUIRE(holder.open());
        QSqlQuery q(holder);

        SECTION("another writer holds the write lock: reading works, writing waits then fails")
        {
            REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            // A write that changes pages: only then is the lock taken.
            REQUIRE(q.exec(QStringLiteral("UPDATE events SET title = title || '!'")));
            const QString out = dir.filePath(QStringLiteral("out.csv"));
            const Run read = runApp(
                { QStringLiteral("--db"), base, QStringLiteral("--export-csv"), out }, dir.path());
            INFO(read.err.toStdString());
            CHECK(read.exitCode == 0);

            const Run write = runApp(
                { QStringLiteral("--db"), base, QStringLiteral("--import"), more }, dir.path());
            checkOneLineError(write);
            INFO(write.err.toStdString());
            CHECK(write.err.contains(QStringLiteral("another program")));
            REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        }
        SECTION("another program holds an exclusive lock: even opening fails, in plain words")
        {
            // Read before locking: closing any other descriptor of the file in this process would
            // drop the holder's POSIX locks.
            const QByteArray before = fileBytes(base);
            REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            // A write that changes pages: only then is the lock taken.
            REQUIRE(q.exec(QStringLiteral("UPDATE events SET title = title || '!'")));
            const QString out = dir.filePath(QStringLiteral("out.csv"));
            const Run read = runApp(
                { QStringLiteral("--db"), base, QStringLiteral("--export-csv"), out }, dir.path());
            checkOneLineError(read);
            INFO(read.err.toStdString());
            CHECK(read.err.contains(QStringLiteral("another program")));
            CHECK_FALSE(QFile::exists(out));
            REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            holder.close();
            CHECK(unchanged(base, before));
        }
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(holderName);
    CHECK(eventCountOf(base) == 500);
}
