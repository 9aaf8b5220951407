// The bundled dataset reaches databases made from an older one: a database of the 2025 release
// (schema 5, 207 bundled events, no version, no bundle ids) with a user's own imported event is
// brought up to the 2026 dataset in place, undoably, with the user's event and edits kept.
#include "BundledDataset.h"
#include "EventCsv.h"
#include "EventDatabase.h"
#include "FieldParsers.h"
#include "SchemaMigrator.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// The 2025 release's files, as it shipped them (tests/fixtures/dataset-2025).
BundledDataset firstRelease()
{
    auto d = BundledDataset::loadFrom(test::fixture(QStringLiteral("dataset-2025/events.csv")),
        test::fixture(QStringLiteral("dataset-2025/companies.csv")));
    if (!d)
        FAIL(d.error().toString().toStdString());
    return std::move(d).value();
}

// Text columns are NOT NULL with '' as none; a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// Writes a database the way the 2025 release left it: schema 5, its companies, and its 207 events
// as the batch "bundled dataset" - with raw SQL of that schema, not with today's storage code.
void writeRelease2025Database(const QString &path)
{
    const BundledDataset old = firstRelease();
    REQUIRE(old.events.size() == 207);
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(SchemaMigrator::migrate(db, 5).ok());
        QSqlQuery q(db);
        REQUIRE(db.transaction());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO import_batches (id, source, imported_at, "
                                      "format) VALUES (1, 'bundled dataset', "
                                      "'2025-12-31T10:00:00Z', 'native')")));
        QHash<QString, qint64> ids;
        for (const Company &c : old.companies) {
            q.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
            q.addBindValue(c.name);
            REQUIRE(q.exec());
            const qint64 id = q.lastInsertId().toLongLong();
            for (const QString &name : QStringList { c.name } + c.aliases) {
                ids.insert(name.toCaseFolded(), id);
                q.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO company_aliases (alias, company_id) VALUES (?, ?)"));
                q.addBindValue(name);
                q.addBindValue(id);
                REQUIRE(q.exec());
            }
        }
        qint64 row = 0;
        for (const Event &e : old.events) {
            ++row;
            qint64 company = ids.value(e.company.toCaseFolded());
            if (company == 0) {
                q.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
                q.addBindValue(e.company);
                REQUIRE(q.exec());
                company = q.lastInsertId().toLongLong();
                ids.insert(e.company.toCaseFolded(), company);
            }
            q.prepare(QStringLiteral(
                "INSERT INTO events (date, date_precision, company_id, kind, counterparty, title, "
                "headcount, workforce_pct, amount, currency, amount_usd, usd_rate, source_url, "
                "notes, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)"));
            for (const QVariant &v :
                { QVariant(e.date.toString(Qt::ISODate)), QVariant(datePrecisionName(e.precision)),
                    QVariant(company), QVariant(eventKindName(e.kind)), text(e.counterparty),
                    text(e.title),
                    e.headcount ? QVariant(*e.headcount) : QVariant(QMetaType(QMetaType::LongLong)),
                    nullable(e.workforcePct), nullable(e.amount),
                    e.currency.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(e.currency),
                    nullable(e.amountUsd), nullable(e.usdRate), text(e.sourceUrl), text(e.notes),
                    QVariant(row) })
                q.addBindValue(v);
            const bool stored = q.exec();
            INFO(e.title.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(stored);
        }
        REQUIRE(db.commit());
    }
    QSqlDatabase::removeDatabase(connection);
}

QVariant scalarValue(const QString &path, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

qint64 scalar(const QString &path, const QString &sql)
{
    return scalarValue(path, sql).toLongLong();
}

QByteArray exportOf(const EventDatabase &db)
{
    auto events = db.loadEvents();
    REQUIRE(events.ok());
    return EventCsv::write(*events);
}

} // namespace

TEST_CASE("A database of the 2025 release is updated in place to the 2026 dataset, and the "
          "user's own event and edits are kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release-2025.sqlite"));
    writeRelease2025Database(path);
    REQUIRE(scalar(path, QStringLiteral("PRAGMA user_version")) == 5);

    auto opened = EventDatabase::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(opened.ok());
    EventDatabase &db = opened.value();
    CHECK(db.schemaVersion().value() == 7);
    CHECK(db.store()->size() == 207);
    auto before = db.bundledDatasetStatus();
    REQUIRE(before.ok());
    CHECK(before->bundled);
    CHECK(before->version == 1);

    // The user's own event, imported, and one bundled event the user changed.
    const QString mine = dir.filePath(QStringLiteral("mine.csv"));
    {
        QFile file(mine);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("date,company,kind,title,headcount,source_url\n"
                   "2026-03-02,Acme Robotics,layoff,Acme cuts its Seoul office,120,"
                   "https://example.org/acme\n");
    }
    auto imported = db.importFile(mine);
    REQUIRE(imported.ok());
    REQUIRE(imported->imported == 1);
    // "Edited" marks an event the user changed (the editing form sets it); here by hand, on the
    // Stargate row that the 2026 dataset refiles as infrastructure.
    const QString stargate = QStringLiteral(
        "SoftBank, OpenAI, Oracle unveil $500B Stargate AI infrastructure venture");
    {
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            q.prepare(QStringLiteral("UPDATE events SET edited = 1, notes = 'my note' "
                                     "WHERE title = ?"));
            q.addBindValue(stargate);
            REQUIRE(q.exec());
            REQUIRE(q.numRowsAffected() == 1);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    REQUIRE(db.reload().ok());
    const QByteArray beforeUpdate = exportOf(db);

    auto update = db.updateBundledDataset();
    REQUIRE(update.ok());
    INFO(update->toText().toStdString());
    CHECK(update->outcome == DatasetUpdateSummary::Outcome::Updated);
    CHECK(update->fromVersion == 1);
    CHECK(update->toVersion == 2);
    // 518 bundled events now, 207 of them known before: 311 new. Every old one gains its Korean
    // title, so each counts as corrected, except the one the user edited.
    CHECK(update->added == 311);
    CHECK(update->corrected == 206);
    CHECK(update->keptEdited == 1);
    CHECK(update->unchanged == 0);
    CHECK(db.store()->size() == 518 + 1);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM events WHERE bundle_id IS NOT NULL"))
        == 518);
    CHECK(scalar(path,
              QStringLiteral("SELECT value FROM dataset_info WHERE key = "
                             "'bundled_version'"))
        == 2);

    auto events = db.loadEvents();
    REQUIRE(events.ok());
    const auto find = [&](const QString &title) {
        return std::find_if(
            events->begin(), events->end(), [&](const Event &e) { return e.title == title; });
    };
    // The user's event is there, untouched.
    const auto acme = find(QStringLiteral("Acme cuts its Seoul office"));
    REQUIRE(acme != events->end());
    CHECK(acme->headcount == 120);
    // The edited bundled event kept the user's version (still ai_investment, the user's note).
    const auto edited = find(stargate);
    REQUIRE(edited != events->end());
    CHECK(edited->kind == EventKind::AiInvestment);
    CHECK(edited->notes == QStringLiteral("my note"));
    // A correction was applied: the xAI round now counts only its equity.
    const auto xai = find(QStringLiteral("xAI raises $10B in debt and equity"));
    REQUIRE(xai != events->end());
    CHECK(xai->amountUsd == 5e9);
    CHECK_FALSE(xai->titleKo.isEmpty());

    // Updating again finds nothing to do.
    auto again = db.updateBundledDataset();
    REQUIRE(again.ok());
    CHECK(again->outcome == DatasetUpdateSummary::Outcome::UpToDate);

    // The update is one import batch: undoing it gives back the database as it was.
    REQUIRE(db.undoImport(update->batchId).ok());
    CHECK(db.store()->size() == 207 + 1);
    CHECK(exportOf(db) == beforeUpdate);
    CHECK(db.bundledDatasetStatus()->version == 1);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM retired_events")) == 0);
    CHECK(scalarValue(path, QStringLiteral("PRAGMA integrity_check")).toString()
        == QStringLiteral("ok"));
}

TEST_CASE("A new database records its bundled dataset's version and ids — an empty one has none")
{
    QTemporaryDir dir;
    auto fresh = EventDatabase::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("fresh.sqlite"))));
    REQUIRE(fresh.ok());
    auto status = fresh->bundledDatasetStatus();
    REQUIRE(status.ok());
    CHECK(status->bundled);
    CHECK(status->version == 2);
    auto update = fresh.value().updateBundledDataset();
    REQUIRE(update.ok());
    CHECK(update->outcome == DatasetUpdateSummary::Outcome::UpToDate);

    auto empty = EventDatabase::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("empty.sqlite"))),
        { .seedBundled = false });
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->bundledDatasetStatus()->bundled);
    auto none = empty.value().updateBundledDataset();
    REQUIRE(none.ok());
    CHECK(none->outcome == DatasetUpdateSummary::Outcome::NotBundled);
    CHECK(empty->store()->isEmpty());
}
