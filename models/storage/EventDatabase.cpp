#include "EventDatabase.h"

#include "BundledDataset.h"
#include "ImportService.h"
#include "SqliteStorage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace techwinter {

namespace {

// Builds a new database holding the bundled dataset under a temporary name in the same folder and
// renames it into place when complete. Filled in place, a first start killed before the dataset
// was stored would leave an empty database that every later start takes for the user's own.
Status createSeeded(const QString &path)
{
    const QFileInfo target(path);
    const QString staging
        = QDir(target.absolutePath())
              .filePath(
                  QStringLiteral(".%1.new-%2")
                      .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const auto discard = [&] {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(staging + QLatin1String(suffix));
    };
    const auto fail = [&](Error error) {
        discard();
        if (error.file == staging)
            error.file = path;
        return error;
    };
    {
        auto repo = SqliteStorage::open(staging);
        if (!repo)
            return fail(repo.error());
        auto dataset = BundledDataset::load();
        if (!dataset)
            return fail(dataset.error());
        if (auto installed = dataset->installInto(*repo.value()); !installed)
            return fail(installed.error());
    } // closing the only connection checkpoints the write-ahead log into the file and deletes it
    if (QFile::exists(staging + QStringLiteral("-wal")))
        return fail(Error {
            QCoreApplication::translate("EventDatabase", "cannot finish creating the database"),
            path });
    QFile::remove(staging + QStringLiteral("-shm"));
    // rename() never replaces: when another instance created the database meanwhile, theirs is
    // used and ours dropped.
    if (!QFile::rename(staging, path) && !QFileInfo::exists(path))
        return fail(Error {
            QCoreApplication::translate("EventDatabase", "cannot create the database"), path });
    discard();
    return Ok {};
}

// A first start killed while createSeeded() was building leaves its hidden staging files (and
// their -wal/-shm) beside the database, where nothing else would ever remove them. Removed at the
// next open once they are an hour old: a start takes well under a second, and a younger file may
// belong to another instance creating the database right now.
void removeAbandonedStaging(const QString &path)
{
    const QFileInfo target(path);
    QDir dir(target.absolutePath());
    const QString prefix = QStringLiteral(".%1.new-").arg(target.fileName());
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList candidates = dir.entryInfoList(
        { prefix + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : candidates) {
        if (file.fileName().startsWith(prefix) && file.lastModified().toUTC() < cutoff)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace

EventDatabase::EventDatabase(DatabaseLocation location, std::unique_ptr<EventStorage> storage)
    : m_location(std::move(location))
    , m_storage(std::move(storage))
    , m_store(std::make_shared<const EventStore>())
    , m_contextSeries(std::make_shared<const std::vector<ContextSeries>>())
{
}

EventDatabase::~EventDatabase() = default;

Result<EventDatabase> EventDatabase::open(const DatabaseLocation &location, OpenOptions options)
{
    // A new SQLite file is built aside and renamed into place (createSeeded); other backends
    // would be seeded in their own transaction.
    const QString path = location.filePath();
    const bool sqlite = location.backend() == DatabaseLocation::Backend::Sqlite;
    if (sqlite)
        removeAbandonedStaging(path);
    if (sqlite && options.seedBundled && !QFileInfo::exists(path)) {
        if (auto created = createSeeded(path); !created)
            return created.error();
    }
    auto storage = EventStorage::open(location);
    if (!storage)
        return storage.error();
    EventDatabase db(location, std::move(storage).value());
    // Only when another process removed the file again between createSeeded() and here.
    if (db.m_storage->wasCreated() && options.seedBundled) {
        auto dataset = BundledDataset::load();
        if (!dataset)
            return dataset.error();
        if (auto installed = dataset->installInto(*db.m_storage); !installed)
            return installed.error();
    }
    if (auto loaded = options.loadEvents ? db.reload() : db.reloadCompanies(); !loaded)
        return loaded.error();
    return db;
}

Status EventDatabase::reloadCompanies()
{
    auto companies = m_storage->loadCompanies();
    if (!companies)
        return companies.error();
    m_store = std::make_shared<const EventStore>(
        std::move(EventStore::Builder(std::move(companies).value())).build());
    m_contextSeries = std::make_shared<const std::vector<ContextSeries>>();
    m_eventsLoaded = false;
    return Ok {};
}

Status EventDatabase::reload()
{
    auto companies = m_storage->loadCompanies();
    if (!companies)
        return companies.error();
    // Straight into the columns: no intermediate vector of full Event records.
    auto events = m_storage->loadStore(std::move(companies).value());
    if (!events)
        return events.error();
    auto series = m_storage->loadContextSeries();
    if (!series)
        return series.error();
    m_store = std::make_shared<const EventStore>(std::move(events).value());
    m_contextSeries = std::make_shared<const std::vector<ContextSeries>>(std::move(series).value());
    m_eventsLoaded = true;
    return Ok {};
}

Status EventDatabase::reloadAsBefore()
{
    return m_eventsLoaded ? reload() : reloadCompanies();
}

Status EventDatabase::addCompanies(const std::vector<Company> &companies)
{
    if (auto added = m_storage->addCompanies(companies); !added)
        return added.error();
    return reloadAsBefore();
}

Result<qint64> EventDatabase::addEvents(const std::vector<Event> &events, const QString &source)
{
    auto batch = m_storage->addEvents(events, source);
    if (!batch)
        return batch.error();
    if (auto loaded = reloadAsBefore(); !loaded)
        return loaded.error();
    return batch;
}

Result<ImportSummary> EventDatabase::importFile(const QString &path, const ImportControl &control)
{
    return reloadAfterImport(ImportService::importFile(*m_storage, path, control));
}

Result<ImportSummary> EventDatabase::importParsed(
    const ParsedImport &parsed, const ImportControl &control)
{
    return reloadAfterImport(m_storage->importParsed(parsed, control));
}

Result<ImportSummary> EventDatabase::reloadAfterImport(Result<ImportSummary> summary)
{
    if (summary && summary->imported > 0) {
        if (auto loaded = reloadAsBefore(); !loaded)
            return loaded.error();
    }
    return summary;
}

Result<qint64> EventDatabase::undoImport(qint64 batchId)
{
    auto removed = m_storage->undoImport(batchId);
    if (!removed)
        return removed.error();
    if (auto loaded = reloadAsBefore(); !loaded)
        return loaded.error();
    return removed;
}

Result<DatasetUpdateSummary> EventDatabase::updateBundledDataset()
{
    auto dataset = BundledDataset::load();
    if (!dataset)
        return dataset.error();
    auto summary = m_storage->updateBundledDataset(*dataset);
    if (!summary)
        return summary.error();
    if (summary->outcome == DatasetUpdateSummary::Outcome::Updated) {
        if (auto loaded = reloadAsBefore(); !loaded)
            return loaded.error();
    }
    return summary;
}

DatabaseLocation EventDatabase::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return DatabaseLocation::sqliteFile(QDir(dir).filePath(QStringLiteral("techwinter.sqlite")));
}

} // namespace techwinter
