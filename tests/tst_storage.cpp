#include "EventDatabase.h"
#include "SchemaMigrator.h"
#include "SqliteStorage.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// The schema the migrations bring a database to, written out: 001_initial to
// 006_bundled_dataset_updates in resources/migrations/sqlite. Not counted from the migration files,
// which is what the migrator does.
constexpr int newestSchema = 7;

std::unique_ptr<SqliteStorage> openRepo(const QString &path)
{
    auto repo = SqliteStorage::open(path);
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
    CHECK(repo->schemaVersion().value() == newestSchema);
    CHECK(SchemaMigrator::latestVersion() == newestSchema);
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
    CHECK(repo->schemaVersion().value() == newestSchema);
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
    auto repo = SqliteStorage::open(path);
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
    auto db = EventDatabase::open(DatabaseLocation::sqliteFile(path));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == path);
    CHECK(db.error().message.contains(QStringLiteral("not a TechWinter database")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == junk);
}

TEST_CASE("Rebuilding the events table for version 5 keeps every event, attribute and sum")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    const QString connection = QStringLiteral("v4");
    const auto fingerprint = [](QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QString allEvents = QStringLiteral("SELECT * FROM events ORDER BY id");
    const QString allAttributes
        = QStringLiteral("SELECT * FROM event_attributes ORDER BY event_id, name");
    const QString allSums
        = QStringLiteral("SELECT * FROM event_month_sums ORDER BY company_id, month, kind");
    QStringList events, attributes, sums;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        // As SqliteStorage::open() leaves a connection: foreign keys on while migrating.
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        REQUIRE(SchemaMigrator::migrate(db, 4).ok());
        for (const char *sql : { "INSERT INTO import_batches (id, source, imported_at, format) "
                                 "VALUES (1, 'a.csv', '2024-01-01T00:00:00Z', 'native')",
                 "INSERT INTO companies (id, name) VALUES (1, 'Meta'), (2, 'Kakao')",
                 "INSERT INTO events (id, date, date_precision, company_id, kind, counterparty, "
                 "title, headcount, workforce_pct, amount, currency, amount_usd, usd_rate, "
                 "source_url, notes, batch_id, source_row) VALUES "
                 "(3, '2022-11-09', 'day', 1, 'layoff', '', 'Cuts', 11000, 13.0, NULL, NULL, "
                 "NULL, NULL, 'https://example.org/a', 'n', 1, 2), "
                 "(7, '2023-06-01', 'month', 2, 'ai_investment', 'KoGPT', '', NULL, NULL, "
                 "1000000000, 'KRW', 770000.25, 0.00077, '', '', 1, 3), "
                 "(9, '2023-01-01', 'year', 2, 'launch', '', 'Chatbot', NULL, NULL, NULL, NULL, "
                 "NULL, NULL, '', '', NULL, NULL)",
                 "INSERT INTO event_attributes (event_id, name, value) VALUES "
                 "(3, 'location', 'Menlo Park'), (7, 'stage', 'Series B')" }) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        }
        events = fingerprint(db, allEvents);
        attributes = fingerprint(db, allAttributes);
        sums = fingerprint(db, allSums);
        REQUIRE(events.size() == 3);
        REQUIRE(attributes.size() == 2);
        REQUIRE_FALSE(sums.isEmpty());

        REQUIRE(SchemaMigrator::migrate(db, 5).ok());
        CHECK(SchemaMigrator::currentVersion(db).value() == 5);
        // Dropping the old table with foreign keys on would have cascaded into the attributes.
        CHECK(fingerprint(db, allEvents) == events);
        CHECK(fingerprint(db, allAttributes) == attributes);
        CHECK(fingerprint(db, allSums) == sums);
        CHECK(fingerprint(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        CHECK(fingerprint(db, QStringLiteral("PRAGMA integrity_check"))
            == QStringList { QStringLiteral("ok") });
        CHECK(fingerprint(db, QStringLiteral("PRAGMA foreign_keys"))
            == QStringList { QStringLiteral("1") });
        CHECK(fingerprint(db,
                  QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = 'events' "
                                 "AND type IN ('index', 'trigger') ORDER BY name"))
            == QStringList { QStringLiteral("event_month_sums_delete"),
                QStringLiteral("event_month_sums_insert"),
                QStringLiteral("event_month_sums_update"), QStringLiteral("events_batch"),
                QStringLiteral("events_company_date"), QStringLiteral("events_launches"),
                QStringLiteral("events_with_details") });

        // The rules still hold, and the triggers and cascades still work.
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT INTO events (date, company_id, kind) VALUES ('2023-01-01', 1, 'rumour')")));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO events (date, date_precision, company_id, "
                                          "kind) VALUES ('2023-01-01', 'week', 1, 'layoff')")));
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT INTO events (date, company_id, kind) VALUES ('2023-01-01', 99, 'layoff')")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM import_batches WHERE id = 1")));
        CHECK(fingerprint(db, QStringLiteral("SELECT id FROM events"))
            == QStringList { QStringLiteral("9") });
        CHECK(fingerprint(db, allAttributes).isEmpty());
        CHECK(fingerprint(db, QStringLiteral("SELECT kind, events FROM event_month_sums"))
            == QStringList { QStringLiteral("launch|1") });
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
