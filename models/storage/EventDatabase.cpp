#include "EventDatabase.h"

#include "BundledDataset.h"
#include "Importer.h"

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
        auto repo = EventRepository::open(staging);
        if (!repo)
            return fail(repo.error());
        auto dataset = BundledDataset::load();
        if (!dataset)
            return fail(dataset.error());
        if (auto installed = dataset->installInto(*repo.value()); !installed)
            return fail(installed.error());
    } // closing the only connection checkpoints the write-ahead log into the file and deletes it
    if (QFile::exists(staging + QStringLiteral("-wal")))
        return fail(Error { QStringLiteral("cannot finish creating the database"), path });
    QFile::remove(staging + QStringLiteral("-shm"));
    // rename() never replaces: when another instance created the database meanwhile, theirs is
    // used and ours dropped.
    if (!QFile::rename(staging, path) && !QFileInfo::exists(path))
        return fail(Error { QStringLiteral("cannot create the database"), path });
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

Result<EventDatabase> EventDatabase::open(const QString &path, bool seedBundled, bool loadEvents)
{
    removeAbandonedStaging(path);
    if (seedBundled && !QFileInfo::exists(path)) {
        if (auto created = createSeeded(path); !created)
            return created.error();
    }
    auto repo = EventRepository::open(path);
    if (!repo)
        return repo.error();
    EventDatabase db;
    db.repository = std::move(repo).value();
    // Only when another process removed the file again between createSeeded() and here.
    if (db.repository->wasCreated() && seedBundled) {
        auto dataset = BundledDataset::load();
        if (!dataset)
            return dataset.error();
        if (auto installed = dataset->installInto(*db.repository); !installed)
            return installed.error();
    }
    if (auto loaded = loadEvents ? db.reload() : db.reloadCompanies(); !loaded)
        return loaded.error();
    return db;
}

Status EventDatabase::reloadCompanies()
{
    auto companies = repository->loadCompanies();
    if (!companies)
        return companies.error();
    store = std::make_shared<const EventStore>(
        std::move(EventStore::Builder(std::move(companies).value())).build());
    contextSeries = std::make_shared<const std::vector<ContextSeries>>();
    return Ok {};
}

Status EventDatabase::reload()
{
    auto companies = repository->loadCompanies();
    if (!companies)
        return companies.error();
    // Straight into the columns: no intermediate vector of full Event records.
    auto events = repository->loadStore(std::move(companies).value());
    if (!events)
        return events.error();
    auto series = repository->loadContextSeries();
    if (!series)
        return series.error();
    store = std::make_shared<const EventStore>(std::move(events).value());
    contextSeries = std::make_shared<const std::vector<ContextSeries>>(std::move(series).value());
    return Ok {};
}

Result<ImportSummary> EventDatabase::importFile(const QString &path, const ImportControl &control)
{
    auto parsed = Importer::parseFile(path, control);
    if (!parsed)
        return parsed.error();
    return importParsed(*parsed, control);
}

Result<ImportSummary> EventDatabase::importParsed(
    const ParsedImport &parsed, const ImportControl &control)
{
    auto summary = repository->importParsed(parsed, control);
    if (!summary)
        return summary.error();
    if (summary->imported > 0) {
        if (auto loaded = reload(); !loaded)
            return loaded.error();
    }
    return summary;
}

Result<qint64> EventDatabase::undoImport(qint64 batchId)
{
    auto removed = repository->undoImport(batchId);
    if (!removed)
        return removed.error();
    if (auto loaded = reload(); !loaded)
        return loaded.error();
    return removed;
}

QString EventDatabase::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("techwinter.sqlite"));
}

} // namespace techwinter
