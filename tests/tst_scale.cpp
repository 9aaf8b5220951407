// The fast paths of issue 5 against the simple path, on random data: the database's monthly sums
// (migration 004, kept by triggers), the columnar EventStore and its loader, and the filter's
// run merging and mask scan. Every comparison is exact. No timing here: speed lives in
// tests/bench.

#include "EventDatabase.h"
#include "EventStore.h"
#include "FilterState.h"
#include "ImportWriter.h"
#include "Importer.h"
#include "Money.h"
#include "SchemaMigrator.h"
#include "SqliteBulkInsert.h"
#include "SqliteStorage.h"
#include "TimelineSeries.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <map>
#include <random>
#include <tuple>

using namespace techwinter;

namespace {

constexpr int Companies = 12;

QString companyName(int i)
{
    return QStringLiteral("Firm%1").arg(i, 2, 10, QLatin1Char('0'));
}

// Random events with everything the sums must cope with: every kind, unknown figures, cents
// and sub-cent amounts, negative and huge amounts, month and year precision, titles.
std::vector<Event> randomEvents(std::mt19937_64 &rng, int count)
{
    std::vector<Event> events;
    const qint64 first = QDate(2019, 1, 1).toJulianDay();
    const qint64 days = QDate(2024, 12, 31).toJulianDay() - first + 1;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.date = QDate::fromJulianDay(first + qint64(rng() % quint64(days)));
        e.precision = DatePrecision(rng() % 8 == 0 ? 1 + rng() % 2 : 0);
        e.company = companyName(int(rng() % Companies));
        e.kind = AllEventKinds[size_t(rng() % 8 < 3 ? 0 : rng() % 8 < 6 ? 1 : rng() % 6)];
        if (rng() % 5 != 0)
            e.headcount = qint64(rng() % 30000);
        switch (rng() % 6) {
        case 0:
            break; // unknown
        case 1:
            e.amountUsd = double(rng() % 100000) / 100.0; // whole cents
            break;
        case 2:
            e.amountUsd = std::ldexp(double(rng() % (1ull << 40)), -10); // sub-cent fractions
            break;
        case 3:
            e.amountUsd = -double(rng() % 1000000) / 8.0;
            break;
        case 4:
            e.amountUsd = 1e12 * double(1 + rng() % 50); // clamped at 10^13
            break;
        default:
            e.amountUsd = std::pow(10.0, 5.0 + 5.0 * double(rng() % 10000) / 10000.0);
        }
        if (rng() % 3 == 0)
            e.title = QStringLiteral("Event %1 — 구조조정").arg(i);
        if (rng() % 7 == 0)
            e.counterparty = QStringLiteral("Partner %1").arg(rng() % 5);
        events.push_back(std::move(e));
    }
    return events;
}

// US dollars as whole cents, written here again rather than taken from Money.h: rounded half
// away from zero (std::round), clamped to ±10^13 dollars, NaN as nothing.
qint64 expectedCents(double usd)
{
    if (std::isnan(usd))
        return 0;
    return qint64(std::round(std::clamp(usd, -1e13, 1e13) * 100.0));
}

int monthsPerBucket(BucketSize size)
{
    switch (size) {
    case BucketSize::Month:
        return 1;
    case BucketSize::Quarter:
        return 3;
    case BucketSize::Year:
        return 12;
    }
    FAIL("unknown bucket size");
    return 0;
}

// The first day of the month, quarter or year holding `date`, written here again rather than
// taken from TimelineSeries.
QDate expectedBucketStart(QDate date, BucketSize size)
{
    const int months = monthsPerBucket(size);
    return QDate(date.year(), (date.month() - 1) / months * months + 1, 1);
}

// The store index of the company named `name` (the events carry the stored name).
int companyIndexNamed(const EventStore &store, const QString &name)
{
    for (int i = 0; i < int(store.companies().size()); ++i) {
        if (store.company(i).name == name)
            return i;
    }
    FAIL("no company " << name.toStdString());
    return -1;
}

// The simple path, written out without any of the code under test: every event, every bucket,
// sums added one by one.
std::vector<TimelineBucket> naiveBuckets(const std::vector<Event> &events, const EventStore &store,
    const FilterState &state, BucketSize size)
{
    std::vector<const Event *> matching;
    for (const Event &e : events) {
        const int company = companyIndexNamed(store, e.company);
        if ((state.companies && !state.companies->contains(company))
            || !state.kinds.test(size_t(e.kind)) || (state.from.isValid() && e.date < state.from)
            || (state.to.isValid() && e.date > state.to))
            continue;
        matching.push_back(&e);
    }
    QDate from = state.from, to = state.to;
    for (const Event *e : matching) {
        if (!state.from.isValid() && (!from.isValid() || e->date < from))
            from = e->date;
        if (!state.to.isValid() && (!to.isValid() || e->date > to))
            to = e->date;
    }
    std::vector<TimelineBucket> buckets;
    if (!from.isValid() || !to.isValid())
        return buckets;
    const int months = monthsPerBucket(size);
    for (QDate s = expectedBucketStart(from, size); s <= to; s = s.addMonths(months))
        buckets.push_back({ s, s.addMonths(months).addDays(-1) });
    for (const Event *e : matching) {
        for (TimelineBucket &b : buckets) {
            if (e->date < b.start || e->date > b.end)
                continue;
            ++b.eventCount;
            ++b.kindEvents[size_t(e->kind)];
            if (e->kind == EventKind::Layoff) {
                ++b.layoffEvents;
                b.layoffHeadcount += e->headcount.value_or(0);
            } else if (e->kind == EventKind::AiInvestment) {
                ++b.aiInvestmentEvents;
                if (e->amountUsd)
                    b.aiInvestmentCents += expectedCents(*e->amountUsd);
            }
        }
    }
    for (TimelineBucket &b : buckets)
        b.aiInvestmentUsd = double(b.aiInvestmentCents) / 100.0;
    return buckets;
}

FilterState randomMonthAlignedState(std::mt19937_64 &rng)
{
    FilterState state;
    if (rng() % 4 != 0) {
        state.companies.emplace();
        const int chosen = 1 + int(rng() % Companies);
        for (int i = 0; i < chosen; ++i)
            state.companies->insert(int(rng() % Companies));
    }
    for (EventKind kind : AllEventKinds)
        state.setKind(kind, rng() % 4 != 0);
    if (rng() % 2) {
        state.from = QDate(2019 + int(rng() % 6), 1 + int(rng() % 12), 1);
        if (rng() % 2) {
            const QDate to = state.from.addMonths(int(rng() % 30));
            state.to = QDate(to.year(), to.month(), to.daysInMonth());
        }
    }
    return state;
}

struct TestDatabase
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("scale.sqlite")); }
};

// Every check of this file for one database state: store = loadEvents, monthly sums = scan =
// naive, for many random filters and every bucket size.
void checkFastPathsAgree(EventDatabase &db, std::mt19937_64 &rng)
{
    auto events = db.loadEvents();
    REQUIRE(events);
    const EventStore &store = *db.store();
    REQUIRE(store.size() == int(events->size()));
    for (int row = 0; row < store.size(); ++row) {
        const Event stored = store.event(row);
        REQUIRE(stored == (*events)[size_t(row)]);
    }
    auto sums = db.loadMonthSums();
    REQUIRE(sums);

    for (int round = 0; round < 60; ++round) {
        const FilterState state = randomMonthAlignedState(rng);
        REQUIRE(TimelineSeries::canUseMonthSums(state));
        const std::vector<int> rows = state.matchingRows(store);
        for (BucketSize size : { BucketSize::Month, BucketSize::Quarter, BucketSize::Year }) {
            const TimelineSeries scanned
                = TimelineSeries::compute(store, rows, size, state.from, state.to);
            qint64 matching = -1;
            const TimelineSeries summed
                = TimelineSeries::fromMonthSums(*sums, store, state, size, &matching);
            CHECK(summed.buckets() == scanned.buckets());
            CHECK(matching == qint64(rows.size()));
            CHECK(scanned.buckets() == naiveBuckets(*events, store, state, size));
            CHECK(summed.totalAiInvestmentUsd() == scanned.totalAiInvestmentUsd());
            CHECK(summed.cumulative().buckets() == scanned.cumulative().buckets());
        }
        // The sums of a company subset, as the headless export reads them, answer the same.
        if (state.companies) {
            std::vector<qint64> ids;
            for (int index : *state.companies)
                ids.push_back(store.company(index).id);
            auto some = db.loadMonthSums(ids);
            REQUIRE(some);
            CHECK(TimelineSeries::fromMonthSums(*some, store, state, BucketSize::Month).buckets()
                == TimelineSeries::fromMonthSums(*sums, store, state, BucketSize::Month).buckets());
        }
    }
}

QByteArray nativeCsv(const std::vector<Event> &events)
{
    QByteArray csv("date,company,kind,title,headcount,amount_usd,counterparty,source_url\n");
    for (const Event &e : events) {
        csv += e.date.toString(Qt::ISODate).toUtf8() + ',' + e.company.toUtf8() + ','
            + eventKindName(e.kind).toUtf8() + ",\"" + e.title.toUtf8() + "\","
            + (e.headcount ? QByteArray::number(*e.headcount) : QByteArray()) + ','
            + (e.amountUsd ? QByteArray::number(*e.amountUsd, 'f', 2) : QByteArray()) + ",,\n";
    }
    return csv;
}

} // namespace

TEST_CASE("Monthly sums, the columnar store and the event scan agree exactly on random data")
{
    std::mt19937_64 rng(20240501);
    TestDatabase t;
    auto opened
        = EventDatabase::open(DatabaseLocation::sqliteFile(t.path()), { .seedBundled = false });
    REQUIRE(opened);
    EventDatabase *db = &opened.value();
    auto batch = db->addEvents(randomEvents(rng, 1500), QStringLiteral("random"));
    REQUIRE(batch);
    REQUIRE(db->reload());
    checkFastPathsAgree(*db, rng);

    SECTION("after imports and an undo")
    {
        std::vector<Event> more = randomEvents(rng, 800);
        // Some repeats of stored events: those the CSV carries unchanged are skipped as duplicates,
        // sums untouched by them.
        auto stored = db->loadEvents();
        REQUIRE(stored);
        for (int i = 0; i < 40; ++i)
            more.push_back((*stored)[size_t(rng() % stored->size())]);
        auto parsed = Importer::parse(nativeCsv(more), QStringLiteral("more.csv"));
        REQUIRE(parsed);
        auto first = db->importParsed(*parsed);
        REQUIRE(first);
        // Every row is kept or skipped as a duplicate. How many of the 40 repeats are skipped is
        // not known here: nativeCsv() rounds amounts to cents and drops the counterparty and the
        // date precision, so a repeat of such an event is a new event.
        CHECK(first->rejected == 0);
        CHECK(first->imported + first->duplicatesSkipped == 800 + 40);
        checkFastPathsAgree(*db, rng);

        auto second = db->importParsed(
            *Importer::parse(nativeCsv(randomEvents(rng, 500)), QStringLiteral("again.csv")));
        REQUIRE(second);
        checkFastPathsAgree(*db, rng);

        REQUIRE(db->undoImport(first->batchId));
        checkFastPathsAgree(*db, rng);
        REQUIRE(db->undoImport(second->batchId));
        checkFastPathsAgree(*db, rng);
    }

    SECTION("after a cancelled import, other writers still keep the sums")
    {
        // An import adds the sums up itself and drops the per-row trigger for its transaction;
        // a cancelled (or failed, or killed) import must leave the trigger as it found it.
        std::atomic_bool cancel { false };
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&](ImportStage stage, qint64 done, qint64) {
            if (stage == ImportStage::Storing && done >= 512)
                cancel = true;
        };
        auto parsed = Importer::parse(nativeCsv(randomEvents(rng, 2000)), QStringLiteral("c.csv"));
        REQUIRE(parsed);
        CHECK_FALSE(db->importParsed(*parsed, control));
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(t.path());
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral(
                "INSERT INTO events (date, company_id, kind, headcount, amount_usd) "
                "SELECT '2022-03-04', company_id, 'layoff', 7, 12.345 FROM events LIMIT 3")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(connection);
        REQUIRE(db->reload());
        checkFastPathsAgree(*db, rng);
    }

    SECTION("after edits and deletes made with plain SQL")
    {
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(t.path());
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("UPDATE events SET amount_usd = amount_usd * 3, "
                                          "date = '2021-06-15' WHERE id % 7 = 0")));
            REQUIRE(q.exec(QStringLiteral("UPDATE events SET kind = 'layoff', headcount = 5 "
                                          "WHERE id % 11 = 0")));
            REQUIRE(q.exec(QStringLiteral("DELETE FROM events WHERE id % 5 = 0")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(connection);
        REQUIRE(db->reload());
        checkFastPathsAgree(*db, rng);
    }
}

TEST_CASE("Upgrading a version 3 database fills the monthly sums from its events")
{
    std::mt19937_64 rng(7);
    TestDatabase t;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(t.path());
        REQUIRE(raw.open());
        REQUIRE(SchemaMigrator::migrate(raw, 3));
        QSqlQuery q(raw);
        for (int i = 0; i < Companies; ++i) {
            q.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
            q.addBindValue(companyName(i));
            REQUIRE(q.exec());
        }
        q.prepare(QStringLiteral(
            "INSERT INTO events (date, company_id, kind, headcount, amount_usd, title) "
            "SELECT ?, id, ?, ?, ?, ? FROM companies WHERE name = ?"));
        for (const Event &e : randomEvents(rng, 700)) {
            q.addBindValue(e.date.toString(Qt::ISODate));
            q.addBindValue(eventKindName(e.kind));
            q.addBindValue(e.headcount ? QVariant(*e.headcount) : QVariant());
            q.addBindValue(e.amountUsd ? QVariant(*e.amountUsd) : QVariant());
            q.addBindValue(e.title.isNull() ? QStringLiteral("") : e.title);
            q.addBindValue(e.company);
            const bool inserted = q.exec();
            INFO(q.lastError().text().toStdString());
            REQUIRE(inserted);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto opened
        = EventDatabase::open(DatabaseLocation::sqliteFile(t.path()), { .seedBundled = false });
    REQUIRE(opened);
    EventDatabase *db = &opened.value();
    CHECK(db->schemaVersion().value() == 7); // migrations 001 to 007
    checkFastPathsAgree(*db, rng);
}

TEST_CASE("The filter's merged runs and mask scan give the rows a plain scan gives")
{
    std::mt19937_64 rng(99);
    const EventStore store(randomEvents(rng, 5000), {});
    for (int round = 0; round < 200; ++round) {
        FilterState state = randomMonthAlignedState(rng);
        if (round % 3 == 0)
            state.from = state.from.isValid() ? state.from.addDays(int(rng() % 20)) : state.from;
        std::vector<int> expected;
        for (int row = 0; row < store.size(); ++row) {
            const QDate date = store.date(row);
            if ((!state.companies || state.companies->contains(store.companyIndex(row)))
                && state.acceptsKind(store.kind(row))
                && (!state.from.isValid() || date >= state.from)
                && (!state.to.isValid() || date <= state.to))
                expected.push_back(row);
        }
        CHECK(state.matchingRows(store) == expected);
    }
}

TEST_CASE("USD cents round half away from zero and clamp like the SQL of migration 004")
{
    CHECK(usdCents(1234.565) == 123457);
    CHECK(usdCents(-2.5) == -250);
    CHECK(usdCents(0.004) == 0);
    CHECK(usdCents(-0.005) == -1);
    CHECK(usdCents(1e300) == qint64(1e15));
    CHECK(usdCents(std::nan("")) == 0);
}

TEST_CASE("A big import into an empty database finds the file's own repeats and keeps its schema")
{
    // 24,000 rows take the bulk path of SqliteStorage::importParsed (no stored events, at
    // least 20,000 rows): the (company, date) index is built after the rows, and repeats within
    // the file are found in memory, not by the duplicate query.
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
