// Fault tests on real processes that run side by side (instances, concurrent imports), exports to
// bad places, a broken bundled dataset and a shared upgrade.
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

#include <catch2/catch.hpp>

using namespace techwinter;
using namespace techwinter::faults;

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
    CHECK(repo.value()->schemaVersion().value() == 7); // migrations 001 to 007
}
