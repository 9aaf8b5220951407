#pragma once

#include "ContextSeries.h"
#include "EventRepository.h"
#include "EventStore.h"
#include "ImportTypes.h"
#include "Result.h"

#include <memory>
#include <vector>

namespace techwinter {

/// An open database together with its events loaded for viewing.
struct EventDatabase
{
    std::unique_ptr<EventRepository> repository;
    std::shared_ptr<const EventStore> store;
    /// Background series (OWID AI investment...), loaded with the events.
    std::shared_ptr<const std::vector<ContextSeries>> contextSeries;

    /// Opens `path`; a database created by this call is filled from the bundled dataset first
    /// (unless `seedBundled` is false, for users who want only their own data).
    /// With `loadEvents` false only the companies are loaded (the store holds no events): for
    /// callers that read the database's monthly sums instead, like the headless chart export.
    static Result<EventDatabase> open(
        const QString &path, bool seedBundled = true, bool loadEvents = true);

    /// Re-reads the events after a write.
    Status reload();
    /// Re-reads the companies only; the store then holds no events.
    Status reloadCompanies();

    /// Reads, detects, maps and stores the file at `path` as one import batch (all or nothing),
    /// then reloads. For the command line; the window parses off the GUI thread with Importer
    /// and stores with importParsed().
    Result<ImportSummary> importFile(const QString &path, const ImportControl &control = {});

    /// Stores what Importer parsed (EventRepository::importParsed) and reloads.
    Result<ImportSummary> importParsed(
        const ParsedImport &parsed, const ImportControl &control = {});

    /// Removes an import batch as a whole (EventRepository::undoImport) and reloads.
    Result<qint64> undoImport(qint64 batchId);

    /// Where the database lives when the user names none (the platform's app-data folder).
    static QString defaultPath();
};

} // namespace techwinter
