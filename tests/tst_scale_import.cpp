// The import side of the scale work (issues 5 and 17): a big import into an empty database, the
// native-handle inserter against the Qt SQL fallback, and a file stored piece by piece while it
// is read. Every comparison is exact; no timing here (tests/bench).

#include "EventDatabase.h"
#include "ImportPipeline.h"
#include "ImportService.h"
#include "ImportStream.h"
#include "ImportWriter.h"
#include "Importer.h"
#include "SqliteBulkInsert.h"
#include "SqliteStorage.h"
#include "TestSupport.h"
#include "tst_scale_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <map>
#include <random>
#include <tuple>

using namespace techwinter;
using namespace techwinter::scale;

TEST_CASE("A big import into an empty database finds the file's own repeats and keeps its schema")
{
    // Into an empty table the (company, date) index is built after the rows, and repeats within
    // the file are found by their hash and the earlier row's id, not by the duplicate query.
    std::mt19937_64 rng(99);
    TestDatabase t;
    auto opened
        = EventDatabase::open(DatabaseLocation::sqliteFile(t.path()), { .seedBundled = false });
    REQUIRE(opened);
    EventDatabase *db = &opened.value();
    std::vector<Event> events = randomEvents(rng, 24000);
    for (size_t i = 0; i < events.size(); ++i)
        events[i].title = QStringLiteral("Row %1").arg(i); // distinct by construction
    std::vector<Event> file = events;
    constexpr int repeats = 300;
    for (int i = 0; i < repeats; ++i) {
        const size_t original = size_t(rng() % events.size());
        // Anywhere after the original: next to it, or thousands of rows later.
        const size_t at = original + 1 + size_t(rng() % (file.size() - original));
        file.insert(file.begin() + qsizetype(at), events[original]);
    }
    auto parsed = Importer::parse(nativeCsv(file), QStringLiteral("big.csv"));
    REQUIRE(parsed);
    auto summary = db->importParsed(*parsed);
    REQUIRE(summary);
    CHECK(summary->imported == qint64(events.size()));
    CHECK(summary->duplicatesSkipped == repeats);

    const auto schemaObjects = [&] {
        QStringList names;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(t.path());
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = "
                                          "'events' AND type IN ('index', 'trigger') "
                                          "ORDER BY name")));
            while (q.next())
                names << q.value(0).toString();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return names;
    };
    const QStringList expectedObjects { QStringLiteral("event_month_sums_delete"),
        QStringLiteral("event_month_sums_insert"), QStringLiteral("event_month_sums_update"),
        QStringLiteral("events_batch"), QStringLiteral("events_bundle_id"),
        QStringLiteral("events_company_date"), QStringLiteral("events_launches"),
        QStringLiteral("events_with_details") };
    CHECK(schemaObjects() == expectedObjects);

    // The sums written once per company, month and kind equal sums added up event by event.
    const auto checkSums = [&] {
        auto stored = db->loadEvents();
        REQUIRE(stored);
        std::map<std::tuple<qint64, int, int>, std::array<qint64, 3>> expected;
        for (const Event &e : *stored) {
            const qint64 company
                = db->store()->company(companyIndexNamed(*db->store(), e.company)).id;
            auto &sum = expected[{ company, e.date.year() * 12 + e.date.month() - 1, int(e.kind) }];
            sum[0] += 1;
            sum[1] += e.headcount.value_or(0);
            sum[2] += e.amountUsd ? expectedCents(*e.amountUsd) : 0;
        }
        auto sums = db->loadMonthSums();
        REQUIRE(sums);
        std::map<std::tuple<qint64, int, int>, std::array<qint64, 3>> actual;
        for (const MonthSum &s : *sums)
            actual[{ s.companyId, s.month, int(s.kind) }]
                = { s.events, s.headcount, s.amountUsdCents };
        CHECK(actual == expected);
    };
    checkSums();

    // Into the now full table, the same file is all duplicates (the index serves the query).
    auto again = db->importParsed(*parsed);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicatesSkipped == qint64(file.size()));
    CHECK(schemaObjects() == expectedObjects);
    checkSums();
}

namespace {

// Every row of the tables an import writes, as text, in a fixed order.
QStringList importedRows(const QString &path)
{
    QStringList rows;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const char *sql : { "SELECT * FROM events ORDER BY id",
                 "SELECT * FROM event_month_sums ORDER BY company_id, month, kind",
                 "SELECT id, name, created_by_batch FROM companies ORDER BY id" }) {
            REQUIRE(q.exec(QString::fromLatin1(sql)));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                rows << cells.join(QLatin1Char('|'));
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

// Imports `parsed` into a new database at `path` through ImportWriter on the given path.
ImportSummary importThrough(
    const QString &path, const ParsedImport &parsed, ImportWriter::Path insertPath)
{
    REQUIRE(EventDatabase::open(DatabaseLocation::sqliteFile(path), { .seedBundled = false }));
    const QString connection = QUuid::createUuid().toString();
    std::optional<ImportSummary> summary;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        if (insertPath == ImportWriter::Path::NativeWhereSafe) {
            // Debian's Qt SQLite plugin links the system libsqlite3: the native path is taken.
            CHECK(SqliteBulkInsert::open(raw) != nullptr);
        }
        auto written = ImportWriter(raw, path, insertPath).write(parsed, ImportControl {});
        REQUIRE(written);
        summary = *written;
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return *summary;
}

} // namespace

TEST_CASE("The native-handle import stores exactly what the Qt SQL fallback stores")
{
    std::mt19937_64 rng(1717);
    std::vector<Event> events = randomEvents(rng, 3000);
    for (int i = 0; i < 60; ++i)
        events.push_back(events[size_t(rng() % 3000)]); // repeats within the file
    auto parsed = Importer::parse(nativeCsv(events), QStringLiteral("both.csv"));
    REQUIRE(parsed);
    QTemporaryDir dir;
    const QString native = dir.filePath(QStringLiteral("native.sqlite"));
    const QString qtSql = dir.filePath(QStringLiteral("qtsql.sqlite"));
    const ImportSummary a = importThrough(native, *parsed, ImportWriter::Path::NativeWhereSafe);
    const ImportSummary b = importThrough(qtSql, *parsed, ImportWriter::Path::QtSql);
    CHECK(a.imported == b.imported);
    CHECK(a.duplicatesSkipped == b.duplicatesSkipped);
    CHECK(a.imported + a.duplicatesSkipped == 3060);
    CHECK(a.duplicatesSkipped >= 60);
    const QStringList nativeRows = importedRows(native);
    CHECK(nativeRows.size() > 3000);
    CHECK(nativeRows == importedRows(qtSql));
}

TEST_CASE("The native-handle inserter refuses a connection it cannot use safely")
{
    QSqlDatabase closed
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk-closed"));
    CHECK(SqliteBulkInsert::open(closed) == nullptr);
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk-closed"));
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// Small pieces and blocks, so a few thousand rows cross many boundaries.
constexpr ImportStream::Options smallPieces {
    .pieceRows = 97, .blockBytes = 4093, .streamFrom = 0
};

Result<ImportSummary> importStreamed(
    SqliteStorage &storage, const QString &file, const ImportControl &control = {})
{
    auto stream = ImportStream::open(file, control, smallPieces);
    if (!stream)
        return stream.error();
    ImportPipeline pipeline(std::move(stream).value(), control);
    return storage.importSource(pipeline, control);
}

} // namespace

TEST_CASE("A file stored piece by piece while it is read stores what a whole parse stores")
{
    std::mt19937_64 rng(1718);
    std::vector<Event> events = randomEvents(rng, 4000);
    for (int i = 0; i < 80; ++i)
        events.push_back(events[size_t(rng() % 4000)]); // repeats, some pieces later
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("pieces.csv"), nativeCsv(events));
    auto parsed = Importer::parseFile(csv);
    REQUIRE(parsed);
    const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
    const QString streamed = dir.filePath(QStringLiteral("streamed.sqlite"));
    const ImportSummary a = importThrough(whole, *parsed, ImportWriter::Path::NativeWhereSafe);
    auto storage = SqliteStorage::open(streamed);
    REQUIRE(storage);
    auto b = importStreamed(*storage.value(), csv);
    REQUIRE(b);
    CHECK(b->imported == a.imported);
    CHECK(b->duplicatesSkipped == a.duplicatesSkipped);
    CHECK(b->duplicatesSkipped >= 80);
    CHECK(b->rowsRead == 4080);
    CHECK(b->warnings == a.warnings);
    // Every event (id, line, figures), every monthly sum and company, exactly.
    const QStringList rows = importedRows(streamed);
    CHECK(rows.size() > 4000);
    CHECK(rows == importedRows(whole));

    // Again, into the full table: every row repeats a stored event and is found by the lookup.
    auto again = importStreamed(*storage.value(), csv);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicatesSkipped == 4080);
    CHECK(importedRows(streamed) == rows);
}

TEST_CASE("Cancelling while the pieces are being stored leaves the database as it was")
{
    std::mt19937_64 rng(1719);
    QTemporaryDir dir;
    auto storage = SqliteStorage::open(dir.filePath(QStringLiteral("cancel.sqlite")));
    REQUIRE(storage);
    const QString first
        = writeFile(dir, QStringLiteral("first.csv"), nativeCsv(randomEvents(rng, 500)));
    REQUIRE(importStreamed(*storage.value(), first));
    const QStringList before = importedRows(dir.filePath(QStringLiteral("cancel.sqlite")));
    auto batchesBefore = storage.value()->importBatches();
    REQUIRE(batchesBefore);

    const QString big
        = writeFile(dir, QStringLiteral("big.csv"), nativeCsv(randomEvents(rng, 6000)));
    std::atomic_bool cancel { false };
    qint64 storedWhenCancelled = 0;
    ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        // Half way through storing: some pieces are in the transaction already.
        if (stage == ImportStage::Storing && done * 2 >= total && !cancel) {
            storedWhenCancelled = done;
            cancel = true;
        }
    };
    auto stopped = importStreamed(*storage.value(), big, control);
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
    CHECK(storedWhenCancelled > 0);
    CHECK(importedRows(dir.filePath(QStringLiteral("cancel.sqlite"))) == before);
    auto batchesAfter = storage.value()->importBatches();
    REQUIRE(batchesAfter);
    CHECK(batchesAfter->size() == batchesBefore->size());
}
