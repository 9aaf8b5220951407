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

namespace {

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
bool canDropRoot(const SharedDir &dir)
{
    if (!runningAsRoot())
        return true;
    const Run probe = runApp({ QStringLiteral("--version") }, dir.path(), { true, 0 });
    return probe.exitCode == 0;
}

/// Builds a database of `rows` generated events (plus nothing else) and closes it cleanly, so the
/// file alone holds everything (no -wal left behind).
QString buildDatabase(const SharedDir &dir, const QString &name, int rows)
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

void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

/// The CLI's way of failing: one line on stderr, starting with the program name.
void checkOneLineError(const Run &run)
{
    INFO(run.err.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode != 0);
    CHECK(run.err.startsWith(QStringLiteral("techwinter: ")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
}

/// Compares whole files without printing megabytes when they differ.
bool unchanged(const QString &path, const QByteArray &before)
{
    return fileBytes(path) == before;
}

qint64 eventCountOf(const QString &path)
{
    const RawState state = inspect(path);
    REQUIRE(state.error.isEmpty());
    return state.events;
}

} // namespace

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

TEST_CASE("Two instances on one database see each other's imports after a reload")
{
    SharedDir dir;
    const QString path = buildDatabase(dir, QStringLiteral("shared.sqlite"), 100);
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    const QString third = dir.filePath(QStringLiteral("third.csv"));
    writeFile(first, nativeCsv(300, QStringLiteral("First")));
    writeFile(second, nativeCsv(200, QStringLiteral("Second")));
    writeFile(third, nativeCsv(100, QStringLiteral("Third")));

    auto a = EventDatabase::open(DatabaseLocation::sqliteFile(path));
    auto b = EventDatabase::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->store()->size() == 100);
    REQUIRE(b->store()->size() == 100);

    REQUIRE(a.value().importFile(first).ok());
    CHECK(a->store()->size() == 400);
    CHECK(b->store()->size() == 100); // until it reloads
    REQUIRE(b.value().reload().ok());
    CHECK(b->store()->size() == 400);

    REQUIRE(b.value().importFile(second).ok());
    REQUIRE(a.value().reload().ok());
    CHECK(a->store()->size() == 600);

    // A third instance, a separate process, while both are open.
    const Run run
        = runApp({ QStringLiteral("--db"), path, QStringLiteral("--import"), third }, dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(a.value().reload().ok());
    REQUIRE(b.value().reload().ok());
    CHECK(a->store()->size() == 700);
    CHECK(b->store()->size() == 700);
}

TEST_CASE("Concurrent imports from several processes all land, and readers never see half")
{
    SharedDir dir;
    const QString path = buildDatabase(dir, QStringLiteral("shared.sqlite"), 10);
    constexpr int rounds = 2, writers = 3, rowsEach = 20000;
    qint64 expected = 10;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        std::vector<std::unique_ptr<QProcess>> children;
        for (int w = 0; w < writers; ++w) {
            const QString csv = dir.filePath(QStringLiteral("r%1-w%2.csv").arg(round).arg(w));
            writeFile(
                csv, nativeCsv(rowsEach, QStringLiteral("Round%1Writer%2").arg(round).arg(w), 20));
            children.push_back(std::make_unique<QProcess>());
            prepare(*children.back(),
                { QStringLiteral("--db"), path, QStringLiteral("--import"), csv }, dir.path());
        }
        // Readers alongside: each export holds whole imports only.
        for (int r = 0; r < 2; ++r) {
            children.push_back(std::make_unique<QProcess>());
            prepare(*children.back(),
                { QStringLiteral("--db"), path, QStringLiteral("--export-csv"),
                    dir.filePath(QStringLiteral("r%1-read%2.csv").arg(round).arg(r)) },
                dir.path());
        }
        for (auto &child : children)
            child->start();
        for (size_t i = 0; i < children.size(); ++i) {
            REQUIRE(children[i]->waitForStarted());
            const Run run = finish(*children[i]);
            INFO("child " << i << ": " << run.err.toStdString());
            CHECK(run.exitCode == 0);
            CHECK_FALSE(run.err.contains(QStringLiteral("locked")));
        }
        expected += writers * rowsEach;
        for (int r = 0; r < 2; ++r) {
            const QByteArray csv
                = fileBytes(dir.filePath(QStringLiteral("r%1-read%2.csv").arg(round).arg(r)));
            const qint64 seen = csv.count('\n') - 1;
            INFO("reader " << r << " saw " << seen);
            CHECK((seen - (expected - writers * rowsEach)) % rowsEach == 0);
        }
        const RawState state = inspect(path);
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK(state.events == expected);
        CHECK(state.batches == 1 + (round + 1) * writers);
    }
}

TEST_CASE("Exports to a folder, a vanished folder, an unwritable place or a full disk leave "
          "no file behind")
{
    SharedDir dir;
    const QString db = buildDatabase(dir, QStringLiteral("export.sqlite"), 5000);
    const QStringList formats { QStringLiteral("--export-csv"), QStringLiteral("--export-json"),
        QStringLiteral("--export-png") };
    const QStringList names { QStringLiteral("out.csv"), QStringLiteral("out.json"),
        QStringLiteral("out.png") };
    const auto exportTo = [&](const QString &folder, const ChildLimits &limits = {}) {
        QStringList arguments { QStringLiteral("--db"), db };
        for (int i = 0; i < formats.size(); ++i)
            arguments << formats[i] << QDir(folder).filePath(names[i]);
        return runApp(arguments, dir.path(), limits);
    };
    const auto checkFailures = [&](const Run &run, const QString &folder) {
        INFO(run.err.toStdString());
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 1);
        for (const QString &name : names) {
            const QString target = QDir(folder).filePath(name);
            INFO(target.toStdString());
            CHECK(run.err.contains(QStringLiteral("techwinter: ") + target + QStringLiteral(": ")));
        }
        for (const QString &line : run.err.trimmed().split(QLatin1Char('\n')))
            CHECK(line.contains(QStringLiteral("cannot")));
    };

    SECTION("each target is a folder")
    {
        const QString out = dir.filePath(QStringLiteral("targets"));
        for (const QString &name : names)
            REQUIRE(QDir().mkpath(QDir(out).filePath(name)));
        QStringList arguments { QStringLiteral("--db"), db };
        for (int i = 0; i < formats.size(); ++i)
            arguments << formats[i] << QDir(out).filePath(names[i]);
        const Run run = runApp(arguments, dir.path());
        checkFailures(run, out);
        CHECK(filesIn(out).isEmpty());
        for (const QString &name : names)
            CHECK(QFileInfo(QDir(out).filePath(name)).isDir());
    }
    SECTION("the folder disappears while the program runs")
    {
        const QString out = dir.filePath(QStringLiteral("vanishing"));
        REQUIRE(QDir().mkpath(out));
        const QString more = dir.filePath(QStringLiteral("more.csv"));
        writeFile(more, nativeCsv(50000, QStringLiteral("Slow")));
        QStringList arguments { QStringLiteral("--db"), db, QStringLiteral("--import"), more };
        for (int i = 0; i < formats.size(); ++i)
            arguments << formats[i] << QDir(out).filePath(names[i]);
        QProcess child;
        prepare(child, arguments, dir.path());
        child.start();
        REQUIRE(child.waitForStarted());
        // Gone long before the import of 50,000 rows ends and the exports begin.
        REQUIRE(QDir(out).removeRecursively());
        const Run run = finish(child);
        checkFailures(run, out);
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("the folder is a file")
    {
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        writeFile(notAFolder, "not a folder\n");
        const Run run = exportTo(notAFolder);
        checkFailures(run, notAFolder);
        CHECK(fileBytes(notAFolder) == "not a folder\n");
    }
    SECTION("the folder and an existing target are not writable")
    {
        if (!test::inputAvailable(canDropRoot(dir),
                "a child run as nobody (the permission checks need an unprivileged child)"))
            return;
        const QString out = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::Permissions(0x5555));
        const Run run = exportTo(out, { true, 0 });
        checkFailures(run, out);
        CHECK(filesIn(out).isEmpty());

        // An existing read-only file in a writable folder is not replaced either.
        const QString kept = dir.filePath(QStringLiteral("kept"));
        REQUIRE(QDir().mkpath(kept));
        QFile::setPermissions(kept, QFileDevice::Permissions(0x7777));
        for (const QString &name : names) {
            writeFile(QDir(kept).filePath(name), "keep me\n");
            QFile::setPermissions(QDir(kept).filePath(name), QFileDevice::Permissions(0x4444));
        }
        const Run again = exportTo(kept, { true, 0 });
        checkFailures(again, kept);
        CHECK(filesIn(kept) == QStringList({ names[0], names[1], names[2] }));
        for (const QString &name : names)
            CHECK(fileBytes(QDir(kept).filePath(name)) == "keep me\n");
    }
    SECTION("the disk fills up while writing")
    {
        const QString out = dir.filePath(QStringLiteral("full"));
        REQUIRE(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::Permissions(0x7777));
        // 40 KiB: room for the database's 32 KiB shared-memory index, not for the exports.
        const Run run = exportTo(out, { false, 40 * 1024 });
        checkFailures(run, out);
        CHECK(filesIn(out).isEmpty());
    }
}

TEST_CASE("A bundled dataset file that fails to parse is an error naming the file and line")
{
    ensureResources();
    QTemporaryDir dir;
    const QString events = dir.filePath(QStringLiteral("events.csv"));
    const QString companies = dir.filePath(QStringLiteral("companies.csv"));
    const QByteArray goodEvents = fileBytes(QStringLiteral(":/data/events.csv"));
    const QByteArray goodCompanies = fileBytes(QStringLiteral(":/data/companies.csv"));
    REQUIRE(goodEvents.size() > 1000);
    REQUIRE(goodCompanies.size() > 100);
    writeFile(events, goodEvents);
    writeFile(companies, goodCompanies);
    REQUIRE(BundledDataset::loadFrom(events, companies).ok());

    const auto lineOf = [](const QByteArray &bytes, qsizetype offset) {
        return qint64(bytes.left(offset).count('\n') + 1);
    };
    SECTION("an unknown kind in the middle of the events")
    {
        QByteArray broken = goodEvents;
        const qsizetype at = broken.indexOf(",layoff,", broken.size() / 2);
        REQUIRE(at > 0);
        broken.replace(at, 8, ",firing,");
        writeFile(events, broken);
        auto loaded = BundledDataset::loadFrom(events, companies);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().file == events);
        CHECK(loaded.error().line == lineOf(broken, at));
        CHECK(loaded.error().message.contains(QStringLiteral("firing")));
    }
    SECTION("an impossible date on the last line")
    {
        QByteArray broken = goodEvents;
        if (!broken.endsWith('\n'))
            broken += '\n';
        const qint64 line = broken.count('\n') + 1;
        broken += "2023-02-30,Google,layoff,A day that does not exist,10,,,\n";
        writeFile(events, broken);
        auto loaded = BundledDataset::loadFrom(events, companies);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().file == events);
        CHECK(loaded.error().line == line);
        CHECK(loaded.error().message.contains(QStringLiteral("date")));
    }
    SECTION("a quote that never closes")
    {
        QByteArray broken = goodEvents;
        const qsizetype at = broken.indexOf("\n", broken.size() / 3) + 1;
        broken.insert(at, "2023-01-01,\"Google,layoff,unterminated\n");
        writeFile(events, broken);
        auto loaded = BundledDataset::loadFrom(events, companies);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().file == events);
        CHECK(loaded.error().line == lineOf(broken, at));
    }
    SECTION("a company without a name")
    {
        QByteArray broken = goodCompanies;
        const qsizetype at = broken.indexOf("\n", broken.size() / 2) + 1;
        broken.insert(at, ",Nameless|Alias\n");
        writeFile(companies, broken);
        auto loaded = BundledDataset::loadFrom(events, companies);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().file == companies);
        CHECK(loaded.error().line == lineOf(broken, at));
    }
}

TEST_CASE("Instances opening an old database at the same moment upgrade it once, without error")
{
    // A version 1 database with enough events that the migrations take a while (004 sums the
    // events, 005 copies their table): the instances meet in the middle of them. Each migration
    // must run exactly once; 002 adds columns and would fail a second time.
    SharedDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    constexpr int events = 150000;
    const QString connection = QStringLiteral("old-v1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(SchemaMigrator::migrate(db, 1).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO companies (id, name) VALUES (1, 'Old One'), "
                                      "(2, 'Old Two')")));
        REQUIRE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO events (date, company_id, kind, headcount, title) "
            "SELECT date('2015-01-01', '+' || (i % 3000) || ' days'), 1 + i % 2, 'layoff', i, "
            "'old ' || i FROM n")
                           .arg(events)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    constexpr int instances = 3;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < instances; ++i) {
        children.push_back(std::make_unique<QProcess>());
        prepare(*children.back(),
            { QStringLiteral("--db"), path, QStringLiteral("--export-csv"),
                dir.filePath(QStringLiteral("out-%1.csv").arg(i)) },
            dir.path());
    }
    for (auto &child : children)
        child->start();
    for (int i = 0; i < instances; ++i) {
        REQUIRE(children[size_t(i)]->waitForStarted());
        const Run run = finish(*children[size_t(i)]);
        INFO("instance " << i << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK_FALSE(run.err.contains(QStringLiteral("locked")));
    }
    const RawState state = inspect(path);
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.events == events);
    CHECK(fileBytes(dir.filePath(QStringLiteral("out-0.csv"))).count('\n') == events + 1);
    const QByteArray first = digest(dir.filePath(QStringLiteral("out-0.csv")));
    for (int i = 1; i < instances; ++i)
        CHECK(digest(dir.filePath(QStringLiteral("out-%1.csv").arg(i))) == first);
    auto repo = SqliteStorage::open(path);
    REQUIRE(repo.ok());
    CHECK(repo.value()->schemaVersion().value() == 6); // migrations 001 to 006
}
