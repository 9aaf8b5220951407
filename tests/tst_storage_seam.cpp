// The storage seam: a location instead of a path, errors that carry a kind callers branch on,
// and migrations kept per SQL dialect.
#include "DatabaseLocation.h"
#include "EventDatabase.h"
#include "EventStorage.h"
#include "SchemaMigrator.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A database named on the command line becomes a location — servers are refused for now")
{
    auto plain = DatabaseLocation::fromText(QStringLiteral("/data/team.sqlite"));
    REQUIRE(plain.ok());
    CHECK(plain->backend() == DatabaseLocation::Backend::Sqlite);
    CHECK(plain->filePath() == QStringLiteral("/data/team.sqlite"));
    CHECK(plain->displayName() == QStringLiteral("team.sqlite"));
    CHECK(plain->folder() == QStringLiteral("/data"));

    auto fileUrl = DatabaseLocation::fromText(QStringLiteral("file:///data/team.sqlite"));
    REQUIRE(fileUrl.ok());
    CHECK(fileUrl->filePath() == QStringLiteral("/data/team.sqlite"));

    auto server = DatabaseLocation::fromText(QStringLiteral("postgresql://ana@db.lan:5432/news"));
    REQUIRE_FALSE(server.ok());
    CHECK(server.error().message.contains(QStringLiteral("postgresql://")));

    CHECK_FALSE(DatabaseLocation::fromText(QStringLiteral("  ")).ok());
}

TEST_CASE("Storage errors carry the kind of failure, not only words")
{
    QTemporaryDir dir;

    SECTION("a file that is not a database is corrupt, and left as it is")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray junk = QByteArray("my thesis, not a database\n").repeated(300);
        writeBytes(path, junk);
        auto opened = EventStorage::open(DatabaseLocation::sqliteFile(path));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Corrupt);
        CHECK(errorKindName(opened.error().kind) == QStringLiteral("corrupt"));
    }
    SECTION("a database from a newer app is a conflict")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto created = EventStorage::open(DatabaseLocation::sqliteFile(path));
            REQUIRE(created.ok());
        }
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto opened = EventStorage::open(DatabaseLocation::sqliteFile(path));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Conflict);
        CHECK(opened.error().message.contains(QStringLiteral("newer than this app")));
    }
    SECTION("asking for an import or an event that does not exist is not found")
    {
        auto opened = EventStorage::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("empty.sqlite"))));
        REQUIRE(opened.ok());
        auto undone = opened.value()->undoImport(4242);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().kind == ErrorKind::NotFound);
        auto details = opened.value()->eventDetails(4242);
        REQUIRE_FALSE(details.ok());
        CHECK(details.error().kind == ErrorKind::NotFound);
    }
    SECTION("a database in a folder that does not exist cannot be opened: an I/O failure")
    {
        auto opened = EventStorage::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Io);
    }
}

TEST_CASE("SQLite's migrations live in their own dialect folder, numbered from 001")
{
    const QStringList files = SchemaMigrator::migrationFiles();
    const QStringList expected {
        QStringLiteral(":/migrations/sqlite/001_initial.sql"),
        QStringLiteral(":/migrations/sqlite/002_import_batches.sql"),
        QStringLiteral(":/migrations/sqlite/003_import_details.sql"),
        QStringLiteral(":/migrations/sqlite/004_month_sums.sql"),
        QStringLiteral(":/migrations/sqlite/005_rebuild_events.sql"),
        QStringLiteral(":/migrations/sqlite/006_bundled_dataset_updates.sql"),
        QStringLiteral(":/migrations/sqlite/007_merged_sources.sql"),
    };
    CHECK(files == expected);
}

TEST_CASE("The open database answers for itself: its location, its events, its imports")
{
    QTemporaryDir dir;
    const DatabaseLocation location
        = DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("mine.sqlite")));
    auto db = EventDatabase::open(location, { .seedBundled = false });
    REQUIRE(db.ok());
    CHECK(db->location() == location);
    CHECK(db->store()->isEmpty());
    REQUIRE(db.value().addCompanies(test::sampleCompanies()).ok());
    auto batch = db.value().addEvents(test::sampleEvents(), QStringLiteral("sample"));
    REQUIRE(batch.ok());
    // A write through the database reloads what it shows.
    CHECK(db->store()->size() == int(test::sampleEvents().size()));
    auto batches = db->importBatches();
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 1);
    CHECK(batches->front().source == QStringLiteral("sample"));
    REQUIRE(db.value().undoImport(batch.value()).ok());
    CHECK(db->store()->isEmpty());
}
