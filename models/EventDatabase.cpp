#include "EventDatabase.h"

#include "BundledDataset.h"

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
    store = std::make_shared<const EventStore>(
        std::move(events).value(), std::move(companies).value());
    return Ok {};
}

QString EventDatabase::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("techwinter.sqlite"));
}

} // namespace techwinter
