#include "EventDatabase.h"

#include "BundledDataset.h"
#include "Importer.h"

#include <QDir>
#include <QStandardPaths>

namespace techwinter {

Result<EventDatabase> EventDatabase::open(const QString &path, bool seedBundled)
{
    auto repo = EventRepository::open(path);
    if (!repo)
        return repo.error();
    EventDatabase db;
    db.repository = std::move(repo).value();
    if (db.repository->wasCreated() && seedBundled) {
        auto dataset = BundledDataset::load();
        if (!dataset)
            return dataset.error();
        if (auto installed = dataset->installInto(*db.repository); !installed)
            return installed.error();
    }
    if (auto loaded = db.reload(); !loaded)
        return loaded.error();
    return db;
}

Status EventDatabase::reload()
{
    auto companies = repository->loadCompanies();
    if (!companies)
        return companies.error();
    auto events = repository->loadEvents();
    if (!events)
        return events.error();
    auto series = repository->loadContextSeries();
    if (!series)
        return series.error();
    store = std::make_shared<const EventStore>(
        std::move(events).value(), std::move(companies).value());
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
