#include "EventDatabase.h"
#include "EventRepository.h"
#include "SchemaMigrator.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

std::unique_ptr<EventRepository> openRepo(const QString &path)
{
    auto repo = EventRepository::open(path);
    if (!repo)
        FAIL(repo.error().toString().toStdString());
    return std::move(repo).value();
}

// Runs one query on a separate raw connection, as a second program (or sqlite3) would.
QVariant rawQuery(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

} // namespace

TEST_CASE("A new database is created at the newest schema, in WAL mode with foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto repo = openRepo(path);
    CHECK(repo->wasCreated());
    CHECK(repo->schemaVersion().value() == SchemaMigrator::latestVersion());
    CHECK(SchemaMigrator::latestVersion() >= 2);
    CHECK(repo->eventCount().value() == 0);
    CHECK(
        rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    repo.reset();
    auto again = openRepo(path);
    CHECK_FALSE(again->wasCreated());
}

TEST_CASE("Events round-trip through SQLite with every field, and aliases resolve to one company")
{
    QTemporaryDir dir;
    auto repo = openRepo(dir.filePath(QStringLiteral("rt.sqlite")));
    REQUIRE(repo->addCompanies(test::sampleCompanies()).ok());

    Event full = test::makeEvent(QStringLiteral("2023-09"), QStringLiteral("Alphabet"),
        EventKind::AiInvestment, std::nullopt, 2.0e9, QStringLiteral("Stake in a lab"));
    full.counterparty = QStringLiteral("Anthropic");
    full.amount = 1.8e9;
    full.currency = QStringLiteral("EUR");
    full.usdRate = 1.111;
    full.workforcePct = 6;
    full.notes = QStringLiteral("up to; 'quoted' \"double\"");
    std::vector<Event> events { full,
        test::makeEvent(
            QStringLiteral("2023-01-20"), QStringLiteral("구글"), EventKind::Layoff, 12000) };
    REQUIRE(repo->addEvents(events, QStringLiteral("test")).ok());

    auto companies = repo->loadCompanies();
    REQUIRE(companies.ok());
    REQUIRE(companies->size() == 3); // no new company: both names are aliases of Google
    auto loaded = repo->loadEvents();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == 2);
    // Loaded in date order, with the display name.
    CHECK(loaded->at(0).company == QStringLiteral("Google"));
    CHECK(loaded->at(0).headcount == 12000);
    Event back = loaded->at(1);
    CHECK(back.id > 0);
    back.id = 0;
    full.company = QStringLiteral("Google");
    CHECK(back == full);
}

TEST_CASE("An import is all or nothing: a failing event leaves the database unchanged")
{
    QTemporaryDir dir;
    auto repo = openRepo(dir.filePath(QStringLiteral("atomic.sqlite")));
    REQUIRE(repo->addEvents(test::sampleEvents(), QStringLiteral("first")).ok());
    const qint64 before = repo->eventCount().value();
    const size_t companiesBefore = repo->loadCompanies()->size();

    std::vector<Event> batch = test::sampleEvents();
    batch[2].company = QStringLiteral("A firm never seen before"); // would be created...
    batch[4].date = QDate(); // ...but a later row is unusable
    auto added = repo->addEvents(batch, QStringLiteral("second.csv"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().toString().startsWith(QStringLiteral("second.csv:5: ")));
    CHECK(repo->eventCount().value() == before);
    CHECK(repo->loadCompanies()->size() == companiesBefore);
}

TEST_CASE("Names with quotes and SQL in them are stored as plain text")
{
    QTemporaryDir dir;
    auto repo = openRepo(dir.filePath(QStringLiteral("inj.sqlite")));
    const QString evil = QStringLiteral("'); DROP TABLE events;--");
    REQUIRE(
        repo->addEvents({ test::makeEvent(QStringLiteral("2023-01-01"), evil, EventKind::Layoff, 1),
                            test::makeEvent(QStringLiteral("2023-01-02"),
                                QStringLiteral("\"Robert\""), EventKind::Layoff, 2) },
                QStringLiteral("evil"))
            .ok());
    auto loaded = repo->loadEvents();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == 2);
    CHECK(loaded->at(0).company == evil);
    CHECK(loaded->at(1).company == QStringLiteral("\"Robert\""));
}

TEST_CASE("A database at schema version 1 with data is upgraded and keeps its events")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(SchemaMigrator::migrate(db, 1).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO companies (id, name) VALUES (1, 'Meta')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO events (date, company_id, kind, title, headcount) "
                           "VALUES ('2022-11-09', 1, 'layoff', 'Meta cuts 11,000', 11000)")));
        CHECK(SchemaMigrator::currentVersion(db).value() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto repo = openRepo(path);
    CHECK_FALSE(repo->wasCreated());
    CHECK(repo->schemaVersion().value() == SchemaMigrator::latestVersion());
    auto events = repo->loadEvents();
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->front().headcount == 11000);
    // Version 2 added import provenance; new writes use it.
    REQUIRE(repo->addEvents({ test::makeEvent(QStringLiteral("2023-03-14"), QStringLiteral("Meta"),
                                EventKind::Layoff, 10000) },
                    QStringLiteral("after-upgrade"))
                .ok());
    repo.reset();
    CHECK(rawQuery(path, QStringLiteral("SELECT count(*) FROM events WHERE batch_id IS NOT NULL"))
              .toInt()
        == 1);
}

TEST_CASE("A database from a newer TechWinter is refused, not modified")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    openRepo(path).reset();
    rawQuery(path, QStringLiteral("PRAGMA user_version = 99"));
    auto repo = EventRepository::open(path);
    REQUIRE_FALSE(repo.ok());
    CHECK(repo.error().message.contains(QStringLiteral("newer than this app")));
    CHECK(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt() == 99);
}

TEST_CASE("A file that is not a database gives a readable error and is left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray junk = QByteArray("This is my thesis draft, not a database.\n").repeated(200);
    file.write(junk);
    file.close();
    auto db = EventDatabase::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == path);
    CHECK(db.error().message.contains(QStringLiteral("not a TechWinter database")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == junk);
}
