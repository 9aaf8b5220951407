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
#include "tst_scale_support.h"

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
using namespace techwinter::scale;

namespace {

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
